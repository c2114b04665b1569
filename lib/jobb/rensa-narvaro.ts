import { rensaNarvaro as rensa } from "../innehall/narvaro";
import type { Jobb } from "./deklaration";

export const rensaNarvaro: Jobb = {
  namn: "rensa-narvaro",
  beskrivning: "Tar bort gamla uppgifter om vem som har en sida öppen för redigering.",
  intervallSekunder: 60 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    return `${await rensa(db)} borttagna`;
  },
};
