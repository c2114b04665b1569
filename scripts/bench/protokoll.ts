// What the orchestrator and the load generator (last.ts) say to each other over IPC.

export type Kommando =
  /**
   * Plain GET load: autocannon for `sekunder` seconds. With `slumpaFran`, every request goes to
   * that path followed by a word of random letters never asked for before (a search nobody made).
   */
  | {
      typ: "last";
      url: string;
      anslutningar: number;
      sekunder: number;
      headers?: Record<string, string>;
      slumpaFran?: string;
      /** Another method than GET, with this body (the page-view counter's beacon). */
      metod?: "POST";
      kropp?: string;
    }
  /** A day's mix of requests arriving at random (open loop), see Profil. */
  | { typ: "profil"; profil: Profil }
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

/**
 * An open-loop profile: requests arrive at random (a Poisson process) at `perSekund` for
 * `sekunder`, whether or not earlier ones have been answered, as visitors do; each is timed from
 * the moment it was due, so a queue shows in the figures. Each arrival is one of the kinds, by
 * weight. A "sok-svans" kind asks for a query nobody asked before; an "inskick" kind loads
 * /kontakt and posts the form, timed together.
 */
export interface Profil {
  bas: string;
  perSekund: number;
  sekunder: number;
  /** At most this many requests in flight; an arrival beyond it counts as an error. */
  maxSamtidiga: number;
  /** The headers a browser sends with the page-view beacon. */
  besokHeaders: Record<string, string>;
  slag: ProfilSlag[];
  skolor: string[];
}

export interface ProfilSlag {
  namn: string;
  vikt: number;
  /** One of these paths at random, or (kind "sok-svans") a path prefix for a random word. */
  sokvagar: string[];
  satt: "hamta" | "sok-svans" | "inskick" | "rakning";
  /** After a page view answered 200, the beacon a browser with JavaScript sends (POST /api/besok), timed as kind "rakning". */
  rakna?: boolean;
}

export interface ProfilUtfall {
  namn: string;
  antal: number;
  /** Answers with another status than expected (200, or 303 to the receipt for a post). */
  fel: number;
  /** Connection errors and timeouts. */
  natfel: number;
  /** Arrivals not sent because maxSamtidiga were already in flight (the load generator's own limit). */
  trangda: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface Profilresultat {
  sekunder: number;
  ankomster: number;
  perSekundUppnatt: number;
  slag: ProfilUtfall[];
  /** The receipts' keys of the accepted posts, to be found in the database. */
  nycklar: string[];
  statuskoder: Record<string, number>;
}

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
