import { db } from "../db";
import { cachad, taggar, type Tag } from "../cache";
import type { InsatsStatus } from "../db/generated/enums";
import { arForsenad, dag } from "./planering";

// Cached results pass through JSON, so dates travel as ISO strings.

export interface InsatsKort {
  slug: string;
  titel: string;
  beskrivning: string;
  status: InsatsStatus;
  progress: number;
  ansvarigEnhet: string;
  /** "2027-06-30", for arForsenad (lib/insatser/planering.ts). */
  planeradSlut: string | null;
  delinsatser: Omit<InsatsKort, "delinsatser">[];
}

const kortSelect = {
  slug: true,
  titel: true,
  beskrivning: true,
  status: true,
  progress: true,
  ansvarigEnhet: true,
  planeradSlut: true,
} as const;

type Insatsfilter = { programSlug?: string; omradeSlug?: string; skolaSlug?: string };

/** An insats list is part of the page of the programme, area or school it is for. */
function tradensTaggar(filter: Insatsfilter): Tag[] {
  return [
    ...(filter.programSlug ? [taggar.program(filter.programSlug)] : []),
    ...(filter.omradeSlug ? [taggar.omrade(filter.omradeSlug)] : []),
    ...(filter.skolaSlug ? [taggar.skola(filter.skolaSlug)] : []),
  ];
}

/** A card's planned end as its calendar day: a Date does not survive the cache's JSON as one. */
const kort = <T extends { planeradSlut: Date | null }>(k: T) => ({ ...k, planeradSlut: dag(k.planeradSlut) });

/** Top-level insatser (not archived) with their delinsatser, for a programme or an area; every one that concerns a school. */
export const getInsatsTrad = cachad(
  "insats-trad",
  async (filter: Insatsfilter): Promise<InsatsKort[]> => {
    const rader = await db.insats.findMany({
      where: {
        arkiverad: null,
        ...(filter.skolaSlug ? { skolor: { some: { skola: { slug: filter.skolaSlug } } } } : { parentId: null }),
        ...(filter.programSlug ? { program: { slug: filter.programSlug } } : {}),
        ...(filter.omradeSlug ? { forstarkningsomrade: { slug: filter.omradeSlug } } : {}),
      },
      orderBy: [{ ordning: "asc" }, { titel: "asc" }],
      select: {
        ...kortSelect,
        delinsatser: { where: { arkiverad: null }, orderBy: { ordning: "asc" }, select: kortSelect },
      },
    });
    return rader.map((r) => ({ ...kort(r), delinsatser: r.delinsatser.map(kort) }));
  },
  tradensTaggar,
);

export const getInsats = cachad(
  "insats",
  async (slug: string) => {
    const insats = await db.insats.findUnique({
      where: { slug },
      select: {
        ...kortSelect,
        planeradStart: true,
        arkiverad: true,
        andrad: true,
        parent: { select: { slug: true, titel: true } },
        program: { select: { slug: true, namn: true } },
        forstarkningsomrade: { select: { slug: true, namn: true } },
        delinsatser: { where: { arkiverad: null }, orderBy: { ordning: "asc" }, select: kortSelect },
        skolor: { select: { skola: { select: { slug: true, namn: true } } }, orderBy: { skola: { namn: "asc" } } },
        uppdateringar: {
          orderBy: { tidpunkt: "desc" },
          select: {
            id: true,
            tidpunkt: true,
            forfattarNamn: true,
            franStatus: true,
            tillStatus: true,
            franProgress: true,
            tillProgress: true,
            kommentar: true,
          },
        },
      },
    });
    if (!insats) return null;
    return {
      ...insats,
      andrad: insats.andrad.toISOString(),
      planeradStart: dag(insats.planeradStart),
      planeradSlut: dag(insats.planeradSlut),
      arkiverad: insats.arkiverad?.toISOString() ?? null,
      delinsatser: insats.delinsatser.map(kort),
      skolor: insats.skolor.map((s) => s.skola),
      uppdateringar: insats.uppdateringar.map((u) => ({ ...u, tidpunkt: u.tidpunkt.toISOString() })),
    };
  },
  (slug) => [taggar.insats(slug), taggar.insatssidor],
);

export const getSenasteUppdateringar = cachad(
  "senaste-uppdateringar",
  async (antal: number) => {
    const rows = await db.insatsUppdatering.findMany({
      where: { insats: { arkiverad: null } },
      orderBy: { tidpunkt: "desc" },
      take: antal,
      select: {
        id: true,
        tidpunkt: true,
        tillStatus: true,
        tillProgress: true,
        kommentar: true,
        insats: { select: { slug: true, titel: true } },
      },
    });
    return rows.map((r) => ({ ...r, tidpunkt: r.tidpunkt.toISOString() }));
  },
  () => [taggar.uppdateringar],
);

/** Every insats with its history, for the open-data export. Not cached: read on demand. */
export async function getOppnaData() {
  const rows = await db.insats.findMany({
    where: { arkiverad: null },
    orderBy: [{ parentId: { sort: "asc", nulls: "first" } }, { ordning: "asc" }],
    select: {
      ...kortSelect,
      planeradStart: true,
      andrad: true,
      parent: { select: { slug: true } },
      program: { select: { slug: true } },
      forstarkningsomrade: { select: { slug: true } },
      skolor: { select: { skola: { select: { slug: true } } } },
      uppdateringar: {
        orderBy: { tidpunkt: "asc" },
        select: { tidpunkt: true, franStatus: true, tillStatus: true, franProgress: true, tillProgress: true, kommentar: true },
      },
    },
  });
  return rows.map((r) => ({
    id: r.slug,
    titel: r.titel,
    beskrivning: r.beskrivning,
    status: r.status,
    progress: r.progress,
    ansvarigEnhet: r.ansvarigEnhet,
    // The planned period as calendar days, and "Försenad" by the pages' own rule (lib/insatser/planering.ts).
    planeradStart: dag(r.planeradStart),
    planeradSlut: dag(r.planeradSlut),
    forsenad: arForsenad({ status: r.status, planeradSlut: dag(r.planeradSlut) }),
    senastAndrad: r.andrad.toISOString(),
    overordnadInsats: r.parent?.slug ?? null,
    program: r.program?.slug ?? null,
    forstarkningsomrade: r.forstarkningsomrade?.slug ?? null,
    skolor: r.skolor.map((s) => s.skola.slug),
    historik: r.uppdateringar.map((u) => ({ ...u, tidpunkt: u.tidpunkt.toISOString() })),
  }));
}
