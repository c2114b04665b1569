import { rensaInloggningsgranser as rensa } from "../auth/strypning";
import type { Jobb } from "./deklaration";

export const rensaInloggningsgranser: Jobb = {
  namn: "rensa-inloggningsgranser",
  beskrivning: "Glömmer misslyckade inloggningsförsök (gissningsskyddet) när de är tillräckligt gamla.",
  intervallSekunder: 60 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    const { count } = await rensa(db);
    return `${count} borttagna`;
  },
};
