// Content pages: Om förvaltningen, Tillgänglighetsredogörelse, Personuppgifter and the pages
// editors create, each at /<slug>, optionally under a parent page and in the main menu.
import { z } from "zod";
import { taggar } from "../../taggar";
import { text } from "../../text";
import type { Innehallstyp } from "../typ";

const schema = z.object({
  titel: text().trim().min(1, "Skriv en rubrik.").max(200, "Rubriken får vara högst 200 tecken."),
  ingress: text().trim().max(600, "Ingressen får vara högst 600 tecken."),
  brodtext: text().max(50_000, "Brödtexten får vara högst 50 000 tecken."),
  foralder: text()
    .trim()
    .max(100, "Adressen får vara högst 100 tecken.")
    .regex(/^[a-z0-9-]*$/, "Skriv adressen till en befintlig sida, med små bokstäver, siffror och bindestreck, eller lämna fältet tomt."),
  iNavigering: z.boolean(),
});
export type SidaData = z.infer<typeof schema>;

export const sida: Innehallstyp<SidaData> = {
  typ: "sida",
  namn: "sidan",
  grupp: "Sidor",
  falt: [
    { namn: "titel", etikett: "Rubrik", slag: "text" },
    { namn: "ingress", etikett: "Ingress", hjalp: "En eller två meningar som sammanfattar sidan. Högst 600 tecken.", slag: "flerrad" },
    {
      namn: "brodtext",
      etikett: "Brödtext",
      hjalp: "Markdown: ## för rubrik, en tom rad mellan stycken, - för punktlista, [länktext](/adress) för länk. HTML visas som text.",
      slag: "markdown",
    },
    {
      namn: "foralder",
      etikett: "Ligger under sidan (adress)",
      hjalp: "Till exempel om-forvaltningen. Lämna tomt för en sida på översta nivån.",
      slag: "text",
    },
    { namn: "iNavigering", etikett: "Visa i huvudmenyn", slag: "kryss" },
  ],
  schema,
  // Its parent lists it and its sub-pages show it by title; the menu only when it is or was there.
  taggar(nyckel, d, fore) {
    const placering = !fore || fore.titel !== d.titel || (fore.foralder ?? "") !== d.foralder;
    const meny = (d.iNavigering || fore?.iNavigering) && (!fore || fore.titel !== d.titel || fore.iNavigering !== d.iNavigering);
    const lista = [
      taggar.sida(nyckel),
      ...(placering ? [taggar.sidrubrik(nyckel)] : []),
      ...(placering && d.foralder ? [taggar.undersidor(d.foralder)] : []),
      ...(placering && fore?.foralder ? [taggar.undersidor(fore.foralder)] : []),
      ...(meny ? [taggar.meny] : []),
    ];
    return [...new Set(lista)];
  },
  titel: (_nyckel, d) => d.titel,
  adress: (nyckel) => `/${nyckel}`,
  forhandsvisning: true,
  andringsnoter: true,
  async kontrollera(db, nyckel, d): Promise<Record<string, string>> {
    if (!d.foralder) return {};
    if (d.foralder === nyckel) return { foralder: "En sida kan inte ligga under sig själv." };
    if ((await db.sida.count({ where: { slug: d.foralder } })) === 0)
      return { foralder: `Det finns ingen publicerad sida med adressen ${d.foralder}.` };
    return {};
  },
  async skrivPublicerad(tx, nyckel, d) {
    const rad = { titel: d.titel, ingress: d.ingress, brodtext: d.brodtext, foralder: d.foralder || null, iNavigering: d.iNavigering };
    await tx.sida.upsert({ where: { slug: nyckel }, create: { slug: nyckel, ...rad }, update: rad });
    // A page published at an address that redirected elsewhere takes the address over.
    await tx.gammalAdress.deleteMany({ where: { slug: nyckel } });
  },
};
