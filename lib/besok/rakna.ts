// Usage figures without cookies or personal data: each page view adds one to a counter per day
// (Swedish time) and page, an entry from another site one to its domain's, and a search one to its
// query's. Nothing about the visitor is read into the database: no address, no browser, no time
// finer than the day. The endpoint (app/api/besok) decides whether a view is counted at all.
import { z } from "zod";
import { svensktDatum } from "../datum";
import type { PrismaClient } from "../db";

/** Longest path counted; a longer one is no page of ours. */
export const SOKVAG_MAX = 300;
/** Longest referring domain (DNS allows 253). */
export const DOMAN_MAX = 253;

/**
 * The referring site's host name as counted: lower case, without "www." and a port. Null for
 * anything that is not a host name (an IP address is kept as it is: it names a site, not a visitor).
 */
export function domanFran(varde: string | null | undefined): string | null {
  if (!varde) return null;
  const doman = varde
    .trim()
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^www\./, "");
  if (doman.length === 0 || doman.length > DOMAN_MAX) return null;
  return /^[a-z0-9]([a-z0-9-]{0,62}\.)*[a-z0-9-]{1,63}$/.test(doman) && doman.includes(".") ? doman : null;
}

/**
 * A search as it is kept: what looks like personal data that a visitor typed (an e-mail address,
 * a run of six or more digits such as a personnummer or a phone number) is replaced by a marker.
 */
export function maskeradFraga(fraga: string): string {
  return fraga
    .replace(/[^\s@]+@[^\s@]+/g, "[e-post]")
    .replace(/\d[\d\s\-+()./]{4,}\d/g, (m) => (m.replace(/\D/g, "").length >= 6 ? "[siffror]" : m))
    .trim();
}

export const besokSchema = z.object({
  /** A path the public site has (checked by the caller against lib/besok/kanda.ts). */
  sokvag: z.string().min(1).max(SOKVAG_MAX).startsWith("/"),
  /** The referring domain, only when it is another site. */
  doman: z.string().max(DOMAN_MAX).nullable(),
  /** The search, normalised as the search page's address has it, with its number of hits. */
  sokning: z.object({ fraga: z.string().min(1).max(200), traffar: z.number().int().min(0).max(100_000) }).nullable(),
});
export type Besok = z.infer<typeof besokSchema>;

/** Adds one view (and its entry domain and search, when there are any) to today's counters. */
export async function raknaBesok(db: PrismaClient, besok: Besok, nu = new Date()): Promise<void> {
  const dag = svensktDatum(nu);
  const fraga = besok.sokning ? maskeradFraga(besok.sokning.fraga) || null : null;
  const utan = besok.sokning && besok.sokning.traffar === 0 ? 1 : 0;
  // One statement, one round trip: the three upserts as data-modifying CTEs.
  await db.$executeRaw`
    WITH sida AS (
      INSERT INTO "BesokSida" (dag, sokvag, antal) VALUES (${dag}::date, ${besok.sokvag}, 1)
      ON CONFLICT (dag, sokvag) DO UPDATE SET antal = "BesokSida".antal + 1
    ), kalla AS (
      INSERT INTO "BesokKalla" (dag, doman, antal) SELECT ${dag}::date, ${besok.doman}::text, 1 WHERE ${besok.doman}::text IS NOT NULL
      ON CONFLICT (dag, doman) DO UPDATE SET antal = "BesokKalla".antal + 1
    )
    INSERT INTO "BesokSokning" (dag, fraga, antal, "utanTraffar")
    SELECT ${dag}::date, ${fraga}::text, 1, ${utan}::int WHERE ${fraga}::text IS NOT NULL
    ON CONFLICT (dag, fraga) DO UPDATE SET antal = "BesokSokning".antal + 1, "utanTraffar" = "BesokSokning"."utanTraffar" + EXCLUDED."utanTraffar"`;
}
