import { skickaVantande, standardSandare, utskickPerKorning, type Skicka } from "../utskick";
import { UTSKICKSLANKAR } from "../utskicksmallar";
import type { Jobb } from "./deklaration";

let skicka: Skicka | undefined;

// Every instance sends: each mail is claimed by one (SKIP LOCKED), so none goes twice.
export const utskick: Jobb = {
  namn: "utskick",
  beskrivning: "Skickar väntande e-post ur utskickskön och försöker igen med växande paus när ett utskick misslyckas.",
  intervallSekunder: Number(process.env.UTSKICK_SEKUNDER ?? 15),
  enGangOverInstanser: false,
  async kor(db) {
    const r = await skickaVantande(db, (skicka ??= standardSandare()), UTSKICKSLANKAR, new Date(), utskickPerKorning());
    return `${r.skickade} skickade, ${r.misslyckade} misslyckade`;
  },
};
