// How the time to first answer is spread: the answered cases counted per interval, by PostgreSQL
// (width_bucket), for the statistics page's histogram. The period is the one statistik() uses.
import { Prisma, type PrismaClient } from "../db/generated/client";
import { authorize, type Aktor } from "../auth/permissions";
import { dygnetsBorjan, dygnetsSlut } from "../datum";
import type { Period } from "./statistik";

const H = 3600;
const DYGN = 24 * H;

/** The intervals' lower bounds in seconds; the first interval starts at 0, the last has no end. */
export const LEDTIDSGRANSER = [H, 4 * H, DYGN, 2 * DYGN, 5 * DYGN, 10 * DYGN];
export const LEDTIDSKORGAR = [
  { nyckel: "under-1-timme", etikett: "Inom 1 timme", axel: ["Inom", "1 timme"] },
  { nyckel: "1-4-timmar", etikett: "1–4 timmar", axel: ["1–4", "timmar"] },
  { nyckel: "4-24-timmar", etikett: "4–24 timmar", axel: ["4–24", "timmar"] },
  { nyckel: "1-2-dygn", etikett: "1–2 dygn", axel: ["1–2", "dygn"] },
  { nyckel: "2-5-dygn", etikett: "2–5 dygn", axel: ["2–5", "dygn"] },
  { nyckel: "5-10-dygn", etikett: "5–10 dygn", axel: ["5–10", "dygn"] },
  { nyckel: "over-10-dygn", etikett: "Mer än 10 dygn", axel: ["Mer än", "10 dygn"] },
] as const;

export type Ledtidsfordelning = ((typeof LEDTIDSKORGAR)[number] & { antal: number })[];

export async function ledtidsfordelning(db: PrismaClient, aktor: Aktor | null, p: Period): Promise<Ledtidsfordelning> {
  authorize(aktor, "synpunkt.statistik");
  const villkor = [Prisma.sql`"forstaSvar" IS NOT NULL`];
  if (p.fran) villkor.push(Prisma.sql`skapad >= ${dygnetsBorjan(p.fran)}`);
  if (p.till) villkor.push(Prisma.sql`skapad < ${dygnetsSlut(p.till)}`);
  const rader = await db.$queryRaw<{ korg: number; antal: number }[]>`
    SELECT width_bucket(extract(epoch FROM "forstaSvar" - skapad)::float8, ${LEDTIDSGRANSER}::float8[])::int AS korg, count(*)::int AS antal
      FROM "Synpunkt" WHERE ${Prisma.join(villkor, " AND ")}
     GROUP BY 1`;
  return LEDTIDSKORGAR.map((k, i) => ({ ...k, antal: rader.find((r) => r.korg === i)?.antal ?? 0 }));
}
