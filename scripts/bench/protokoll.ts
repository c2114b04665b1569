// What the orchestrator and the load generator (last.ts) say to each other over IPC.

export type Kommando =
  /** Plain GET load: autocannon for `sekunder` seconds. */
  | { typ: "last"; url: string; anslutningar: number; sekunder: number; headers?: Record<string, string> }
  /**
   * The contact form posted as a browser without JavaScript posts it (multipart/form-data with
   * React's hidden action fields), `antal` posts in all over `anslutningar` connections, each
   * from a form load of its own (its own key and signed start time).
   */
  | {
      typ: "formular";
      url: string;
      anslutningar: number;
      antal: number;
      /** One load's hidden fields per post, as the page rendered them ($ACTION_…, idempotensnyckel, startad). */
      formular: Record<string, string>[];
      skolor: string[];
    }
  /** `antal` GETs one after another, each timed from request to the last byte. */
  | { typ: "sekventiell"; url: string; antal: number; cookie?: string; maste?: string };

import type { Cpuandel } from "./cpu";

export interface Lastresultat {
  /** Completed requests per second over the run. */
  rps: number;
  p50: number;
  p99: number;
  totalt: number;
  non2xx: number;
  fel: number;
  timeouts: number;
  sekunder: number;
  /** Filled in by the orchestrator: CPU spent by the app and the database during the run. */
  cpu?: Cpuandel | null;
}

export interface Formularresultat {
  /** Posts answered with 303 to the receipt page, per second over the run. */
  accepteradePerSekund: number;
  accepterade: number;
  /** The idempotency keys of the accepted posts (from the receipt page's address). */
  nycklar: string[];
  /** Every answer by status code; a 200 is the form shown again with an error. */
  statuskoder: Record<string, number>;
  fel: number;
  timeouts: number;
  sekunder: number;
  p50: number;
  p99: number;
}

export interface Sekventiellt {
  ms: number[];
  status: number[];
  bytes: number;
  /** Whether every body contained `maste`. */
  innehallOk: boolean;
}

export type Svar<T = unknown> = { id: number; ok: true; resultat: T } | { id: number; ok: false; fel: string };
