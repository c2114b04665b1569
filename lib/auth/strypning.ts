// Throttling of sign-in attempts, per account and per client, with delays that grow with each
// failure (a soft lock-out). The account key is a keyed hash of the address typed, so an
// address without an account is throttled exactly like one with, and nothing shows which is
// which. A browser that has signed in to an account before carries a signed "known device"
// cookie and is counted on its own key: a stranger hammering a colleague's address slows down
// only the stranger's attempts, never the colleague on their usual browser.
import type { PrismaClient } from "../db/generated/client";
import { hmac } from "../sakerhet/hmac";
import { lika } from "../sakerhet/lika";

type Db = Pick<PrismaClient, "inloggningsgrans" | "$queryRaw">;

interface Regel {
  /** Failures allowed before delays begin. */
  fria: number;
  /** The longest delay, in seconds. */
  tak: number;
  /** A key with no failure for this long starts over. */
  glomSekunder: number;
}

// Per account: after 3 free tries, 2 s, 4 s, 8 s … at most 15 minutes between counted tries.
export const KONTO: Regel = { fria: 3, tak: 15 * 60, glomSekunder: 24 * 60 * 60 };
// Per client: a shared office address must not throttle a whole school, so more are free.
export const KLIENT: Regel = { fria: 10, tak: 15 * 60, glomSekunder: 60 * 60 };

/** Seconds to wait after the n-th failure. */
export function fordrojning(regel: Regel, misslyckade: number): number {
  return misslyckade <= regel.fria ? 0 : Math.min(2 ** (misslyckade - regel.fria), regel.tak);
}

/** The account key for an address as typed (lower-cased by the form's schema). */
export const kontonyckel = (email: string) => `konto:${hmac(`konto:${email}`).slice(0, 32)}`;

// ---- the known-device cookie
export const ENHETSKAKA = "gsp-kand-enhet";
const ENHET_DAGAR = 90;

export function enhetskaka(email: string, nu = Date.now()): string {
  return `${nu}.${hmac(`enhet:${email}:${nu}`)}`;
}

/** The key this device's attempts for `email` count on, or null if the cookie is not valid for it. */
export function enhetsnyckel(email: string, kaka: string | undefined, nu = Date.now()): string | null {
  const [ms, sig] = (kaka ?? "").split(".");
  if (!ms || !sig || !/^\d+$/.test(ms) || nu - Number(ms) > ENHET_DAGAR * 86_400_000) return null;
  if (!lika(hmac(`enhet:${email}:${ms}`), sig)) return null;
  return `enhet:${hmac(`enhet-nyckel:${email}:${ms}`).slice(0, 32)}`;
}

export const enhetskakansLivstid = ENHET_DAGAR * 86_400;

// ---- counting

/** Seconds until the next attempt with any of these keys may be checked; 0 when it may now. */
export async function vantetid(db: Db, nycklar: string[], nu = new Date()): Promise<number> {
  const rader = await db.inloggningsgrans.findMany({
    where: { nyckel: { in: nycklar }, vantaTill: { gt: nu } },
    select: { vantaTill: true },
  });
  return Math.max(0, ...rader.map((r) => Math.ceil((r.vantaTill!.getTime() - nu.getTime()) / 1000)));
}

/** Counts a failure on a key, in one statement so that parallel attempts all count. */
export async function raknaMisslyckande(db: Db, nyckel: string, regel: Regel, nu = new Date()): Promise<number> {
  const glomd = new Date(nu.getTime() - regel.glomSekunder * 1000);
  const [{ misslyckade }] = await db.$queryRaw<{ misslyckade: number }[]>`
    INSERT INTO "Inloggningsgrans" (nyckel, misslyckade, senast) VALUES (${nyckel}, 1, ${nu})
    ON CONFLICT (nyckel) DO UPDATE SET
      misslyckade = CASE WHEN "Inloggningsgrans".senast < ${glomd} THEN 1 ELSE "Inloggningsgrans".misslyckade + 1 END,
      senast = ${nu}
    RETURNING misslyckade`;
  const sekunder = fordrojning(regel, misslyckade);
  if (sekunder > 0) {
    await db.inloggningsgrans.update({ where: { nyckel }, data: { vantaTill: new Date(nu.getTime() + sekunder * 1000) } });
  }
  return misslyckade;
}

/** A successful sign-in clears the account's (or device's) count; the client's count stays. */
export function nollstall(db: Db, nyckel: string) {
  return db.inloggningsgrans.deleteMany({ where: { nyckel } });
}

/** Deletes counts nobody has added to for a day. */
export function rensaInloggningsgranser(db: Db, nu = new Date()) {
  return db.inloggningsgrans.deleteMany({ where: { senast: { lt: new Date(nu.getTime() - KONTO.glomSekunder * 1000) } } });
}
