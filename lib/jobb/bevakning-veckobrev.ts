import { skickaVeckobrev, veckobrevsrad } from "../bevakning/utskick";
import type { Jobb } from "./deklaration";

// Every hour, so a server started late still sends it; the week is claimed once.
export const bevakningVeckobrev: Jobb = {
  namn: "bevakning-veckobrev",
  beskrivning: "Mejlar på måndagar dem som bevakar en gång i veckan förra veckans ändringar (Bevaka).",
  intervallSekunder: 60 * 60,
  forstaKorningEfterSekunder: 5 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    return veckobrevsrad(await skickaVeckobrev(db));
  },
};
