// The public site's page addresses, in one place: the sitemap lists them, the page-view counter
// counts only them (lib/besok), and the link check takes the fixed ones as existing.
import type { PrismaClient } from "../db";
import { sprakadress } from "./typer/sidvariant";

/** The fixed pages, as the sitemap lists them. */
export const FASTA_SIDOR = [
  "/",
  "/forstarkningsomraden",
  "/jamlikt-goteborg",
  "/framtidsrustad-skola",
  "/skolor",
  "/kontakt",
  "/oppna-data",
  "/sa-gar-det",
  "/senaste-andringar",
] as const;

/** Fixed public addresses the sitemap leaves out (forms, lists by query, sign-in): a link to them still leads somewhere. */
export const OVRIGA_FASTA = ["/sok", "/diarium", "/diarium/begar-ut", "/bevaka", "/logga-in"] as const;

export interface PublikaSidor {
  sidor: { slug: string; uppdaterad: Date }[];
  omraden: { slug: string }[];
  insatser: { slug: string; andrad: Date }[];
  skolor: { slug: string }[];
  /** Language versions whose original is public, with the original's address and their own. */
  versioner: { original: string; adress: string; sprak: string; uppdaterad: Date }[];
}

/** What the public site has now: pages, områden, insatser (not archived), schools and the language versions shown with them. */
export async function publikaSidor(db: PrismaClient): Promise<PublikaSidor> {
  const [omraden, insatser, skolor, sidor, varianter] = await Promise.all([
    db.forstarkningsomrade.findMany({ select: { slug: true } }),
    db.insats.findMany({ where: { arkiverad: null }, select: { slug: true, andrad: true } }),
    db.skola.findMany({ select: { slug: true } }),
    db.sida.findMany({ select: { slug: true, uppdaterad: true } }),
    db.sidaVariant.findMany({ select: { av: true, slug: true, sprak: true, uppdaterad: true } }),
  ]);
  // A version is public only while its original is.
  const publika = new Set([
    ...sidor.map((s) => `sida:${s.slug}`),
    "startsida:startsida",
    ...omraden.map((o) => `forstarkningsomrade:${o.slug}`),
  ]);
  const original = (v: { av: string; slug: string }) =>
    v.av === "startsida" ? "/" : v.av === "forstarkningsomrade" ? `/forstarkningsomraden/${v.slug}` : `/${v.slug}`;
  const versioner = varianter
    .filter((v) => publika.has(`${v.av}:${v.slug}`))
    .map((v) => ({ original: original(v), adress: sprakadress(original(v), v.sprak), sprak: v.sprak, uppdaterad: v.uppdaterad }));
  return { sidor, omraden, insatser, skolor, versioner };
}

/** Every page address of the public site, without host: the sitemap's addresses. */
export function sidadresser(p: PublikaSidor): string[] {
  return [
    ...FASTA_SIDOR,
    ...p.sidor.map((s) => `/${s.slug}`),
    ...p.versioner.map((v) => v.adress),
    ...p.omraden.map((o) => `/forstarkningsomraden/${o.slug}`),
    ...p.insatser.map((i) => `/insatser/${i.slug}`),
    ...p.skolor.map((s) => `/skolor/${s.slug}`),
  ];
}
