// Editing, creating and archiving insatser: for redaktörer and admins, authorized here and
// written to the audit log. Text edits use the same optimistic concurrency as status updates.
import type { PrismaClient } from "../db/generated/client";
import { authorize, type Aktor } from "../auth/permissions";
import { expireTags } from "../cache";
import { slugify } from "../slug";
import type { NyInsats, Redigering } from "./schema";
import { insatsensTaggar } from "./taggar";

type Redaktor = (Aktor & { name: string }) | null;

/** "2027-06-30" as a date column's value; undefined leaves the column as it is. */
const datumkolumn = (d: string | null | undefined) => (d ? new Date(`${d}T00:00:00Z`) : d);

export async function redigeraInsats(db: PrismaClient, aktor: Redaktor, slug: string, data: Redigering) {
  authorize(aktor, "insats.redigera");
  const insats = await db.insats.findUnique({ where: { slug }, select: { id: true } });
  if (!insats) return { ok: false as const, orsak: "finns-inte" as const };
  const skolor = await db.skola.findMany({ where: { id: { in: data.skolor } }, select: { id: true } });
  if (skolor.length !== new Set(data.skolor).size) return { ok: false as const, orsak: "okand-skola" as const };
  const utfall = await db.$transaction(async (tx) => {
    const { count } = await tx.insats.updateMany({
      where: { id: insats.id, version: data.version },
      data: {
        titel: data.titel,
        beskrivning: data.beskrivning,
        ansvarigEnhet: data.ansvarigEnhet,
        planeradStart: datumkolumn(data.planeradStart),
        planeradSlut: datumkolumn(data.planeradSlut),
        version: { increment: 1 },
      },
    });
    if (count === 0) return { ok: false as const, orsak: "konflikt" as const };
    // The schools it leaves show it until now; its delinsatser show its title.
    const fore = await insatsensTaggar(tx, slug, true);
    await tx.insatsSkola.deleteMany({ where: { insatsId: insats.id } });
    await tx.insatsSkola.createMany({ data: skolor.map((s) => ({ insatsId: insats.id, skolaId: s.id })) });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "insats.redigera",
        objektTyp: "insats",
        objektId: slug,
        data: { titel: data.titel, planeradStart: data.planeradStart, planeradSlut: data.planeradSlut, skolor: data.skolor.length },
      },
    });
    return { ok: true as const, taggar: [...fore, ...(await insatsensTaggar(tx, slug))] };
  });
  if (!utfall.ok) return utfall;
  expireTags(...utfall.taggar);
  return { ok: true as const };
}

export async function skapaInsats(db: PrismaClient, aktor: Redaktor, data: NyInsats) {
  authorize(aktor, "insats.redigera");
  const parent = data.parent
    ? await db.insats.findUnique({ where: { slug: data.parent }, select: { id: true, programId: true, forstarkningsomradeId: true } })
    : null;
  if (data.parent && !parent) return { ok: false as const, orsak: "okand-overordnad" as const };
  let bas = slugify(data.titel).slice(0, 80) || "insats";
  if (bas === "ny") bas = "ny-insats"; // "ny" is the address of the create page itself
  let slug = bas;
  for (let i = 2; await db.insats.findUnique({ where: { slug }, select: { id: true } }); i++) slug = `${bas}-${i}`;
  const utgangna = await db.$transaction(async (tx) => {
    const ordning = await tx.insats.count({ where: { parentId: parent?.id ?? null } });
    const ny = await tx.insats.create({
      data: {
        slug,
        agareId: aktor.id, // the creator owns it; "Granska senast" defaults to today + 12 months (lib/agare)
        titel: data.titel,
        beskrivning: data.beskrivning,
        ansvarigEnhet: data.ansvarigEnhet,
        ordning,
        parentId: parent?.id ?? null,
        programId: parent?.programId ?? null,
        forstarkningsomradeId: parent?.forstarkningsomradeId ?? null,
      },
    });
    await tx.insatsUppdatering.create({
      data: {
        insatsId: ny.id,
        forfattareId: aktor.id,
        forfattarNamn: aktor.name,
        tillStatus: "PLANERAD",
        tillProgress: 0,
        kommentar: "Insatsen är beslutad och planerad.",
      },
    });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "insats.skapa",
        objektTyp: "insats",
        objektId: slug,
        data: { parent: data.parent ?? null },
      },
    });
    return insatsensTaggar(tx, slug);
  });
  expireTags(...utgangna);
  return { ok: true as const, slug };
}

/** Archived insatser leave the public lists; their page stays, marked as archived. */
export async function arkiveraInsats(db: PrismaClient, aktor: Redaktor, slug: string) {
  authorize(aktor, "insats.redigera");
  const utfall = await db.$transaction(async (tx) => {
    const { count } = await tx.insats.updateMany({
      where: { slug, arkiverad: null },
      data: { arkiverad: new Date(), version: { increment: 1 } },
    });
    if (count === 0) return { ok: false as const };
    await tx.granskningshandelse.create({
      data: { aktorId: aktor.id, aktorNamn: aktor.name, handling: "insats.arkivera", objektTyp: "insats", objektId: slug },
    });
    return { ok: true as const, taggar: await insatsensTaggar(tx, slug) };
  });
  if (!utfall.ok) return utfall;
  expireTags(...utfall.taggar);
  return { ok: true as const };
}
