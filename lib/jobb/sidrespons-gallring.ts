import { gallraSidresponser, KOMMENTAR_DAGAR } from "../innehall/sidrespons";
import type { Jobb } from "./deklaration";

export const sidresponsGallring: Jobb = {
  namn: "sidrespons-gallring",
  beskrivning: `Tar bort kommentarer på "Hittade du det du letade efter?" efter ${KOMMENTAR_DAGAR} dagar; svaren räknas kvar.`,
  intervallSekunder: 24 * 60 * 60,
  forstaKorningEfterSekunder: 15 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    return `${await gallraSidresponser(db)} kommentarer borttagna`;
  },
};
