// The handläggare's inbox: filtered, newest first, paged by keyset (skapad, id) so a deep page
// costs the same as the first one however many cases there are.
import { z } from "zod";
import type { PrismaClient } from "../db/generated/client";
import { Prisma } from "../db/generated/client";

export const SIDSTORLEK = 25;

export const inkorgSchema = z.object({
  status: z.enum(["MOTTAGEN", "UNDER_HANDLAGGNING", "BESVARAD", "AVSLUTAD"]).optional().catch(undefined),
  typ: z.enum(["FRAGA", "SYNPUNKT", "KLAGOMAL", "BEROM"]).optional().catch(undefined),
  skola: z.string().max(100).optional().catch(undefined),
  fran: z.iso.date().optional().catch(undefined),
  till: z.iso.date().optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  efter: z.string().regex(/^\d{13}_[a-z0-9]{1,40}$/).optional().catch(undefined),
});
export type Inkorgsfilter = z.infer<typeof inkorgSchema>;

/** A search for a case number ("GF-2026-00042", or just "00042") finds that case by its number. */
const ARENDENUMMER = /^(?:GF-\d{4}-)?0*(\d{1,9})$/i;

export async function inkorg(db: PrismaClient, f: Inkorgsfilter) {
  const [ms, id] = f.efter ? [Number(f.efter.split("_")[0]), f.efter.split("_")[1]] : [null, null];
  const nummer = f.q ? ARENDENUMMER.exec(f.q) : null;
  const where: Prisma.SynpunktWhereInput = {
    ...(f.status ? { status: f.status } : {}),
    ...(f.typ ? { typ: f.typ } : {}),
    ...(f.skola ? { skola: { slug: f.skola } } : {}),
    ...(f.fran || f.till ? { skapad: { ...(f.fran ? { gte: new Date(f.fran) } : {}), ...(f.till ? { lt: new Date(new Date(f.till).getTime() + 86_400_000) } : {}) } } : {}),
    // Free text goes through the trigram index on meddelande (see schema.prisma).
    ...(nummer ? { lopnummer: Number(nummer[1]) } : f.q ? { meddelande: { contains: f.q, mode: "insensitive" } } : {}),
    ...(ms !== null ? { OR: [{ skapad: { lt: new Date(ms) } }, { skapad: new Date(ms), id: { lt: id! } }] } : {}),
  };
  const rader = await db.synpunkt.findMany({
    where,
    orderBy: [{ skapad: "desc" }, { id: "desc" }],
    take: SIDSTORLEK + 1,
    select: { id: true, lopnummer: true, typ: true, status: true, skapad: true, meddelande: true, skola: { select: { namn: true } }, handlaggare: { select: { name: true } } },
  });
  const nasta = rader.length > SIDSTORLEK ? rader[SIDSTORLEK - 1] : null;
  return { rader: rader.slice(0, SIDSTORLEK), nasta: nasta ? `${nasta.skapad.getTime()}_${nasta.id}` : null };
}
