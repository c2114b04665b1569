// Which schools are Framtidsrustad skola's pilot schools, and how far each has come through the
// project's parts. For redaktörer and admins; every change is in the audit log.
import { z } from "zod";
import { expireTags, taggar } from "@/lib/cache";
import { text } from "@/lib/text";
import type { PrismaClient } from "../db/generated/client";
import { authorize, type Aktor } from "../auth/permissions";

export const PILOTSTEG = ["EJ_PABORJAD", "PAGAR", "KLAR"] as const;
export const pilotstegEtikett: Record<(typeof PILOTSTEG)[number], string> = { EJ_PABORJAD: "Inte påbörjad", PAGAR: "Pågår", KLAR: "Klar" };

/** The form for one pilot school: a status per programdel, keyed by the part's slug. */
export const pilotstegSchema = z.record(text().regex(/^[a-z0-9-]{1,100}$/), z.enum(PILOTSTEG, { error: "Välj en status för varje del." }));

type Redaktor = (Aktor & { name: string }) | null;

async function framtidsrustadDelar(db: PrismaClient) {
  return db.programdel.findMany({
    where: { program: { slug: "framtidsrustad-skola" } },
    select: { id: true, slug: true },
    orderBy: { ordning: "asc" },
  });
}

export async function sattPilot(db: PrismaClient, aktor: Redaktor, skolaSlug: string, pilot: boolean) {
  authorize(aktor, "pilot.hantera");
  const skola = await db.skola.findUnique({ where: { slug: skolaSlug }, select: { id: true } });
  if (!skola) return { ok: false as const };
  const delar = await framtidsrustadDelar(db);
  await db.$transaction(async (tx) => {
    await tx.skola.update({ where: { id: skola.id }, data: { framtidsrustadPilot: pilot } });
    if (pilot) {
      await tx.pilotskolaDel.createMany({ data: delar.map((d) => ({ skolaId: skola.id, programdelId: d.id })), skipDuplicates: true });
    }
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: pilot ? "pilot.lagg-till" : "pilot.ta-bort",
        objektTyp: "skola",
        objektId: skolaSlug,
      },
    });
  });
  // The school's page, the pilot filter and Framtidsrustad skola's list of pilot schools, "Så går det".
  expireTags(taggar.skola(skolaSlug), taggar.skollista, taggar.sagardet);
  return { ok: true as const };
}

export async function sattPilotsteg(db: PrismaClient, aktor: Redaktor, skolaSlug: string, steg: z.infer<typeof pilotstegSchema>) {
  authorize(aktor, "pilot.hantera");
  const skola = await db.skola.findUnique({ where: { slug: skolaSlug }, select: { id: true, framtidsrustadPilot: true } });
  if (!skola?.framtidsrustadPilot) return { ok: false as const, fel: "Skolan är inte pilotskola." };
  const delar = await framtidsrustadDelar(db);
  const okanda = Object.keys(steg).filter((slug) => !delar.some((d) => d.slug === slug));
  if (okanda.length > 0) return { ok: false as const, fel: "Formuläret innehåller en del som inte finns. Ladda om sidan." };
  await db.$transaction(async (tx) => {
    for (const d of delar) {
      const status = steg[d.slug];
      if (!status) continue;
      await tx.pilotskolaDel.upsert({
        where: { skolaId_programdelId: { skolaId: skola.id, programdelId: d.id } },
        create: { skolaId: skola.id, programdelId: d.id, status },
        update: { status },
      });
    }
    await tx.granskningshandelse.create({
      data: { aktorId: aktor.id, aktorNamn: aktor.name, handling: "pilot.steg", objektTyp: "skola", objektId: skolaSlug, data: steg },
    });
  });
  expireTags(taggar.skola(skolaSlug), taggar.sagardet);
  return { ok: true as const };
}

export async function pilotoversikt(db: PrismaClient) {
  const [skolor, delar] = await Promise.all([
    db.skola.findMany({
      orderBy: { namn: "asc" },
      select: {
        slug: true,
        namn: true,
        framtidsrustadPilot: true,
        pilotsteg: { select: { status: true, programdel: { select: { slug: true } } } },
      },
    }),
    db.programdel.findMany({
      where: { program: { slug: "framtidsrustad-skola" } },
      select: { slug: true, namn: true },
      orderBy: { ordning: "asc" },
    }),
  ]);
  return { pilotskolor: skolor.filter((s) => s.framtidsrustadPilot), ovriga: skolor.filter((s) => !s.framtidsrustadPilot), delar };
}
