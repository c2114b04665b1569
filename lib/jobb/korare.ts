// Starts the jobs of lib/jobb/index.ts and records each run in Jobbkorning.
import pg from "pg";
import type { PrismaClient } from "../db/generated/client";
import { logger } from "../logger";
import type { Jobb } from "./deklaration";

/** The first key of the jobs' advisory locks (the second is a hash of the name): apart from any other lock. */
const LASKLASS = 0x6a6f6262; // "jobb"
const MEDDELANDE_MAX = 500;

export type Korningsutfall = "ok" | "fel" | "upptaget";

async function registrera(db: PrismaClient, jobb: Jobb, startad: Date, resultat: "ok" | "fel", meddelande: string | null) {
  const klar = new Date();
  const rad = {
    startad,
    klar,
    resultat,
    meddelande: meddelande?.slice(0, MEDDELANDE_MAX) ?? null,
    millisekunder: klar.getTime() - startad.getTime(),
  };
  const fel = resultat === "fel" ? { senasteFel: klar, senasteFelmeddelande: rad.meddelande } : {};
  await db.jobbkorning.upsert({ where: { namn: jobb.namn }, create: { namn: jobb.namn, ...rad, ...fel }, update: { ...rad, ...fel } });
}

async function korOchRegistrera(db: PrismaClient, jobb: Jobb): Promise<"ok" | "fel"> {
  const startad = new Date();
  let resultat: "ok" | "fel" = "ok";
  let meddelande: string | null = null;
  try {
    meddelande = (await jobb.kor(db)) || null;
  } catch (error) {
    resultat = "fel";
    meddelande = (error as Error).message || String(error);
    logger.error({ handelse: "jobb.fel", jobb: jobb.namn, err: meddelande }, `Bakgrundsjobbet ${jobb.namn} misslyckades`);
  }
  // A run that cannot be recorded (the database is down) has still run; the job's own log says how.
  await registrera(db, jobb, startad, resultat, meddelande).catch((e) =>
    logger.warn({ handelse: "jobb.registrering", jobb: jobb.namn, err: (e as Error).message }, "Kunde inte registrera jobbets körning"),
  );
  return resultat;
}

/**
 * One run of one job, recorded. A job for one instance at a time first takes its advisory lock
 * on a connection of its own (not one of the pool's, which the job needs), and skips the round
 * when another instance holds it; the lock goes with the connection, also if this process dies.
 */
export async function korJobb(db: PrismaClient, jobb: Jobb, databasUrl: string): Promise<Korningsutfall> {
  if (!jobb.enGangOverInstanser) return korOchRegistrera(db, jobb);
  const las = new pg.Client({ connectionString: databasUrl });
  las.on("error", () => {});
  try {
    await las.connect();
    const { rows } = await las.query<{ fick: boolean }>("SELECT pg_try_advisory_lock($1, hashtext($2)) AS fick", [LASKLASS, jobb.namn]);
    if (!rows[0].fick) return "upptaget";
  } catch (error) {
    await las.end().catch(() => {});
    logger.error(
      { handelse: "jobb.fel", jobb: jobb.namn, err: (error as Error).message },
      `Bakgrundsjobbet ${jobb.namn} kunde inte starta`,
    );
    return "fel";
  }
  try {
    return await korOchRegistrera(db, jobb);
  } finally {
    await las.query("SELECT pg_advisory_unlock($1, hashtext($2))", [LASKLASS, jobb.namn]).catch(() => {});
    await las.end().catch(() => {});
  }
}

/**
 * Starts every job's timers (unref'd, so they never keep the process alive); a job whose last run
 * has not ended skips the round. Nothing starts with BAKGRUNDSJOBB=av. Returns a stop function.
 */
export function startaJobb(db: PrismaClient, lista: readonly Jobb[], databasUrl: string): () => void {
  if (process.env.BAKGRUNDSJOBB === "av") return () => {};
  const timers: NodeJS.Timeout[] = [];
  for (const jobb of lista) {
    let pagar = false;
    const kor = () => {
      if (pagar) return;
      pagar = true;
      void korJobb(db, jobb, databasUrl).finally(() => (pagar = false));
    };
    if (jobb.forstaKorningEfterSekunder !== undefined) timers.push(setTimeout(kor, jobb.forstaKorningEfterSekunder * 1000).unref());
    if (jobb.intervallSekunder !== null) timers.push(setInterval(kor, jobb.intervallSekunder * 1000).unref());
  }
  return () => timers.forEach((t) => clearTimeout(t));
}

/** Every job with its recorded run, in the list's order, for the admins' page. */
export async function jobbMedKorningar(db: PrismaClient, lista: readonly Jobb[]) {
  const rader = await db.jobbkorning.findMany({ where: { namn: { in: lista.map((j) => j.namn) } } });
  return lista.map((jobb) => ({ jobb, korning: rader.find((r) => r.namn === jobb.namn) ?? null }));
}
