// "Hittade du det du letade efter?" under every content page: Ja or Nej, and after Nej an
// optional comment that goes to the page's owner (never to the synpunkter inbox): a daily mail
// (lib/innehall/sidrespons-agare.ts) and "Mina sidor" on the editors' page. The page itself stays
// cached and the same for everyone: the question is a plain form posted to /api/sidrespons, and
// the thanks and the comment are on a page of their own (/hittade-du/<id>).
//
// Nothing about the visitor is stored: the answer, the page, the time, and the comment. Floods are
// limited per client through the same keyed-hash counter as the contact form (table Inskick), and
// a comment can be added only once, only after Nej, and only within an hour of the answer.
import { z } from "zod";
import { text } from "@/lib/text";
import type { PrismaClient } from "../db/generated/client";
import { authorize, type Aktor } from "../auth/permissions";

/** Answers per client and ten minutes. */
export const SIDRESPONS_PER_FONSTER = 20;
const FONSTER_MS = 10 * 60 * 1000;
/** Days a comment is kept; the answer's count is kept for good. */
export const KOMMENTAR_DAGAR = 90;
export const KOMMENTAR_MAX = 500;
const KOMMENTAR_INOM_MS = 60 * 60 * 1000;

export const sidresponsSchema = z.object({
  sida: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(200),
  svar: z.enum(["ja", "nej"]),
});

export const kommentarSchema = z.object({
  id: z.string().regex(/^[a-z0-9]{10,40}$/, { error: "Svaret hittades inte. Gå tillbaka till sidan och svara igen." }),
  kommentar: text()
    .trim()
    .min(1, { error: "Skriv vad du letade efter, eller gå tillbaka till sidan." })
    .max(KOMMENTAR_MAX, { error: `Kommentaren får vara högst ${KOMMENTAR_MAX} tecken.` }),
});

export type Sidresponsutfall = { ok: true; id: string } | { ok: false; orsak: "for-manga" | "okand-sida" };

/**
 * Stores one answer. `finnsSidan` says whether the slug is a published page (the caller reads it
 * through the page cache); `klient` is the keyed hash of the client's address, used only to count.
 */
export async function taEmotSidrespons(
  db: PrismaClient,
  data: z.infer<typeof sidresponsSchema>,
  finnsSidan: boolean,
  klient: string,
  nu = new Date(),
): Promise<Sidresponsutfall> {
  if (!finnsSidan) return { ok: false, orsak: "okand-sida" };
  const fonster = new Date(Math.floor(nu.getTime() / FONSTER_MS) * FONSTER_MS);
  return db.$transaction(async (tx) => {
    const [{ antal }] = await tx.$queryRaw<{ antal: number }[]>`
      INSERT INTO "Inskick" (klient, fonster, antal) VALUES (${`sidrespons:${klient}`}, ${fonster}, 1)
      ON CONFLICT (klient, fonster) DO UPDATE SET antal = "Inskick".antal + 1
      RETURNING antal`;
    if (antal > SIDRESPONS_PER_FONSTER) return { ok: false, orsak: "for-manga" } as const;
    const rad = await tx.sidrespons.create({ data: { sida: data.sida, hittade: data.svar === "ja", skapad: nu }, select: { id: true } });
    return { ok: true, id: rad.id } as const;
  });
}

/** The answer as its thanks page shows it, or null. `kanKommentera`: Nej, no comment yet, still fresh. */
export async function sidrespons(db: PrismaClient, id: string, nu = new Date()) {
  if (!/^[a-z0-9]{10,40}$/.test(id)) return null;
  const r = await db.sidrespons.findUnique({
    where: { id },
    select: { id: true, sida: true, hittade: true, kommentar: true, skapad: true },
  });
  if (!r) return null;
  return { ...r, kanKommentera: !r.hittade && r.kommentar === null && nu.getTime() - r.skapad.getTime() < KOMMENTAR_INOM_MS };
}

/** Adds the comment once; false when the answer cannot take one (Ja, already commented, too old). */
export async function kommentera(db: PrismaClient, data: z.infer<typeof kommentarSchema>, nu = new Date()): Promise<boolean> {
  const { count } = await db.sidrespons.updateMany({
    where: { id: data.id, hittade: false, kommentar: null, skapad: { gt: new Date(nu.getTime() - KOMMENTAR_INOM_MS) } },
    data: { kommentar: data.kommentar, kommentarTid: nu },
  });
  return count === 1;
}

/** Removes comments older than KOMMENTAR_DAGAR; the answers stay, for the counts. */
export async function gallraSidresponser(db: PrismaClient, nu = new Date()): Promise<number> {
  const { count } = await db.sidrespons.updateMany({
    where: { kommentarTid: { lt: new Date(nu.getTime() - KOMMENTAR_DAGAR * 24 * 60 * 60 * 1000) } },
    data: { kommentar: null, kommentarTid: null },
  });
  return count;
}

export interface Sidsammanstallning {
  sida: string;
  ja: number;
  nej: number;
  kommentarer: { id: string; text: string; tid: Date }[];
}

/** The slugs of the pages `agareId` owns (lib/agare), for "Mina sidor". */
export async function agdaSidor(db: PrismaClient, agareId: string): Promise<string[]> {
  const rader = await db.innehall.findMany({ where: { typ: "sida", agareId, arkiverad: null }, select: { nyckel: true } });
  return rader.map((r) => r.nyckel);
}

/**
 * The editors' view: per page, the answers and the comments still kept, the most "Nej" first.
 * With `sidor`, only those pages ("Mina sidor": the pages the editor owns).
 */
export async function sidresponsOversikt(db: PrismaClient, aktor: Aktor | null, sidor?: readonly string[]): Promise<Sidsammanstallning[]> {
  authorize(aktor, "innehall.redigera");
  const urval = sidor ? { sida: { in: [...sidor] } } : {};
  const [antal, kommentarer] = await Promise.all([
    db.sidrespons.groupBy({ by: ["sida", "hittade"], where: urval, _count: { _all: true } }),
    db.sidrespons.findMany({
      where: { kommentar: { not: null }, ...urval },
      orderBy: { kommentarTid: "desc" },
      take: 500,
      select: { id: true, sida: true, kommentar: true, kommentarTid: true },
    }),
  ]);
  const perSida = new Map<string, Sidsammanstallning>();
  const sida = (s: string) => perSida.get(s) ?? perSida.set(s, { sida: s, ja: 0, nej: 0, kommentarer: [] }).get(s)!;
  for (const r of antal) sida(r.sida)[r.hittade ? "ja" : "nej"] = r._count._all;
  for (const k of kommentarer) sida(k.sida).kommentarer.push({ id: k.id, text: k.kommentar!, tid: k.kommentarTid! });
  return [...perSida.values()].sort((a, b) => b.nej - a.nej || a.sida.localeCompare(b.sida));
}
