import { sammanfattningsrad, skickaFristsammanfattning } from "../synpunkter/fristsammanfattning";
import type { Jobb } from "./deklaration";

// Every hour, so a server started late in the day still sends it; the day is claimed once.
export const fristsammanfattning: Jobb = {
  namn: "fristsammanfattning",
  beskrivning: "Mejlar varje arbetsdag handläggare och administratörer en sammanfattning av försenade och snart förfallna ärenden.",
  intervallSekunder: 60 * 60,
  forstaKorningEfterSekunder: 5 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    return sammanfattningsrad(await skickaFristsammanfattning(db));
  },
};
