// Driftinformation: a short site-wide message (a planned stop, a disruption) that editors schedule
// with a start and an end, in Swedish time. Every public page shows the messages whose period is on
// at the moment it is made; pages are made again at most a second after they are asked for (the
// layout's revalidate, and nginx's s-maxage), so a message appears and is gone within a couple of
// seconds of its times, also through the page cache and nginx. The list is cached under the tag
// `drift`, which every change expires.
import { z } from "zod";
import { text } from "@/lib/text";
import { cachad, expireTags, taggar } from "../cache";
import { svenskTidpunkt } from "../datum";
import type { PrismaClient } from "../db/generated/client";
import { db as appDb } from "../db";
import { authorize, type Aktor } from "../auth/permissions";

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Skriv datumet som år-månad-dag, till exempel 2026-12-01." });
const klockslag = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Skriv klockslaget som timmar och minuter, till exempel 08:00." });

export const driftSchema = z.object({
  text: text()
    .trim()
    .min(1, { error: "Skriv meddelandet." })
    .max(300, { error: "Meddelandet får vara högst 300 tecken: det visas överst på varje sida." }),
  startdatum: datum,
  startklockslag: klockslag,
  slutdatum: datum,
  slutklockslag: klockslag,
});
export type DriftIn = z.infer<typeof driftSchema>;

type Redigerare = Aktor & { name: string };
export type Driftutfall = { ok: true; id: string } | { ok: false; fel: Record<string, string> };

/** Schedules a message; the times are Swedish wall-clock times. */
export async function skapaDriftmeddelande(db: PrismaClient, aktor: Redigerare | null, d: DriftIn, nu = new Date()): Promise<Driftutfall> {
  authorize(aktor, "innehall.redigera");
  const start = svenskTidpunkt(d.startdatum, d.startklockslag);
  const slut = svenskTidpunkt(d.slutdatum, d.slutklockslag);
  if (!start) return { ok: false, fel: { startklockslag: "Klockslaget finns inte den dagen (klockan ställs fram). Välj en annan tid." } };
  if (!slut) return { ok: false, fel: { slutklockslag: "Klockslaget finns inte den dagen (klockan ställs fram). Välj en annan tid." } };
  if (slut <= start) return { ok: false, fel: { slutdatum: "Slutet måste vara efter starten." } };
  if (slut <= nu) return { ok: false, fel: { slutdatum: "Slutet har redan varit. Välj en tid framåt." } };
  const rad = await db.driftmeddelande.create({ data: { text: d.text, start, slut }, select: { id: true } });
  await db.granskningshandelse.create({
    data: { aktorId: aktor.id, aktorNamn: aktor.name, handling: "drift.skapa", objektTyp: "drift", objektId: rad.id },
  });
  expireTags(taggar.drift);
  return { ok: true, id: rad.id };
}

/** Ends a message now (it is kept, ended, for the record). */
export async function avslutaDriftmeddelande(db: PrismaClient, aktor: Redigerare | null, id: string, nu = new Date()): Promise<void> {
  authorize(aktor, "innehall.redigera");
  const { count } = await db.driftmeddelande.updateMany({ where: { id, slut: { gt: nu } }, data: { slut: nu } });
  if (count) {
    await db.granskningshandelse.create({
      data: { aktorId: aktor.id, aktorNamn: aktor.name, handling: "drift.avsluta", objektTyp: "drift", objektId: id },
    });
    expireTags(taggar.drift);
  }
}

/** Messages not yet ended, for the staff page. */
export function kommandeDriftmeddelanden(db: PrismaClient, nu = new Date()) {
  return db.driftmeddelande.findMany({ where: { slut: { gt: nu } }, orderBy: { start: "asc" } });
}

/**
 * Messages that have not ended when the list is read, cached under `drift`: each page picks those
 * whose period is on when it is made (`aktuella`), so a cached list never shows an ended one.
 */
export const getDriftmeddelanden = cachad(
  "drift",
  async () =>
    (
      await appDb.driftmeddelande.findMany({
        where: { slut: { gt: new Date() } },
        orderBy: { start: "asc" },
        select: { id: true, text: true, start: true, slut: true },
      })
    ).map((m) => ({ ...m, start: m.start.toISOString(), slut: m.slut.toISOString() })),
  () => [taggar.drift],
);

export function aktuella<T extends { start: string | Date; slut: string | Date }>(lista: T[], nu = new Date()): T[] {
  return lista.filter((m) => new Date(m.start) <= nu && nu < new Date(m.slut));
}
