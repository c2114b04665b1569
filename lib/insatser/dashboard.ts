// What the staff dashboard reads: always live from the database, never from the public cache.
import { db } from "../db";
import type { InsatsStatus } from "../db/generated/enums";
import type { Insatsfilter } from "./schema";

/** An insats with no update for this many days counts as stale on the overview. */
export const INAKTUELL_EFTER_DAGAR = Number(process.env.INSATS_INAKTUELL_DAGAR ?? 90);

export async function statusPerGrupp() {
  const [omraden, program, rader] = await Promise.all([
    db.forstarkningsomrade.findMany({ select: { id: true, namn: true }, orderBy: { nummer: "asc" } }),
    db.program.findMany({ select: { id: true, namn: true }, orderBy: { namn: "asc" } }),
    db.insats.groupBy({
      by: ["forstarkningsomradeId", "programId", "status"],
      where: { arkiverad: null },
      _count: { _all: true },
    }),
  ]);
  const rakna = (match: (r: (typeof rader)[number]) => boolean) => {
    const ut: Record<InsatsStatus, number> = { PLANERAD: 0, PAGAR: 0, PAUSAD: 0, KLAR: 0 };
    for (const r of rader) if (match(r)) ut[r.status] += r._count._all;
    return ut;
  };
  return [
    ...omraden.map((o) => ({ namn: o.namn, antal: rakna((r) => r.forstarkningsomradeId === o.id) })),
    ...program.map((p) => ({ namn: p.namn, antal: rakna((r) => r.programId === p.id) })),
  ];
}

export function senasteUppdateringar(antal = 10) {
  return db.insatsUppdatering.findMany({
    orderBy: { tidpunkt: "desc" },
    take: antal,
    select: {
      id: true,
      tidpunkt: true,
      forfattarNamn: true,
      tillStatus: true,
      tillProgress: true,
      insats: { select: { slug: true, titel: true } },
    },
  });
}

export function inaktuellaInsatser(nu = new Date()) {
  const grans = new Date(nu.getTime() - INAKTUELL_EFTER_DAGAR * 24 * 60 * 60 * 1000);
  return db.insats.findMany({
    where: { arkiverad: null, status: { in: ["PLANERAD", "PAGAR"] }, uppdateringar: { none: { tidpunkt: { gte: grans } } } },
    orderBy: { titel: "asc" },
    select: { slug: true, titel: true, status: true, ansvarigEnhet: true },
  });
}

export function oppnaSynpunkter() {
  return db.synpunkt.count({ where: { status: { in: ["MOTTAGEN", "UNDER_HANDLAGGNING"] } } });
}

export function insatslista(filter: Insatsfilter) {
  return db.insats.findMany({
    where: {
      arkiverad: null,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.omrade ? { forstarkningsomrade: { slug: filter.omrade } } : {}),
      ...(filter.program ? { program: { slug: filter.program } } : {}),
      ...(filter.skola ? { skolor: { some: { skola: { slug: filter.skola } } } } : {}),
      ...(filter.ansvarig ? { ansvarigEnhet: filter.ansvarig } : {}),
      ...(filter.q
        ? {
            OR: [
              { titel: { contains: filter.q, mode: "insensitive" as const } },
              { beskrivning: { contains: filter.q, mode: "insensitive" as const } },
            ],
          }
        : {}),
    },
    orderBy: [{ andrad: "desc" }],
    take: 200,
    select: {
      slug: true,
      titel: true,
      status: true,
      progress: true,
      ansvarigEnhet: true,
      andrad: true,
      planeradSlut: true,
      parent: { select: { titel: true } },
      skolor: { select: { skolaId: true } },
    },
  });
}

export async function filterval() {
  const [omraden, program, skolor, enheter] = await Promise.all([
    db.forstarkningsomrade.findMany({ select: { slug: true, namn: true }, orderBy: { nummer: "asc" } }),
    db.program.findMany({ select: { slug: true, namn: true }, orderBy: { namn: "asc" } }),
    db.skola.findMany({ select: { slug: true, namn: true }, orderBy: { namn: "asc" } }),
    db.insats.findMany({ distinct: ["ansvarigEnhet"], select: { ansvarigEnhet: true }, orderBy: { ansvarigEnhet: "asc" } }),
  ]);
  return { omraden, program, skolor, enheter: enheter.map((e) => e.ansvarigEnhet) };
}

export function insatsForRedigering(slug: string) {
  return db.insats.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      titel: true,
      beskrivning: true,
      status: true,
      progress: true,
      version: true,
      ansvarigEnhet: true,
      planeradStart: true,
      planeradSlut: true,
      arkiverad: true,
      skolor: { select: { skolaId: true, skola: { select: { namn: true } } } },
      uppdateringar: {
        orderBy: { tidpunkt: "desc" },
        take: 20,
        select: { id: true, tidpunkt: true, forfattarNamn: true, franStatus: true, tillStatus: true, tillProgress: true, kommentar: true },
      },
    },
  });
}

export function granskningslogg(antal = 100) {
  return db.granskningshandelse.findMany({ orderBy: { tidpunkt: "desc" }, take: antal });
}
