// The three förstärkningsområden: aim, introduction, the "genom att" items, what the area covers
// and how schools work with it. Lists are edited one item per line. (Related links and the area's
// number and address stay with the seed.)
import { z } from "zod";
import { taggar } from "../../taggar";
import { text } from "../../text";
import { lankar, lanklista } from "../listor";
import { radlista as lista, rader } from "../rader";
import type { Innehallstyp } from "../typ";

const schema = z.object({
  namn: text().trim().min(1, "Skriv områdets namn.").max(120, "Namnet får vara högst 120 tecken."),
  syfte: text().trim().min(1, "Skriv syftet.").max(300, "Syftet får vara högst 300 tecken."),
  ingress: text().trim().min(1, "Skriv en ingress.").max(1_000, "Ingressen får vara högst 1 000 tecken."),
  atgarder: lista("vad förvaltningen gör"),
  arbetsomraden: lista("vad området omfattar"),
  skolornasArbete: lista("hur skolorna arbetar"),
  lankar: lanklista(),
});
export type ForstarkningsomradeData = z.infer<typeof schema>;

export const forstarkningsomrade: Innehallstyp<ForstarkningsomradeData> = {
  typ: "forstarkningsomrade",
  namn: "förstärkningsområdet",
  grupp: "Förstärkningsområden",
  falt: [
    { namn: "namn", etikett: "Namn", slag: "text" },
    {
      namn: "syfte",
      etikett: "Syfte (”för att …”)",
      hjalp: "Börjar med liten bokstav, till exempel: för att öka elevernas lärande.",
      slag: "text",
    },
    { namn: "ingress", etikett: "Ingress", slag: "flerrad" },
    { namn: "atgarder", etikett: "Genom att …", hjalp: "Vad förvaltningen gör. En punkt per rad.", slag: "flerrad" },
    { namn: "arbetsomraden", etikett: "Inom området arbetar vi med att …", hjalp: "En punkt per rad.", slag: "flerrad" },
    { namn: "skolornasArbete", etikett: "Så arbetar skolorna", hjalp: "Exempel från skolorna. Ett stycke per rad.", slag: "flerrad" },
    {
      namn: "lankar",
      etikett: "Relaterad information (länkar)",
      hjalp:
        "En länk per rad: länktext | adress | en mening om vad länken leder till (valfri). Adressen börjar med / för en sida på webbplatsen eller med https://. Till exempel: Skolenhetsutredningen | /om-forvaltningen | Bakgrunden till förstärkningsområdena.",
      slag: "flerrad",
      lanklista: true,
    },
  ],
  schema,
  // Its name also shows on "Så går det" and on the pages of its insatser.
  taggar: (nyckel, d, fore) => [
    taggar.omrade(nyckel),
    taggar.omradeslista,
    ...(fore?.namn === d.namn ? [] : [taggar.sagardet, taggar.insatssidor]),
  ],
  titel: (_n, d) => d.namn,
  adress: (nyckel) => `/forstarkningsomraden/${nyckel}`,
  forhandsvisning: true,
  andringsnoter: true,
  omrade: (nyckel) => nyckel,
  async skrivPublicerad(tx, nyckel, d) {
    const omrade = await tx.forstarkningsomrade.update({
      where: { slug: nyckel },
      data: {
        namn: d.namn,
        syfte: d.syfte,
        ingress: d.ingress,
        atgarder: rader(d.atgarder),
        arbetsomraden: rader(d.arbetsomraden),
        skolornasArbete: rader(d.skolornasArbete),
      },
      select: { id: true },
    });
    await tx.relateradLank.deleteMany({ where: { forstarkningsomradeId: omrade.id } });
    const nya = lankar(d.lankar);
    if (nya.length > 0)
      await tx.relateradLank.createMany({ data: nya.map((l, ordning) => ({ ...l, ordning, forstarkningsomradeId: omrade.id })) });
  },
};
