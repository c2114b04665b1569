// The paths that are counted: the public site's pages, as its sitemap lists them, and the search.
// Anything else (a made-up path, a page with a private key, a staff page) is never written, so the
// counters hold no string a visitor made up. Kept in the process for a minute; a path not in the
// set reads it again at most every ten seconds, so a page published a moment ago is counted soon.
import type { PrismaClient } from "../db";

export const FASTA_SOKVAGAR = [
  "/",
  "/forstarkningsomraden",
  "/jamlikt-goteborg",
  "/framtidsrustad-skola",
  "/skolor",
  "/kontakt",
  "/oppna-data",
  "/sa-gar-det",
  "/senaste-andringar",
  "/diarium",
  "/sok",
] as const;

const GILTIG_MS = 60_000;
const OMLAS_MS = 10_000;

let kanda: { sokvagar: Set<string>; last: number } | null = null;
let pagaende: Promise<Set<string>> | null = null;

async function lasKanda(db: PrismaClient): Promise<Set<string>> {
  const [omraden, insatser, skolor, sidor, varianter] = await Promise.all([
    db.forstarkningsomrade.findMany({ select: { slug: true } }),
    db.insats.findMany({ where: { arkiverad: null }, select: { slug: true } }),
    db.skola.findMany({ select: { slug: true } }),
    db.sida.findMany({ select: { slug: true } }),
    db.sidaVariant.findMany({ select: { slug: true, sprak: true } }),
  ]);
  const publika = new Set(sidor.map((s) => `/${s.slug}`));
  return new Set<string>([
    ...FASTA_SOKVAGAR,
    ...publika,
    ...varianter.filter((v) => publika.has(`/${v.slug}`)).map((v) => `/${v.slug}/${v.sprak}`),
    ...omraden.map((o) => `/forstarkningsomraden/${o.slug}`),
    ...insatser.map((i) => `/insatser/${i.slug}`),
    ...skolor.map((s) => `/skolor/${s.slug}`),
  ]);
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
