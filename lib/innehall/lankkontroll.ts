// Internal links in a body ("/kontakt", "/insatser/…") are checked against what the site
// really answers, so a typo or a removed page is caught before the public sees it.
import type { PrismaClient } from "../db/generated/client";
import { lankar as listlankar } from "./listor";
import { lankar } from "./markdown";
import { FASTA_SIDOR, OVRIGA_FASTA } from "./publika-adresser";
import type { Innehallstyp } from "./typ";

const FASTA = new Set<string>([...FASTA_SIDOR, ...OVRIGA_FASTA]);

/** Path of an internal link without query or fragment, or null for an external or in-page one. */
export function sokvag(href: string): string | null {
  if (!href.startsWith("/") || href.startsWith("//")) return null;
  const bara = href.split(/[?#]/)[0].replace(/\/+$/, "");
  return bara === "" ? "/" : bara;
}

/**
 * Whether an internal path (from `sokvag`) leads to a page the site answers. `egen` counts as
 * existing (the page itself, not yet published).
 */
export async function sokvagFinns(db: PrismaClient, vag: string, egen?: string): Promise<boolean> {
  if (FASTA.has(vag) || vag === egen) return true;
  const [forsta, andra, ...rest] = vag
    .slice(1)
    .split("/")
    .map((d) => {
      try {
        return decodeURIComponent(d);
      } catch {
        return d;
      }
    });
  // The start page's versions (/lattlast, /en) and an område's (/forstarkningsomraden/<slug>/en).
  if (andra === undefined && (forsta === "lattlast" || forsta === "en"))
    return (await db.sidaVariant.count({ where: { av: "startsida", slug: "startsida", sprak: forsta } })) > 0;
  if (forsta === "forstarkningsomraden" && rest.length === 1 && (rest[0] === "lattlast" || rest[0] === "en"))
    return (await db.sidaVariant.count({ where: { av: "forstarkningsomrade", slug: andra, sprak: rest[0] } })) > 0;
  if (rest.length > 0) return false;
  // An old address that redirects to a page still leads somewhere (301); an archived one does not.
  if (andra === undefined)
    return (
      (await db.sida.count({ where: { slug: forsta } })) > 0 ||
      (await db.gammalAdress.count({ where: { slug: forsta, till: { not: null } } })) > 0
    );
  if (forsta === "insatser") return (await db.insats.count({ where: { slug: andra, arkiverad: null } })) > 0;
  if (forsta === "skolor") return (await db.skola.count({ where: { slug: andra } })) > 0;
  if (forsta === "forstarkningsomraden") return (await db.forstarkningsomrade.count({ where: { slug: andra } })) > 0;
  if (andra === "lattlast" || andra === "en")
    return (
      (await db.sidaVariant.count({ where: { av: "sida", slug: forsta, sprak: andra } })) > 0 &&
      (await db.sida.count({ where: { slug: forsta } })) > 0
    );
  return false;
}

/** The internal links in `markdown` that lead nowhere. `egen` counts as existing (the page itself). */
export async function trasigaLankar(db: PrismaClient, markdown: string, egen?: string): Promise<string[]> {
  const trasiga: string[] = [];
  for (const href of new Set(lankar(markdown))) {
    const vag = sokvag(href);
    if (vag !== null && !(await sokvagFinns(db, vag, egen))) trasiga.push(href);
  }
  return trasiga;
}

/**
 * Every link target in a published item's texts: its Markdown fields and its link lists
 * ("Länktext | adress", Falt.lanklista), in order, each once.
 */
export function lankarIInnehall(typ: Innehallstyp, data: Record<string, unknown>): string[] {
  const alla = typ.falt.flatMap((f) =>
    f.slag === "markdown"
      ? lankar(String(data[f.namn] ?? ""))
      : f.lanklista
        ? listlankar(String(data[f.namn] ?? "")).map((l) => l.href)
        : [],
  );
  return [...new Set(alla.filter(Boolean))];
}
