import { spridAndringar } from "../bevakning/utskick";
import type { Jobb } from "./deklaration";

// One instance at a time, though a change is claimed with SKIP LOCKED and marked in the same
// transaction that queues its mails anyway: two runs at once never queue a change twice.
export const bevakningUtskick: Jobb = {
  namn: "bevakning-utskick",
  beskrivning: "Köar ett mejl per adress till dem som bevakar en ändrad insats direkt (Bevaka).",
  intervallSekunder: Number(process.env.UTSKICK_SEKUNDER ?? 15),
  enGangOverInstanser: true,
  async kor(db) {
    const r = await spridAndringar(db);
    return `${r.andringar} ändringar, ${r.mejl} mejl köade`;
  },
};
