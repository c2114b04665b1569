// The handläggare's inbox: filtered, newest first, paged by keyset (skapad, id) so a deep page
// costs the same as the first one however many cases there are.
import { z } from "zod";
import type { PrismaClient } from "../db/generated/client";
import { Prisma } from "../db/generated/client";
import { dygnetsBorjan, dygnetsSlut } from "../datum";

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

/** The filter's conditions, without the page position: shared by the inbox and the export. */
export function inkorgVillkor(f: Inkorgsfilter): Prisma.SynpunktWhereInput {
  const nummer = f.q ? ARENDENUMMER.exec(f.q) : null;
  return {
    ...(f.status ? { status: f.status } : {}),
    ...(f.typ ? { typ: f.typ } : {}),
    ...(f.skola ? { skola: { slug: f.skola } } : {}),
    // Dates are days in Sweden: "till 2026-03-10" ends at midnight Swedish time.
    ...(f.fran || f.till ? { skapad: { ...(f.fran ? { gte: dygnetsBorjan(f.fran) } : {}), ...(f.till ? { lt: dygnetsSlut(f.till) } : {}) } } : {}),
    // Free text goes through the trigram index on meddelande (see schema.prisma).
    ...(nummer ? { lopnummer: Number(nummer[1]) } : f.q ? { meddelande: { contains: f.q, mode: "insensitive" } } : {}),
  };
}

/**
 * Cases strictly after `efter` ("<ms>_<id>") in the order newest first, id breaking ties:
 * (skapad, id) < (t, id), written as `skapad <= t AND (skapad < t OR id < id)` so that PostgreSQL
 * starts the index scan at t. Written as `skapad < t OR (skapad = t AND …)` it reads the index
 * from the newest case every time, and a deep page costs as much as all the pages before it.
 */
export function efterNyckel(efter: string | null | undefined): Prisma.SynpunktWhereInput {
  if (!efter) return {};
  const [ms, id] = [Number(efter.split("_")[0]), efter.split("_")[1]];
  const t = new Date(ms);
  return { skapad: { lte: t }, OR: [{ skapad: { lt: t } }, { id: { lt: id } }] };
}

export const nyckel = (r: { skapad: Date; id: string }) => `${r.skapad.getTime()}_${r.id}`;

export async function inkorg(db: PrismaClient, f: Inkorgsfilter) {
  const where: Prisma.SynpunktWhereInput = { AND: [inkorgVillkor(f), efterNyckel(f.efter)] };
  const rader = await db.synpunkt.findMany({
    where,
    orderBy: [{ skapad: "desc" }, { id: "desc" }],
    take: SIDSTORLEK + 1,
    select: { id: true, lopnummer: true, typ: true, status: true, skapad: true, meddelande: true, nyttMeddelande: true, skola: { select: { namn: true } }, handlaggare: { select: { name: true } } },
  });
  const nasta = rader.length > SIDSTORLEK ? rader[SIDSTORLEK - 1] : null;
  return { rader: rader.slice(0, SIDSTORLEK), nasta: nasta ? nyckel(nasta) : null };
}
