import { paminnelserad, skickaPaminnelser } from "../agare/paminnelser";
import type { Jobb } from "./deklaration";

// Every hour, so a server started late still sends them; each reminder is claimed once.
export const agarePaminnelser: Jobb = {
  namn: "agare-paminnelser",
  beskrivning: "Mejlar ägarna till innehåll och insatser 14 dagar före och på datumet Granska senast.",
  intervallSekunder: 60 * 60,
  forstaKorningEfterSekunder: 5 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    return paminnelserad(await skickaPaminnelser(db));
  },
};
