import { kontrolleraLankar } from "../agare/trasiga-lankar";
import type { Jobb } from "./deklaration";

// Every six hours: internal links cost a few queries; external ones (allowlisted hosts only) go
// at LANKKONTROLL_PER_MINUT, so a run with many of them may take minutes. One instance at a time.
export const lankkontroll: Jobb = {
  namn: "lankkontroll",
  beskrivning:
    "Letar trasiga länkar i publicerat innehåll och insatser: interna alltid, externa bara till värdarna i LANKKONTROLL_VARDAR. Listas per sida för ägaren.",
  intervallSekunder: 6 * 60 * 60,
  forstaKorningEfterSekunder: 15 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    const u = await kontrolleraLankar(db);
    return `${u.saker} sidor och insatser lästa, ${u.externa} externa adresser kontrollerade, ${u.trasiga} trasiga länkar`;
  },
};
