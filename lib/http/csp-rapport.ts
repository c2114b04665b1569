// Violation reports from browsers (the policy's report-uri and report-to, runtime/csp.mjs).
// Anyone can post here, so a report is small, counted per client, and logged as a few plain
// fields: which rule stopped what, and on which page (its path only, private keys masked).
import { z } from "zod";

/** A report is well under 2 KB; a browser's batch of several fits with room to spare. */
export const MAX_RAPPORT_BYTES = 16 * 1024;
/** Reports per client address and minute; a page with a real problem sends a few, not hundreds. */
export const RAPPORTER_PER_MINUT = 20;
/** At most this many reports of one request are logged. */
const MAX_PER_BEGARAN = 10;

const text = z.string().max(4096).optional().catch(undefined);
const tal = z.number().int().nonnegative().optional().catch(undefined);

/** `report-uri`: application/csp-report, one report, hyphenated names. */
const cspReport = z.object({
  "csp-report": z.object({
    "document-uri": text,
    "blocked-uri": text,
    "effective-directive": text,
    "violated-directive": text,
    "line-number": tal,
    "column-number": tal,
    "script-sample": text,
    disposition: text,
  }),
});

/** `report-to` (Reporting API): application/reports+json, a batch of reports, camelCase names. */
const reportsJson = z
  .array(
    z.object({
      type: z.string().max(64),
      body: z
        .object({
          documentURL: text,
          blockedURL: text,
          effectiveDirective: text,
          lineNumber: tal,
          columnNumber: tal,
          sample: text,
          disposition: text,
        })
        .optional(),
    }),
  )
  .max(100);

export interface Overtradelse {
  direktiv: string;
  blockerat: string;
  sida: string;
  rad?: number;
  kolumn?: number;
  utdrag?: string;
  lage?: string;
}

/** Pages whose path holds a private key (as deploy/nginx.conf's log): the key is never logged. */
const PRIVATA =
  /^\/(arende|avregistrera|api\/avregistrera|kontakt\/tack|nytt-losenord|bevaka\/bekrafta|bevaka\/hantera|api\/bevaka\/avsluta)\/.*/;

/**
 * An address without its query and with a private key masked (the page: its path alone);
 * "inline", "eval" and the like as they are.
 */
export function loggbarAdress(adress: string | undefined, baraSokvag = false): string {
  if (!adress) return "";
  try {
    const url = new URL(adress);
    const sokvag = url.pathname.replace(PRIVATA, "/$1/[nyckel]").slice(0, 200);
    return baraSokvag ? sokvag : `${url.origin}${sokvag}`;
  } catch {
    return adress.slice(0, 32);
  }
}

/** The reports in a body, or null when it is not a violation report of either kind. */
export function lasRapporter(text: string): Overtradelse[] | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const ett = cspReport.safeParse(data);
  if (ett.success) {
    const r = ett.data["csp-report"];
    return [
      {
        direktiv: (r["effective-directive"] ?? r["violated-directive"] ?? "").slice(0, 64),
        blockerat: loggbarAdress(r["blocked-uri"]),
        sida: loggbarAdress(r["document-uri"], true),
        rad: r["line-number"],
        kolumn: r["column-number"],
        utdrag: r["script-sample"]?.slice(0, 40),
        lage: r.disposition?.slice(0, 16),
      },
    ];
  }
  const flera = reportsJson.safeParse(data);
  if (!flera.success) return null;
  const csp = flera.data.filter((r) => r.type === "csp-violation" && r.body);
  if (csp.length === 0) return null;
  return csp.slice(0, MAX_PER_BEGARAN).map(({ body }) => ({
    direktiv: (body!.effectiveDirective ?? "").slice(0, 64),
    blockerat: loggbarAdress(body!.blockedURL),
    sida: loggbarAdress(body!.documentURL, true),
    rad: body!.lineNumber,
    kolumn: body!.columnNumber,
    utdrag: body!.sample?.slice(0, 40),
    lage: body!.disposition?.slice(0, 16),
  }));
}

/**
 * Counts reports per client in one-minute windows, in this instance's memory: a lost count on a
 * restart costs nothing here. The table is bounded; when full, finished windows are dropped.
 */
export function rapportstrypning(perMinut = RAPPORTER_PER_MINUT, maxKlienter = 10_000) {
  const fonster = new Map<string, { start: number; antal: number }>();
  return function tillats(klient: string, nu = Date.now()): boolean {
    let f = fonster.get(klient);
    if (!f || nu - f.start >= 60_000) {
      if (!f && fonster.size >= maxKlienter) {
        for (const [k, v] of fonster) if (nu - v.start >= 60_000) fonster.delete(k);
        if (fonster.size >= maxKlienter) fonster.clear();
      }
      f = { start: nu, antal: 0 };
      fonster.set(klient, f);
    }
    f.antal += 1;
    return f.antal <= perMinut;
  };
}
