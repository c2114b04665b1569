// The start page's own texts. No other table holds them: the start page reads the published
// version of this item (lib/innehall/queries.ts).
import { z } from "zod";
import { taggar } from "../../taggar";
import { text } from "../../text";
import type { Innehallstyp } from "../typ";

const schema = z.object({
  rubrik: text().trim().min(1, "Skriv en rubrik.").max(120, "Rubriken får vara högst 120 tecken."),
  ingress: text().trim().min(1, "Skriv en ingress.").max(600, "Ingressen får vara högst 600 tecken."),
  jamliktText: text().trim().min(1, "Skriv texten om Jämlikt Göteborg.").max(300, "Texten får vara högst 300 tecken."),
  framtidsrustadText: text().trim().min(1, "Skriv texten om Framtidsrustad skola.").max(300, "Texten får vara högst 300 tecken."),
});
export type StartsidaData = z.infer<typeof schema>;

export const startsida: Innehallstyp<StartsidaData> = {
  typ: "startsida",
  namn: "startsidans texter",
  grupp: "Startsidan",
  falt: [
    { namn: "rubrik", etikett: "Rubrik", slag: "text" },
    { namn: "ingress", etikett: "Ingress", slag: "flerrad" },
    { namn: "jamliktText", etikett: "Text om Jämlikt Göteborg", slag: "flerrad" },
    { namn: "framtidsrustadText", etikett: "Text om Framtidsrustad skola", slag: "flerrad" },
  ],
  schema,
  taggar: () => [taggar.startsida],
  titel: () => "Startsidans texter",
  adress: () => "/",
  forhandsvisning: true,
  async skrivPublicerad() {},
};
