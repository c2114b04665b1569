import type { PrismaClient } from "../db/generated/client";

/** One background job: what it is, how often it runs, and the work. Listed in lib/jobb/index.ts. */
export interface Jobb {
  /** Stable identifier: the key of its row in Jobbkorning and of its advisory lock. */
  namn: string;
  /** What the job does, in Swedish, for the admins' page. */
  beskrivning: string;
  /** Seconds between runs; null runs it only once, after `forstaKorningEfterSekunder`. */
  intervallSekunder: number | null;
  /** An extra first run this long after start; without it the first run is one interval in. */
  forstaKorningEfterSekunder?: number;
  /** Runs on one instance at a time (a PostgreSQL advisory lock); the others skip that round. */
  enGangOverInstanser: boolean;
  /** The work. A returned text is kept as the run's message. */
  kor(db: PrismaClient): Promise<string | void>;
}

function tidrymd(sekunder: number): string {
  if (sekunder % 86400 === 0) return sekunder === 86400 ? "en gång om dygnet" : `var ${sekunder / 86400}:e dygn`;
  if (sekunder % 3600 === 0) return sekunder === 3600 ? "en gång i timmen" : `var ${sekunder / 3600}:e timme`;
  if (sekunder % 60 === 0) return sekunder === 60 ? "en gång i minuten" : `var ${sekunder / 60}:e minut`;
  return sekunder === 1 ? "varje sekund" : `var ${sekunder}:e sekund`;
}

function efter(sekunder: number): string {
  if (sekunder === 0) return "vid start";
  if (sekunder % 60 === 0) return `${sekunder / 60} ${sekunder === 60 ? "minut" : "minuter"} efter start`;
  return `${sekunder} ${sekunder === 1 ? "sekund" : "sekunder"} efter start`;
}

/** How often a job runs, in Swedish: "en gång om dygnet, och 10 minuter efter start". */
export function hurOfta(jobb: Pick<Jobb, "intervallSekunder" | "forstaKorningEfterSekunder">): string {
  const forsta = jobb.forstaKorningEfterSekunder;
  if (jobb.intervallSekunder === null) return forsta === undefined ? "aldrig" : `en gång, ${efter(forsta)}`;
  const rytm = tidrymd(jobb.intervallSekunder);
  return forsta === undefined ? rytm : `${rytm}, och ${efter(forsta)}`;
}
