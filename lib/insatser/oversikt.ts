// "Så går det": how the insatser are going, in four sets of figures. Every count is made by
// PostgreSQL (GROUP BY), so only a few dozen numbers come to Node however long the history grows.
// Archived insatser are left out everywhere, as on the other public pages.
import type { PrismaClient } from "../db/generated/client";
import type { InsatsStatus, PilotstegStatus, Stadsomrade } from "../db/generated/enums";
import { db as appDb } from "../db";
import { cachad, taggar } from "../cache";
import { dygnetsBorjan, flyttaManad, manaderFram, svensktDatum } from "../datum";
import { PILOTSTEG, stadsomraden } from "../skolor";
import { arForsenad, dag } from "./planering";

/** Statuses in the order the charts stack them: done first, so the bars read as progress. */
export const STATUSORDNING: InsatsStatus[] = ["KLAR", "PAGAR", "PAUSAD", "PLANERAD"];
/** Months shown in the timeline, up to and including the current one. */
export const TIDSLINJE_MANADER = 24;

export type Statusantal = Record<InsatsStatus, number>;
export type Pilotantal = Record<PilotstegStatus, number>;

export interface SaGarDet {
  /** All insatser that are not archived, by status. */
  totalt: Statusantal;
  /** One row per förstärkningsområde in its order, and last the insatser outside any (slug null). */
  perOmrade: { slug: string | null; namn: string; antal: Statusantal }[];
  /** Status changes per month (Swedish time), oldest first, by the status changed to. */
  perManad: { manad: string; antal: Statusantal }[];
  /** Insatser that concern at least one school in the stadsområde. */
  perStadsomrade: { stadsomrade: Stadsomrade; namn: string; skolor: number; antal: Statusantal }[];
  /** Insatser past their planned end and not done (lib/insatser/planering.ts), the latest planned end first. */
  forsenade: { slug: string; titel: string; planeradSlut: string }[];
  /** Framtidsrustad skola: the pilot schools' step in each part of the programme. */
  pilot: { skolor: number; delar: { slug: string; namn: string; antal: Pilotantal }[] };
}

const nollor = (): Statusantal => ({ KLAR: 0, PAGAR: 0, PAUSAD: 0, PLANERAD: 0 });

export async function saGarDet(db: PrismaClient, nu = new Date()): Promise<SaGarDet> {
  const sistaManad = svensktDatum(nu).slice(0, 7);
  const manader = manaderFram(sistaManad, TIDSLINJE_MANADER);

  const [omraden, perOmrade, perManad, perStadsomrade, skolor, delar, pilotskolor, pilotsteg, planerade] = await Promise.all([
    db.forstarkningsomrade.findMany({ select: { id: true, slug: true, namn: true }, orderBy: { nummer: "asc" } }),
    db.insats.groupBy({ by: ["forstarkningsomradeId", "status"], where: { arkiverad: null }, _count: { _all: true } }),
    // A status change is a history entry whose status differs from the one before; a new insats's
    // first entry (from nothing) counts as a change to its first status.
    db.$queryRaw<{ manad: string; status: InsatsStatus; antal: number }[]>`
      SELECT to_char(date_trunc('month', (u.tidpunkt AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Stockholm'), 'YYYY-MM') AS manad,
             u."tillStatus"::text AS status, count(*)::int AS antal
        FROM "InsatsUppdatering" u JOIN "Insats" i ON i.id = u."insatsId"
       WHERE i.arkiverad IS NULL AND u."franStatus" IS DISTINCT FROM u."tillStatus"
         AND u.tidpunkt >= ${dygnetsBorjan(`${manader[0]}-01`)}
         AND u.tidpunkt < ${dygnetsBorjan(`${flyttaManad(sistaManad, 1)}-01`)}
       GROUP BY 1, 2`,
    // An insats has one status, so counting it once per status and stadsområde counts it once
    // per stadsområde, however many of the area's schools it concerns.
    db.$queryRaw<{ stadsomrade: Stadsomrade; status: InsatsStatus; antal: number }[]>`
      SELECT s.stadsomrade::text AS stadsomrade, i.status::text AS status, count(DISTINCT i.id)::int AS antal
        FROM "Skola" s
        JOIN "InsatsSkola" x ON x."skolaId" = s.id
        JOIN "Insats" i ON i.id = x."insatsId" AND i.arkiverad IS NULL
       GROUP BY 1, 2`,
    db.skola.groupBy({ by: ["stadsomrade"], _count: { _all: true } }),
    db.programdel.findMany({
      where: { program: { slug: "framtidsrustad-skola" } },
      select: { id: true, slug: true, namn: true },
      orderBy: { ordning: "asc" },
    }),
    db.skola.count({ where: { framtidsrustadPilot: true } }),
    // A pilot school without a row for a part has not begun it.
    db.$queryRaw<{ programdelId: string; status: PilotstegStatus; antal: number }[]>`
      SELECT d.id AS "programdelId", coalesce(p.status::text, 'EJ_PABORJAD') AS status, count(*)::int AS antal
        FROM "Programdel" d
        JOIN "Program" pr ON pr.id = d."programId" AND pr.slug = 'framtidsrustad-skola'
       CROSS JOIN "Skola" s
        LEFT JOIN "PilotskolaDel" p ON p."skolaId" = s.id AND p."programdelId" = d.id
       WHERE s."framtidsrustadPilot"
       GROUP BY 1, 2`,
    // Only those that can be late; whether they are is planering.ts's rule alone.
    db.insats.findMany({
      where: { arkiverad: null, status: { not: "KLAR" }, planeradSlut: { not: null } },
      select: { slug: true, titel: true, status: true, planeradSlut: true },
      orderBy: [{ planeradSlut: "desc" }, { titel: "asc" }],
    }),
  ]);

  const totalt = nollor();
  const omradesrader = new Map<string | null, Statusantal>([...omraden.map((o) => [o.id, nollor()] as const), [null, nollor()]]);
  for (const r of perOmrade) {
    totalt[r.status] += r._count._all;
    omradesrader.get(r.forstarkningsomradeId)![r.status] += r._count._all;
  }
  const manadsrader = new Map(manader.map((m) => [m, nollor()]));
  for (const r of perManad) {
    const rad = manadsrader.get(r.manad);
    if (rad) rad[r.status] += r.antal;
  }
  const stadsomradesrader = (Object.keys(stadsomraden) as Stadsomrade[]).map((s) => ({
    stadsomrade: s,
    namn: stadsomraden[s],
    skolor: skolor.find((k) => k.stadsomrade === s)?._count._all ?? 0,
    antal: nollor(),
  }));
  for (const r of perStadsomrade) stadsomradesrader.find((s) => s.stadsomrade === r.stadsomrade)!.antal[r.status] += r.antal;

  return {
    totalt,
    perOmrade: [
      ...omraden.map((o) => ({ slug: o.slug, namn: o.namn, antal: omradesrader.get(o.id)! })),
      { slug: null, namn: "Utanför förstärkningsområdena", antal: omradesrader.get(null)! },
    ],
    perManad: manader.map((manad) => ({ manad, antal: manadsrader.get(manad)! })),
    perStadsomrade: stadsomradesrader,
    forsenade: planerade
      .map((i) => ({ slug: i.slug, titel: i.titel, status: i.status, planeradSlut: dag(i.planeradSlut)! }))
      .filter((i) => arForsenad(i, nu))
      .map(({ slug, titel, planeradSlut }) => ({ slug, titel, planeradSlut })),
    pilot: {
      skolor: pilotskolor,
      delar: delar.map((d) => ({
        slug: d.slug,
        namn: d.namn,
        antal: Object.fromEntries(
          PILOTSTEG.map((steg) => [steg, pilotsteg.find((p) => p.programdelId === d.id && p.status === steg)?.antal ?? 0]),
        ) as Pilotantal,
      })),
    },
  };
}

/** The public page's and the open data's figures, until a staff change expires a tag. */
export const getSaGarDet = cachad(
  "sa-gar-det",
  () => saGarDet(appDb),
  () => [taggar.sagardet],
);
