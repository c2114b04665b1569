// The key figures on the start page ("Förvaltningen i siffror"), one item per figure.
import { z } from "zod";
import { taggar } from "../../taggar";
import { text } from "../../text";
import type { Innehallstyp } from "../typ";

const schema = z.object({
  etikett: text().trim().min(1, "Skriv vad talet gäller.").max(100, "Etiketten får vara högst 100 tecken."),
  varde: text().trim().min(1, "Skriv värdet.").max(40, "Värdet får vara högst 40 tecken."),
  enhet: text().trim().max(40, "Enheten får vara högst 40 tecken."),
  kalla: text().trim().min(1, "Skriv var talet kommer ifrån och vilket år det gäller.").max(300, "Källan får vara högst 300 tecken."),
});
export type NyckeltalData = z.infer<typeof schema>;

export const nyckeltal: Innehallstyp<NyckeltalData> = {
  typ: "nyckeltal",
  namn: "nyckeltalet",
  grupp: "Nyckeltal",
  falt: [
    { namn: "etikett", etikett: "Vad talet gäller", hjalp: "Till exempel Elever.", slag: "text" },
    { namn: "varde", etikett: "Värde", hjalp: "Som det ska stå, till exempel 48 900.", slag: "text" },
    { namn: "enhet", etikett: "Enhet", hjalp: "Till exempel miljarder kronor. Kan lämnas tomt.", slag: "text" },
    { namn: "kalla", etikett: "Källa och år", hjalp: "Till exempel Om grundskoleförvaltningen, 2025.", slag: "text" },
  ],
  schema,
  taggar: () => [taggar.nyckeltal],
  titel: (_n, d) => d.etikett,
  adress: () => "/",
  forhandsvisning: true,
  async skrivPublicerad(tx, nyckel, d) {
    const ordning = await tx.nyckeltal.count();
    await tx.nyckeltal.upsert({ where: { nyckel }, create: { nyckel, ordning, ...d }, update: d });
  },
};
