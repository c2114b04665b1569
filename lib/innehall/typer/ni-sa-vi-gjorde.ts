// "Ni sa – vi gjorde": per förstärkningsområde, the editors' summary of what residents said and
// what the förvaltning did about it. Keyed by the område's slug; shown on its page under that
// heading once published with a text. Its own versions, history and scheduled publishing, like every type.
import { z } from "zod";
import { taggar } from "../../taggar";
import { text } from "../../text";
import type { Innehallstyp } from "../typ";

const schema = z.object({
  omrade: text().trim().min(1, "Skriv förstärkningsområdets namn.").max(120, "Namnet får vara högst 120 tecken."),
  // Empty: nothing shows on the område's page (the seed publishes it so).
  text: text().trim().max(10_000, "Sammanfattningen får vara högst 10 000 tecken."),
});
export type NiSaViGjordeData = z.infer<typeof schema>;

export const niSaViGjorde: Innehallstyp<NiSaViGjordeData> = {
  typ: "ni-sa-vi-gjorde",
  namn: "sammanfattningen",
  grupp: "Ni sa – vi gjorde",
  falt: [
    { namn: "omrade", etikett: "Förstärkningsområde", hjalp: "Namnet i listan över innehåll. Visas inte på sidan.", slag: "text" },
    {
      namn: "text",
      etikett: "Ni sa – vi gjorde",
      hjalp:
        "Vad invånarna har sagt om området och vad förvaltningen har gjort. Lämna tomt så visas inget på områdets sida. Markdown: ## för rubrik, en tom rad mellan stycken, - för punktlista, [länktext](/adress) för länk.",
      slag: "markdown",
    },
  ],
  schema,
  taggar: (nyckel) => [taggar.omrade(nyckel)],
  titel: (_n, d) => `Ni sa – vi gjorde: ${d.omrade ?? ""}`,
  adress: (nyckel) => `/forstarkningsomraden/${nyckel}`,
  forhandsvisning: false,
  andringsnoter: true,
  omrade: (nyckel) => nyckel,
  async kontrollera(db, nyckel): Promise<Record<string, string>> {
    const finns = await db.forstarkningsomrade.count({ where: { slug: nyckel } });
    return finns ? {} : { omrade: "Förstärkningsområdet finns inte." };
  },
  async skrivPublicerad() {}, // no table of its own: the område page reads the published version
};
