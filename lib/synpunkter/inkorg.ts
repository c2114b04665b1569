// The handläggare's inbox: filtered, newest first, paged by keyset (skapad, id) so a deep page
// costs the same as the first one however many cases there are.
import { z } from "zod";
import type { PrismaClient } from "../db/generated/client";
import { Prisma } from "../db/generated/client";
import { dygnetsBorjan, dygnetsSlut } from "../datum";
import { utanKontrolltecken } from "../text";

export const SIDSTORLEK = 25;

// PostgreSQL refuses NUL outright: a control character in free text is never searched for.
const utanKontroll = (s: string) => utanKontrolltecken(s) === s;

/** Each field of the filter once: the inbox and the export differ only in what a bad value does. */
const falt = {
  status: z.enum(["MOTTAGEN", "UNDER_HANDLAGGNING", "BESVARAD", "AVSLUTAD"]),
  typ: z.enum(["FRAGA", "SYNPUNKT", "KLAGOMAL", "BEROM", "BEGARAN"]),
  skola: z.string().max(100).refine(utanKontroll),
  fran: z.iso.date(),
  till: z.iso.date(),
  q: z.string().trim().max(200).refine(utanKontroll),
  efter: z.string().regex(/^\d{12,13}_[a-z0-9-]{1,40}$/),
  /** "frist": open cases, the one due first on top. */
  sortera: z.enum(["frist"]),
  /** "1": only the cases assigned to the signed-in handläggare ("Mina ärenden"). */
  mina: z.literal("1"),
};

/** The inbox's filter from the query string: a value that does not parse is no filter. */
export const inkorgSchema = z.object({
  status: falt.status.optional().catch(undefined),
  typ: falt.typ.optional().catch(undefined),
  skola: falt.skola.optional().catch(undefined),
  fran: falt.fran.optional().catch(undefined),
  till: falt.till.optional().catch(undefined),
  q: falt.q.optional().catch(undefined),
  efter: falt.efter.optional().catch(undefined),
  sortera: falt.sortera.optional().catch(undefined),
  mina: falt.mina.optional().catch(undefined),
});
export type Inkorgsfilter = z.infer<typeof inkorgSchema>;

const tomtArInget = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/**
 * The export's fields, posted by the inbox's and the statistics page's form. A value those forms
 * never send (a control character, an unknown status, a date that is no date) refuses the export
 * rather than widening it to every case; an empty field is no filter, as in the inbox.
 */
export const exportSchema = z.object({
  status: tomtArInget(falt.status),
  typ: tomtArInget(falt.typ),
  skola: tomtArInget(falt.skola),
  fran: tomtArInget(falt.fran),
  till: tomtArInget(falt.till),
  q: tomtArInget(falt.q),
  efter: tomtArInget(falt.efter),
  sortera: tomtArInget(falt.sortera),
  mina: tomtArInget(falt.mina),
});

/** A search for a case number ("GF-2026-00042", or just "00042") finds that case by its number. */
const ARENDENUMMER = /^(?:GF-\d{4}-)?0*(\d{1,9})$/i;

/**
 * The filter's conditions, without the page position: shared by the inbox and the export.
 * `jag` is the signed-in account, for "Mina ärenden".
 */
export function inkorgVillkor(f: Inkorgsfilter, jag?: string): Prisma.SynpunktWhereInput {
  const nummer = f.q ? ARENDENUMMER.exec(f.q) : null;
  return {
    ...(f.mina && jag ? { handlaggareId: jag } : {}),
    // Sorted by deadline, the list is what is still to be done: closed cases have none.
    ...(f.sortera === "frist" ? { frist: { not: null } } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.typ ? { typ: f.typ } : {}),
    ...(f.skola ? { skola: { slug: f.skola } } : {}),
    // Dates are days in Sweden: "till 2026-03-10" ends at midnight Swedish time.
    ...(f.fran || f.till
      ? { skapad: { ...(f.fran ? { gte: dygnetsBorjan(f.fran) } : {}), ...(f.till ? { lt: dygnetsSlut(f.till) } : {}) } }
      : {}),
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

/** The same keyset for the deadline order, due first, id breaking ties: (frist, id) > (t, id). */
export function efterFrist(efter: string | null | undefined): Prisma.SynpunktWhereInput {
  if (!efter) return {};
  const [ms, id] = [Number(efter.split("_")[0]), efter.split("_")[1]];
  const t = new Date(ms);
  return { frist: { gte: t }, OR: [{ frist: { gt: t } }, { id: { gt: id } }] };
}

const fristnyckel = (r: { frist: Date | null; id: string }) => `${r.frist!.getTime()}_${r.id}`;

export async function inkorg(db: PrismaClient, f: Inkorgsfilter, jag?: string) {
  const efterFristOrdning = f.sortera === "frist";
  const where: Prisma.SynpunktWhereInput = { AND: [inkorgVillkor(f, jag), efterFristOrdning ? efterFrist(f.efter) : efterNyckel(f.efter)] };
  const rader = await db.synpunkt.findMany({
    where,
    orderBy: efterFristOrdning ? [{ frist: "asc" }, { id: "asc" }] : [{ skapad: "desc" }, { id: "desc" }],
    take: SIDSTORLEK + 1,
    select: {
      id: true,
      lopnummer: true,
      typ: true,
      status: true,
      skapad: true,
      meddelande: true,
      nyttMeddelande: true,
      huvudarendeId: true,
      forstaSvar: true,
      svarSenast: true,
      avslutasSenast: true,
      frist: true,
      skola: { select: { namn: true } },
      handlaggare: { select: { name: true } },
    },
  });
  const nasta = rader.length > SIDSTORLEK ? rader[SIDSTORLEK - 1] : null;
  return { rader: rader.slice(0, SIDSTORLEK), nasta: nasta ? (efterFristOrdning ? fristnyckel(nasta) : nyckel(nasta)) : null };
}
