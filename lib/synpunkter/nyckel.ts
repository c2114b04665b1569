// The private link to a case's page, /arende/<nyckel>: 192 random bits, unrelated to the case
// number. Only a SHA-256 hash is stored (a fast hash is enough for a key this random: there is
// nothing to brute-force offline). The row is found by the hash's first 16 hex digits and the
// whole hash is then compared in constant time, so the database's index lookup never decides
// on its own whether a key is right, and a miss does the same work as a hit.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { siteUrl } from "../config";
import type { PrismaClient } from "../db/generated/client";
import type { Sandlank, Tx } from "../utskick";

export const NYCKEL_BYTES = 24;
/** 24 bytes as base64url: 32 characters from A–Z, a–z, 0–9, - and _. */
export const NYCKELFORM = /^[A-Za-z0-9_-]{32}$/;

export function hashaNyckel(nyckel: string): { hash: string; sok: string } {
  const hash = createHash("sha256").update(nyckel).digest("hex");
  return { hash, sok: hash.slice(0, 16) };
}

/** A new key for the case: the key itself goes to the sender once and is never stored. */
export async function skapaNyckel(tx: Tx | PrismaClient, synpunktId: string): Promise<string> {
  const nyckel = randomBytes(NYCKEL_BYTES).toString("base64url");
  await tx.arendenyckel.create({ data: { synpunktId, ...hashaNyckel(nyckel) } });
  return nyckel;
}

/** The link to a case's private page, `{arendelank}` in its mails; the key is made when it goes out. */
export const arendelanken: Sandlank<"arendelank"> = {
  namn: "arendelank",
  tidigare: "{{ärendelänk}}",
  skapa: async (tx, r) => (r.synpunktId ? `${siteUrl().replace(/\/$/, "")}/arende/${await skapaNyckel(tx, r.synpunktId)}` : null),
};

const ATTRAPP = Buffer.alloc(32);

/**
 * The case a key opens, or null. A malformed key is hashed and looked up like any other, so it
 * is answered in the same time as a wrong one.
 */
export async function hittaArende(db: PrismaClient, nyckel: unknown): Promise<string | null> {
  const text = typeof nyckel === "string" ? nyckel.slice(0, 100) : "";
  const { hash, sok } = hashaNyckel(text);
  const fatt = Buffer.from(hash, "hex");
  const rader = await db.arendenyckel.findMany({ where: { sok }, select: { hash: true, synpunktId: true } });
  let traff: string | null = null;
  for (const r of rader) if (timingSafeEqual(Buffer.from(r.hash, "hex"), fatt)) traff = r.synpunktId;
  if (rader.length === 0) timingSafeEqual(ATTRAPP, fatt);
  return NYCKELFORM.test(text) ? traff : null;
}
