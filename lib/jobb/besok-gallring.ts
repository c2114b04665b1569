import { BESOK_MANADER, gallraBesok, SOKNING_DAGAR } from "../besok/queries";
import type { Jobb } from "./deklaration";

export const besokGallring: Jobb = {
  namn: "besok-gallring",
  beskrivning: `Tar bort besöksstatistik äldre än ${BESOK_MANADER} månader och slår ihop sökningar äldre än ${SOKNING_DAGAR} dagar till dagens summa.`,
  intervallSekunder: 24 * 60 * 60,
  forstaKorningEfterSekunder: 20 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    const { dagar, sokningar } = await gallraBesok(db);
    return `${dagar} rader borttagna, ${sokningar} dagars sökningar sammanslagna`;
  },
};
