import { agarmejlrad, mejlaAgareOmSidrespons } from "../innehall/sidrespons-agare";
import type { Jobb } from "./deklaration";

// Every hour from 07 Swedish time, so a server started late still sends; each owner gets at most
// one mail a day and each comment is told once, also when two runs meet.
export const sidresponsAgare: Jobb = {
  namn: "sidrespons-agare",
  beskrivning: 'Mejlar sidornas ägare en gång om dagen om nya kommentarer på "Hittade du det du letade efter?".',
  intervallSekunder: 60 * 60,
  forstaKorningEfterSekunder: 6 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    return agarmejlrad(await mejlaAgareOmSidrespons(db));
  },
};
