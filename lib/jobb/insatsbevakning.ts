import { statusEtikett } from "../insatser/status";
import { meddelaInsatsandringar } from "../synpunkter/insatskoppling";
import type { Jobb } from "./deklaration";

// "Ni sa – vi gjorde": the insats's updates are its own domain's; the link and the mail are the
// cases'. This job joins them, so neither domain reaches into the other.
export const insatsbevakning: Jobb = {
  namn: "insatsbevakning",
  beskrivning: "Mejlar avsändare som vill ha e-post när en insats som deras ärende är kopplat till ändras.",
  intervallSekunder: 60,
  enGangOverInstanser: true,
  async kor(db) {
    const n = await meddelaInsatsandringar(db, statusEtikett);
    return `${n} mejl köade`;
  },
};
