import { krypteraOm } from "../auth/totp-kryptering";
import { logger } from "../logger";
import type { Jobb } from "./deklaration";

// Second-factor keys still in clear text (from before encryption) or under a rotated-out key.
export const totpOmkryptering: Jobb = {
  namn: "totp-omkryptering",
  beskrivning: "Krypterar tvåstegsnycklar som är sparade i klartext eller med en äldre nyckel med den aktuella nyckeln (TOTP_NYCKLAR).",
  intervallSekunder: null,
  forstaKorningEfterSekunder: 0,
  enGangOverInstanser: false,
  async kor(db) {
    const n = await krypteraOm(db);
    if (n > 0) logger.info({ handelse: "totp.omkrypterade", antal: n }, "TOTP-nycklar krypterade med den aktuella nyckeln");
    return `${n} krypterade om`;
  },
};
