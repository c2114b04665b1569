// One form load, one post: each load's idempotency key and start time are signed together, so a
// start time can be neither forged nor reused for a second row. Platform: the contact form and a
// case page's message form use it through lib/atgard/publik.ts.
import { randomUUID } from "node:crypto";
import { hmac } from "./hmac";
import { lika } from "./lika";

/** Which form a token was made for: a token from one form is never valid on another. */
export type Formularsyfte = "kontakt" | "meddelande" | "begar-ut" | "bevaka";

/** How long a loaded form can be sent; after that it is refused like a reused one, with the text kept. */
export const FORMULAR_MAX_SEKUNDER = 24 * 60 * 60;

/** The answer to a form sent with a token that is not its own, forged, or too old. */
export const FORMULAR_GAMMALT =
  "Formuläret har redan skickats eller är för gammalt. Din text finns kvar nedan: kontrollera den och skicka igen.";

const startsignatur = (syfte: Formularsyfte, nyckel: string, ms: string) => hmac(`start:${syfte}:${ms}:${nyckel}`);

/**
 * One form load: a new idempotency key and the signed start time, `<ms>.<signature>`, whose
 * signature covers the key too. The server makes both, so one load can make one row: the same
 * key again finds that row (a double click, a reload), and any other key fails the signature.
 */
export function nyttFormular(syfte: Formularsyfte, nu = Date.now()): { idempotensnyckel: string; startad: string } {
  const idempotensnyckel = randomUUID();
  return { idempotensnyckel, startad: `${nu}.${startsignatur(syfte, idempotensnyckel, String(nu))}` };
}

/**
 * Seconds since the form was loaded; null when `startad` was not signed for this key and form
 * (another load's, forged or missing) or is older than FORMULAR_MAX_SEKUNDER.
 */
export function sekunderSedanStart(startad: string, idempotensnyckel: string, syfte: Formularsyfte, nu = Date.now()): number | null {
  const [ms, sig, ...rest] = startad.split(".");
  if (!ms || !sig || rest.length || !/^\d{1,15}$/.test(ms) || idempotensnyckel.length > 100) return null;
  if (!lika(startsignatur(syfte, idempotensnyckel, ms), sig)) return null;
  const sekunder = (nu - Number(ms)) / 1000;
  return sekunder > FORMULAR_MAX_SEKUNDER ? null : sekunder;
}

export const MIN_SEKUNDER = Number(process.env.SYNPUNKT_MIN_SEKUNDER ?? 3);
