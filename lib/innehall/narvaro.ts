// "Who else has it open": one row per (item, editor), touched when the edit page loads and by
// the open editor's heartbeat (with JavaScript). Only the user id and a time are kept, and rows
// older than NARVARO_SEKUNDER are deleted on every touch, so nobody's presence outlives a minute.
import type { PrismaClient } from "../db/generated/client";
import { authorize, type Aktor } from "../auth/permissions";

export const NARVARO_SEKUNDER = 60;
/** How often the open editor says it is still there: well inside the expiry. */
export const PULS_SEKUNDER = 20;

/**
 * Marks `aktor` as having the item open and returns the names of the other editors who have it
 * open, longest there first; null when the item does not exist.
 */
export async function narvaro(
  db: PrismaClient,
  aktor: Aktor | null,
  typNamn: string,
  nyckel: string,
  nu = new Date(),
): Promise<string[] | null> {
  authorize(aktor, "innehall.redigera");
  const item = await db.innehall.findUnique({ where: { typ_nyckel: { typ: typNamn, nyckel } }, select: { id: true } });
  if (!item) return null;
  const grans = new Date(nu.getTime() - NARVARO_SEKUNDER * 1000);
  await db.$transaction([
    db.redigeringsnarvaro.deleteMany({ where: { sedd: { lt: grans } } }),
    db.redigeringsnarvaro.upsert({
      where: { innehallId_userId: { innehallId: item.id, userId: aktor.id } },
      create: { innehallId: item.id, userId: aktor.id, sedd: nu },
      update: { sedd: nu },
    }),
  ]);
  const andra = await db.redigeringsnarvaro.findMany({
    where: { innehallId: item.id, userId: { not: aktor.id }, sedd: { gte: grans } },
    select: { user: { select: { name: true } } },
    orderBy: { sedd: "asc" },
  });
  return andra.map((a) => a.user.name);
}

/** Rows of editors gone for more than a minute (also done on every touch; this is for the hourly cleanup). */
export async function rensaNarvaro(db: PrismaClient, nu = new Date()): Promise<number> {
  const { count } = await db.redigeringsnarvaro.deleteMany({ where: { sedd: { lt: new Date(nu.getTime() - NARVARO_SEKUNDER * 1000) } } });
  return count;
}
