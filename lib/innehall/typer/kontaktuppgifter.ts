// The förvaltning's name, description and contact details: the start page, Kontakt and the footer.
import { z } from "zod";
import { taggar } from "../../taggar";
import { text } from "../../text";
import type { Innehallstyp } from "../typ";

const kort = (etikett: string, max = 200) => text().trim().min(1, `Skriv ${etikett}.`).max(max, `Fältet får vara högst ${max} tecken.`);
const koordinat = (namn: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Skriv ${namn} som ett tal, till exempel 57,72.` })
    .min(min, `${namn[0].toUpperCase()}${namn.slice(1)} ska vara mellan ${min} och ${max}.`)
    .max(max, `${namn[0].toUpperCase()}${namn.slice(1)} ska vara mellan ${min} och ${max}.`);

const schema = z.object({
  namn: kort("förvaltningens namn"),
  beskrivning: kort("en beskrivning", 600),
  telefon: kort("ett telefonnummer", 40).regex(/^[0-9 +()-]+$/, "Skriv telefonnumret med siffror, till exempel 031-365 09 60."),
  besoksadress: kort("besöksadressen"),
  postadress: kort("postadressen"),
  postnummer: kort("postnumret", 10).regex(/^\d{3} ?\d{2}$/, "Skriv postnumret med fem siffror, till exempel 405 21."),
  postort: kort("postorten", 100),
  latitud: koordinat("latitud", 55, 70),
  longitud: koordinat("longitud", 10, 25),
});
export type KontaktData = z.infer<typeof schema>;

export const kontaktuppgifter: Innehallstyp<KontaktData> = {
  typ: "kontaktuppgifter",
  namn: "kontaktuppgifterna",
  grupp: "Förvaltningen",
  falt: [
    { namn: "namn", etikett: "Förvaltningens namn", slag: "text" },
    { namn: "beskrivning", etikett: "Beskrivning", hjalp: "Visas i sidfoten och i sökmotorer. Högst 600 tecken.", slag: "flerrad" },
    { namn: "telefon", etikett: "Telefonnummer", slag: "text" },
    { namn: "besoksadress", etikett: "Besöksadress", slag: "text" },
    { namn: "postadress", etikett: "Postadress", slag: "text" },
    { namn: "postnummer", etikett: "Postnummer", slag: "text" },
    { namn: "postort", etikett: "Postort", slag: "text" },
    { namn: "latitud", etikett: "Kartpunkt: latitud", hjalp: "Till exempel 57,7238.", slag: "tal" },
    { namn: "longitud", etikett: "Kartpunkt: longitud", hjalp: "Till exempel 12,0143.", slag: "tal" },
  ],
  schema,
  taggar: () => [taggar.kontakt],
  titel: () => "Kontaktuppgifter",
  adress: () => "/kontakt",
  forhandsvisning: true,
  async skrivPublicerad(tx, _nyckel, d) {
    await tx.forvaltning.upsert({ where: { id: 1 }, create: { id: 1, ...d }, update: d });
  },
};
