// The confirmation link, /bevaka/bekrafta/<nyckel>: 192 random bits, made when the mail goes out,
// stored only as a SHA-256 hash (found by its first 16 hex digits, compared in constant time), as
// a case's key (lib/synpunkter/nyckel.ts). It dies with the unconfirmed subscription after 7 days.
//
// The private page and the unsubscribe address carry a signed token of the subscriber's id
// instead (lib/sakerhet/signatur.ts), like a case's unsubscribe link: no row per mail, and it
// stops working when the address's last subscription ends (the subscriber row goes).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { siteUrl } from "../config";
import type { PrismaClient } from "../db/generated/client";
import { kontrollera, signera } from "../sakerhet/signatur";
import { PRENUMERANT_SYFTE, type Sandlank, type Tx } from "../utskick";

const NYCKELFORM = /^[A-Za-z0-9_-]{32}$/;
const adress = () => siteUrl().replace(/\/$/, "");

function hasha(nyckel: string) {
  const hash = createHash("sha256").update(nyckel).digest("hex");
  return { hash, sok: hash.slice(0, 16) };
}

/** `{bekraftelselank}`: the link that confirms the subscription the mail was queued for. */
export const bekraftelselanken: Sandlank<"bekraftelselank"> = {
  namn: "bekraftelselank",
  async skapa(tx, r) {
    if (!r.bevakningId) return null;
    const nyckel = randomBytes(24).toString("base64url");
    await tx.bekraftelsenyckel.create({ data: { bevakningId: r.bevakningId, ...hasha(nyckel) } });
    return `${adress()}/bevaka/bekrafta/${nyckel}`;
  },
};

export const hanteraToken = (prenumerantId: string) => signera(prenumerantId, PRENUMERANT_SYFTE);
export const prenumerantAvToken = (token: string) => kontrollera(token, PRENUMERANT_SYFTE);
export const hanteraAdress = (prenumerantId: string) => `${adress()}/bevaka/hantera/${hanteraToken(prenumerantId)}`;

/** `{hanteralank}`: the subscriber's private page, where each subscription can be changed or ended. */
export const hanteralanken: Sandlank<"hanteralank"> = {
  namn: "hanteralank",
  skapa: async (_tx, r) => (r.prenumerantId ? hanteraAdress(r.prenumerantId) : null),
};

const ATTRAPP = Buffer.alloc(32);

/** The subscription a confirmation key is for, or null. A miss does the same work as a hit. */
export async function hittaBekraftelse(db: PrismaClient | Tx, nyckel: unknown): Promise<string | null> {
  const text = typeof nyckel === "string" ? nyckel.slice(0, 100) : "";
  const { hash, sok } = hasha(text);
  const fatt = Buffer.from(hash, "hex");
  const rader = await db.bekraftelsenyckel.findMany({ where: { sok }, select: { hash: true, bevakningId: true } });
  let traff: string | null = null;
  for (const r of rader) if (timingSafeEqual(Buffer.from(r.hash, "hex"), fatt)) traff = r.bevakningId;
  if (rader.length === 0) timingSafeEqual(ATTRAPP, fatt);
  return NYCKELFORM.test(text) ? traff : null;
}
