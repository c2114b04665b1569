import { rensaInskick as rensa } from "../synpunkter/skydd";
import type { Jobb } from "./deklaration";

export const rensaInskick: Jobb = {
  namn: "rensa-inskick",
  beskrivning: "Tar bort kontaktformulärets räkning av inskick per klient när den är äldre än ett dygn.",
  intervallSekunder: 60 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    const { count } = await rensa(db);
    return `${count} borttagna`;
  },
};
