import { config } from "../config";
import { logger } from "../logger";
import { gallra, gallringsrad } from "../synpunkter/gallring";
import type { Jobb } from "./deklaration";

// Ten minutes after start as well, so a server that restarts often still runs it.
export const gallring: Jobb = {
  namn: "gallring",
  beskrivning: "Gallrar avslutade synpunkter och frågor när bevarandetiden (GALLRING_MANADER) har gått ut.",
  intervallSekunder: 24 * 60 * 60,
  forstaKorningEfterSekunder: 10 * 60,
  enGangOverInstanser: true,
  async kor(db) {
    const r = await gallra(db, { manader: config().GALLRING_MANADER });
    if (r.arenden > 0) logger.info({ handelse: "synpunkt.gallring", arenden: r.arenden }, gallringsrad(r));
    return gallringsrad(r);
  },
};
