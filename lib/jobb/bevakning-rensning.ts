import { OBEKRAFTAD_DAGAR, rensaBevakningar } from "../bevakning/utskick";
import type { Jobb } from "./deklaration";

export const bevakningRensning: Jobb = {
  namn: "bevakning-rensning",
  beskrivning: `Tar bort bevakningar som inte bekräftats inom ${OBEKRAFTAD_DAGAR} dagar, adresser utan bevakningar och gamla ändringar (Bevaka).`,
  intervallSekunder: 60 * 60,
  forstaKorningEfterSekunder: 10 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    const r = await rensaBevakningar(db);
    return `${r.obekraftade} obekräftade bevakningar, ${r.adresser} adresser och ${r.andringar} ändringar borttagna`;
  },
};
