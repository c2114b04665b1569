import { rensaSessioner as rensa } from "../auth/sessioner";
import type { Jobb } from "./deklaration";

export const rensaSessioner: Jobb = {
  namn: "rensa-sessioner",
  beskrivning: "Tar bort inloggningar som har gått ut eller varit oanvända för länge.",
  intervallSekunder: 60 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    const { count } = await rensa(db);
    return `${count} borttagna`;
  },
};
