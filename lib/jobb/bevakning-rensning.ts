import { OBEKRAFTAD_DAGAR, rensaBevakningar } from "../bevakning/utskick";
import type { Jobb } from "./deklaration";

export const bevakningRensning: Jobb = {
  namn: "bevakning-rensning",
  beskrivning: `Tar bort bevakningar som inte bekräftats inom ${OBEKRAFTAD_DAGAR} dagar, adresser utan bevakningar, gamla ändringar och skickade mejl om dem (Bevaka).`,
  intervallSekunder: 60 * 60,
  forstaKorningEfterSekunder: 10 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    const r = await rensaBevakningar(db);
    return `${r.obekraftade} obekräftade bevakningar, ${r.adresser} adresser, ${r.andringar} ändringar och ${r.mejl} skickade mejl borttagna`;
  },
};
