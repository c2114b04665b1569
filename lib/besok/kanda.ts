// The paths that are counted: the public site's pages, as its sitemap lists them, and the search.
// Anything else (a made-up path, a page with a private key, a staff page) is never written, so the
// counters hold no string a visitor made up. Kept in the process for a minute; a path not in the
// set reads it again at most every ten seconds, so a page published a moment ago is counted soon.
import type { PrismaClient } from "../db";
import { FASTA_SIDOR, publikaSidor, sidadresser } from "../innehall";

/** Counted besides the sitemap's pages: the diarium and the search (its query counted on its own). */
export const FASTA_SOKVAGAR = [...FASTA_SIDOR, "/diarium", "/sok"] as const;

const GILTIG_MS = 60_000;
const OMLAS_MS = 10_000;

let kanda: { sokvagar: Set<string>; last: number } | null = null;
let pagaende: Promise<Set<string>> | null = null;

async function lasKanda(db: PrismaClient): Promise<Set<string>> {
  return new Set<string>([...FASTA_SOKVAGAR, ...sidadresser(await publikaSidor(db))]);
}

/** Whether `sokvag` is a public page's path. */
export async function arKandSokvag(db: PrismaClient, sokvag: string, nu = Date.now()): Promise<boolean> {
  if ((FASTA_SOKVAGAR as readonly string[]).includes(sokvag)) return true;
  const alder = kanda ? nu - kanda.last : Infinity;
  if (kanda && (kanda.sokvagar.has(sokvag) ? alder < GILTIG_MS : alder < OMLAS_MS)) return kanda.sokvagar.has(sokvag);
  // One read at a time per process, however many views arrive meanwhile.
  pagaende ??= lasKanda(db).finally(() => (pagaende = null));
  const sokvagar = await pagaende;
  kanda = { sokvagar, last: Date.now() };
  return sokvagar.has(sokvag);
}
