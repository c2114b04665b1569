// Protection against floods without storing who anyone is: client keys are keyed hashes of the
// address. The signed form load is platform: lib/sakerhet/formularladdning.ts.
import type { PrismaClient } from "../db/generated/client";
import { klientnyckel } from "../sakerhet/klientnyckel";

export const GRANS_PER_FONSTER = Number(process.env.SYNPUNKT_GRANS ?? 10);
const FONSTER_MS = 10 * 60 * 1000;

/**
 * The rate limit's ten-minute window a submission falls in. Submissions are counted per client
 * and window in PostgreSQL (table "Inskick", by lib/synpunkter/ta-emot.ts in the same statement
 * that makes the case), so the limit holds across app instances.
 */
export function inskicksfonster(nu = new Date()): Date {
  return new Date(Math.floor(nu.getTime() / FONSTER_MS) * FONSTER_MS);
}

/** Counts one more for this client in the current window; false when it is over the limit. */
export async function raknaInskick(db: PrismaClient, klient: string, nu = new Date(), grans = GRANS_PER_FONSTER): Promise<boolean> {
  const [{ antal }] = await db.$queryRaw<{ antal: number }[]>`
    INSERT INTO "Inskick" (klient, fonster, antal) VALUES (${klient}, ${inskicksfonster(nu)}, 1)
    ON CONFLICT (klient, fonster) DO UPDATE SET antal = "Inskick".antal + 1
    RETURNING antal`;
  return antal <= grans;
}

/** Wrong keys to the private case page allowed per client and ten minutes. */
export const GISSNINGAR_PER_FONSTER = Number(process.env.ARENDE_GISSNINGAR ?? 20);

/** The client key that counts wrong guesses of case keys, apart from the form's submissions. */
export const gissningsklient = (adress: string) => klientnyckel(`gissning:${adress}`);

/** True when this client has used up its wrong guesses in the current window (nothing is counted). */
export async function sparrad(db: PrismaClient, klient: string, nu = new Date(), grans = GISSNINGAR_PER_FONSTER): Promise<boolean> {
  const rad = await db.inskick.findUnique({ where: { klient_fonster: { klient, fonster: inskicksfonster(nu) } }, select: { antal: true } });
  return (rad?.antal ?? 0) >= grans;
}

/** Deletes rate-limit rows older than a day. */
export function rensaInskick(db: PrismaClient, nu = new Date()) {
  return db.inskick.deleteMany({ where: { fonster: { lt: new Date(nu.getTime() - 24 * 60 * 60 * 1000) } } });
}
