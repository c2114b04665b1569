// Loads the förvaltning's content from the seed documents (as the first published version of
// each item editors own; see ./innehall.ts), the insats tree with demo statuses
// and history, the demo schools and (outside production) one demo account per role.
// Idempotent: everything is keyed by slug; history is written only for an insats that has
// none, and an insats's status is never reset once it exists (staff may have changed it).
import type { PrismaClient } from "../../lib/db/generated/client";
import { hashPassword } from "../../lib/auth/password";
import { svensktDatum } from "../../lib/datum";
import { forstarkningsomraden, insatser, program, skolor, type InsatsSeed } from "./content";
import { seedInnehall } from "./innehall";
import { FORSTA_SVARSMALLAR } from "../../lib/synpunkter/svarsmallar";

export const DEMO_PASSWORD = "Demo-lösenord-2026";

export const demoUsers = [
  { email: "admin@demo.grundskoleportalen.test", name: "Alva Admin (demo)", roll: "ADMIN" },
  { email: "redaktor@demo.grundskoleportalen.test", name: "Rasmus Redaktör (demo)", roll: "REDAKTOR" },
  { email: "handlaggare@demo.grundskoleportalen.test", name: "Hanna Handläggare (demo)", roll: "HANDLAGGARE" },
  { email: "rektor@demo.grundskoleportalen.test", name: "Rebecka Rektor (demo)", roll: "REKTOR" },
] as const;

const DAY = 24 * 60 * 60 * 1000;

/** The calendar day (in Sweden) `dagar` days from `now`, as a date column's value. */
function seedDag(now: number, dagar: number): Date {
  return new Date(`${svensktDatum(new Date(now + dagar * DAY))}T00:00:00Z`);
}

/** JSON with object keys sorted: jsonb does not keep the order keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Whether `row` already holds every value in `wanted`: an update would change nothing. */
function same(row: Record<string, unknown>, wanted: Record<string, unknown>): boolean {
  return Object.entries(wanted).every(([k, v]) => canonical(row[k]) === canonical(v));
}

export async function seed(db: PrismaClient, options: { demoUsers: boolean }): Promise<void> {
  const omradeIds = new Map<string, string>();
  for (const o of forstarkningsomraden) {
    const { relateradeLankar, ...fields } = o;
    // Once the area is an editors' item (./innehall.ts), its texts are theirs: only create here.
    const redigerad = (await db.innehall.count({ where: { typ: "forstarkningsomrade", nyckel: o.slug } })) > 0;
    const row = await db.forstarkningsomrade.upsert({
      where: { slug: o.slug },
      create: fields,
      update: redigerad ? { nummer: o.nummer } : fields,
    });
    omradeIds.set(o.slug, row.id);
    if (redigerad) continue;
    for (const [ordning, l] of relateradeLankar.entries()) {
      await db.relateradLank.upsert({
        where: { forstarkningsomradeId_ordning: { forstarkningsomradeId: row.id, ordning } },
        create: { ...l, ordning, forstarkningsomradeId: row.id },
        update: l,
      });
    }
    await db.relateradLank.deleteMany({ where: { forstarkningsomradeId: row.id, ordning: { gte: relateradeLankar.length } } });
  }

  const programIds = new Map<string, string>();
  for (const p of program) {
    const { punkter, delar, ...fields } = p;
    // Once the programme is an editors' item (./innehall.ts), its texts and points are theirs.
    const redigerad = (await db.innehall.count({ where: { typ: "program", nyckel: p.slug } })) > 0;
    const row = await db.program.upsert({ where: { slug: p.slug }, create: fields, update: redigerad ? {} : fields });
    programIds.set(p.slug, row.id);
    const perKategori = new Map<string, number>();
    for (const punkt of punkter) {
      const ordning = perKategori.get(punkt.kategori) ?? 0;
      perKategori.set(punkt.kategori, ordning + 1);
      if (redigerad) continue;
      await db.programPunkt.upsert({
        where: { programId_kategori_ordning: { programId: row.id, kategori: punkt.kategori, ordning } },
        create: { programId: row.id, kategori: punkt.kategori, ordning, text: punkt.text },
        update: { text: punkt.text },
      });
    }
    // Parts, too, are the editors' once the programme is their item.
    for (const [ordning, d] of redigerad ? [] : delar.entries()) {
      await db.programdel.upsert({
        where: { programId_slug: { programId: row.id, slug: d.slug } },
        create: { ...d, ordning, programId: row.id },
        update: { namn: d.namn, beskrivning: d.beskrivning, ordning },
      });
    }
  }

  await seedInnehall(db, { demo: options.demoUsers });

  // Answer templates to start from, once: after that they are the admins' to change or remove.
  if ((await db.svarsmall.count()) === 0) await db.svarsmall.createMany({ data: FORSTA_SVARSMALLAR });

  const skolIds = new Map<string, string>();
  for (const s of skolor) {
    const data = { ...s, demo: true };
    const row = await db.skola.upsert({ where: { slug: s.slug }, create: data, update: data });
    skolIds.set(s.slug, row.id);
  }

  const framtidsrustad = await db.program.findUnique({ where: { slug: "framtidsrustad-skola" }, include: { delar: true } });
  if (framtidsrustad) {
    for (const s of skolor.filter((s) => s.framtidsrustadPilot)) {
      for (const [i, del] of framtidsrustad.delar.sort((a, b) => a.ordning - b.ordning).entries()) {
        const skolaId = skolIds.get(s.slug)!;
        const exists = await db.pilotskolaDel.findUnique({ where: { skolaId_programdelId: { skolaId, programdelId: del.id } } });
        if (!exists) {
          await db.pilotskolaDel.create({
            data: { skolaId, programdelId: del.id, status: i === 0 ? "KLAR" : i === 1 ? "PAGAR" : "EJ_PABORJAD" },
          });
        }
      }
    }
  }

  const now = Date.now();
  async function upsertInsats(i: InsatsSeed, ordning: number, parentId: string | null) {
    const text = {
      titel: i.titel,
      beskrivning: i.beskrivning,
      ansvarigEnhet: i.ansvarigEnhet,
      ordning,
      parentId,
      programId: i.program ? programIds.get(i.program)! : null,
      forstarkningsomradeId: i.forstarkningsomrade ? omradeIds.get(i.forstarkningsomrade)! : null,
    };
    const existing = await db.insats.findUnique({
      where: { slug: i.slug },
      select: {
        id: true,
        titel: true,
        beskrivning: true,
        ansvarigEnhet: true,
        ordning: true,
        parentId: true,
        programId: true,
        forstarkningsomradeId: true,
      },
    });
    // Like the status, a planned period is set once: staff may have moved it since.
    const planerad = i.planerad ? { planeradStart: seedDag(now, i.planerad.start), planeradSlut: seedDag(now, i.planerad.slut) } : {};
    let id: string;
    if (!existing) {
      id = (await db.insats.create({ data: { slug: i.slug, ...text, ...planerad, status: i.status, progress: i.progress, demo: i.demo } }))
        .id;
    } else {
      id = existing.id;
      if (!same(existing, text)) await db.insats.update({ where: { id }, data: text });
      if (i.planerad) await db.insats.updateMany({ where: { id, planeradStart: null, planeradSlut: null }, data: planerad });
    }
    for (const slug of i.skolor ?? []) {
      const skolaId = skolIds.get(slug);
      if (!skolaId) throw new Error(`Insatsen ${i.slug} pekar på okänd skola ${slug}`);
      await db.insatsSkola.upsert({
        where: { insatsId_skolaId: { insatsId: id, skolaId } },
        create: { insatsId: id, skolaId },
        update: {},
      });
    }
    if ((await db.insatsUppdatering.count({ where: { insatsId: id } })) === 0) {
      await db.insatsUppdatering.createMany({
        data: i.historik.map((h) => ({
          insatsId: id,
          tidpunkt: new Date(now - h.dagarSedan * DAY),
          forfattarNamn: h.forfattarNamn,
          franStatus: h.franStatus,
          tillStatus: h.tillStatus,
          franProgress: h.franProgress,
          tillProgress: h.tillProgress,
          kommentar: h.kommentar,
          demo: true,
        })),
      });
    }
    for (const [j, child] of (i.delinsatser ?? []).entries()) await upsertInsats(child, j, id);
  }
  for (const [j, i] of insatser.entries()) await upsertInsats(i, j, null);

  if (options.demoUsers) {
    const rektorSkola = skolor.find((s) => s.framtidsrustadPilot) ?? skolor[0];
    for (const u of demoUsers) {
      const exists = await db.user.findUnique({ where: { email: u.email } });
      if (exists) continue;
      await db.user.create({
        data: {
          ...u,
          demo: true,
          losenordHash: await hashPassword(DEMO_PASSWORD),
          skolaId: u.roll === "REKTOR" ? skolIds.get(rektorSkola.slug)! : null,
        },
      });
    }
  }
}
