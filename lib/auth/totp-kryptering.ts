// The second factor's key at rest: AES-256-GCM, so a copy of the database (a backup, a dump)
// does not give anyone the codes. The keys come from TOTP_NYCKLAR (lib/config.ts): the first
// encrypts, all decrypt, and each row names the key it was written with (`totpNyckel`), so a key
// can be rotated without a flag day. Without TOTP_NYCKLAR one key is derived from AUTH_SECRET
// (HKDF); it stays readable after TOTP_NYCKLAR is set, so moving to configured keys needs no step.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";
import { totpNycklarSchema } from "../config";
import { logger } from "../logger";
import { hemlighet as authSecret } from "../sakerhet/hmac";

export interface Nyckelring {
  /** The id new keys are written with. */
  aktuell: string;
  nycklar: Map<string, Buffer>;
}

/** The id of the key derived from AUTH_SECRET. */
export const HARLEDD = "auth";
const IV = 12;
const TAGG = 16;

export function nyckelring(env: Record<string, string | undefined> = process.env): Nyckelring {
  const harledd = Buffer.from(hkdfSync("sha256", env.AUTH_SECRET ?? authSecret(), "", "grundskoleportalen:totp-nyckel", 32));
  const konfigurerade = totpNycklarSchema.parse(env.TOTP_NYCKLAR) ?? [];
  const nycklar = new Map<string, Buffer>([[HARLEDD, harledd], ...konfigurerade.map((k): [string, Buffer] => [k.id, k.nyckel])]);
  return { aktuell: konfigurerade[0]?.id ?? HARLEDD, nycklar };
}

let standard: Nyckelring | undefined;
const processensRing = () => (standard ??= nyckelring());

// The row's id and the key's id are bound in: a ciphertext copied to another account, or
// relabelled with another key id, does not decrypt.
const aad = (userId: string, nyckelId: string) => Buffer.from(`grundskoleportalen:totp:${userId}:${nyckelId}`);

export interface Lagrad {
  totpHemlighet: string;
  totpNyckel: string;
}

export function kryptera(userId: string, hemlighet: string, ring = processensRing()): Lagrad {
  const iv = randomBytes(IV);
  const cipher = createCipheriv("aes-256-gcm", ring.nycklar.get(ring.aktuell)!, iv);
  cipher.setAAD(aad(userId, ring.aktuell));
  const text = Buffer.concat([cipher.update(hemlighet, "utf8"), cipher.final()]);
  return { totpHemlighet: Buffer.concat([iv, cipher.getAuthTag(), text]).toString("base64url"), totpNyckel: ring.aktuell };
}

/** The key in clear; throws when the ciphertext was changed, belongs elsewhere or its key is gone. */
export function dekryptera(userId: string, lagrad: { totpHemlighet: string; totpNyckel: string | null }, ring = processensRing()): string {
  // A key stored before encryption came in: read as it is, and encrypted by the caller.
  if (lagrad.totpNyckel === null) return lagrad.totpHemlighet;
  const nyckel = ring.nycklar.get(lagrad.totpNyckel);
  if (!nyckel) throw new Error(`TOTP-nyckeln ${lagrad.totpNyckel} finns inte i TOTP_NYCKLAR`);
  const bytes = Buffer.from(lagrad.totpHemlighet, "base64url");
  if (bytes.length <= IV + TAGG) throw new Error("Krypterad TOTP-nyckel är för kort");
  const decipher = createDecipheriv("aes-256-gcm", nyckel, bytes.subarray(0, IV));
  decipher.setAAD(aad(userId, lagrad.totpNyckel));
  decipher.setAuthTag(bytes.subarray(IV, IV + TAGG));
  return Buffer.concat([decipher.update(bytes.subarray(IV + TAGG)), decipher.final()]).toString("utf8");
}

type Db = Pick<PrismaClient, "user">;

/** Writes the key again with the current key, unless the row changed meanwhile. */
async function skrivOm(db: Db, userId: string, fore: string, hemlighet: string, ring: Nyckelring) {
  const { count } = await db.user.updateMany({ where: { id: userId, totpHemlighet: fore }, data: kryptera(userId, hemlighet, ring) });
  return count;
}

/**
 * The key in clear for a sign-in or a confirmation; null when it cannot be read (logged). A key in
 * clear text or under an older key is rewritten under the current one on the way.
 */
export async function lasHemlighet(
  db: Db,
  user: { id: string; totpHemlighet: string; totpNyckel: string | null },
  ring = processensRing(),
): Promise<string | null> {
  let hemlighet: string;
  try {
    hemlighet = dekryptera(user.id, { totpHemlighet: user.totpHemlighet, totpNyckel: user.totpNyckel }, ring);
  } catch (error) {
    logger.error(
      { handelse: "totp.olasbar", userId: user.id, nyckel: user.totpNyckel, err: (error as Error).message },
      "TOTP-nyckeln gick inte att dekryptera",
    );
    return null;
  }
  if (user.totpNyckel !== ring.aktuell) await skrivOm(db, user.id, user.totpHemlighet, hemlighet, ring);
  return hemlighet;
}

/**
 * Encrypts every key still in clear text and re-encrypts every key under an older key: run by
 * each server at start, so after a rotation the old key can be removed once this has run.
 */
export async function krypteraOm(db: Db, ring = processensRing()): Promise<number> {
  const rader = await db.user.findMany({
    where: { totpHemlighet: { not: null }, OR: [{ totpNyckel: null }, { totpNyckel: { not: ring.aktuell } }] },
    select: { id: true, totpHemlighet: true, totpNyckel: true },
  });
  let antal = 0;
  for (const r of rader) {
    try {
      antal += await skrivOm(
        db,
        r.id,
        r.totpHemlighet!,
        dekryptera(r.id, { totpHemlighet: r.totpHemlighet!, totpNyckel: r.totpNyckel }, ring),
        ring,
      );
    } catch (error) {
      logger.error(
        { handelse: "totp.olasbar", userId: r.id, nyckel: r.totpNyckel, err: (error as Error).message },
        "TOTP-nyckeln gick inte att kryptera om",
      );
    }
  }
  return antal;
}
