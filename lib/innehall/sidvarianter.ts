// What the public pages read of the lättläst and English versions of a content page, the start
// page and a förstärkningsområde (lib/innehall/typer/sidvariant.ts writes them), from the page
// cache like the original itself: no query per request.
import { db } from "../db";
import { cachad } from "../cache";
import { renderaMarkdown } from "./markdown";
import { fyllIn } from "./platshallare";
import { ORIGINAL, SPRAKVERSIONER, sprakadress, type Sprakversion } from "./typer/sidvariant";

export { SPRAKVERSIONER, sprakadress, type Sprakversion };

/** The kinds of original with language versions: SidaVariant.av. */
export type Sprakoriginal = keyof typeof ORIGINAL;

export function arSprakversion(s: string): s is Sprakversion {
  return (SPRAKVERSIONER as readonly string[]).includes(s);
}

export interface SidvariantVy {
  slug: string;
  sprak: Sprakversion;
  titel: string;
  ingress: string;
  /** The body as sanitized HTML. */
  html: string;
  uppdaterad: Date | string;
}

/** A version's published text, or a draft's (the preview). */
export function sidvariantVy(d: {
  slug: string;
  sprak: Sprakversion;
  titel: string;
  ingress: string;
  brodtext: string;
  uppdaterad: Date;
}): SidvariantVy {
  return {
    slug: d.slug,
    sprak: d.sprak,
    titel: d.titel,
    ingress: d.ingress,
    html: renderaMarkdown(fyllIn(d.brodtext), { radbrytningar: d.sprak === "lattlast" }),
    uppdaterad: d.uppdaterad,
  };
}

/** The published version, or null; the page shows it only while the original is published too. */
export const getSprakversion = cachad(
  "sprakversion",
  async (av: Sprakoriginal, nyckel: string, sprak: Sprakversion) => {
    const v = await db.sidaVariant.findUnique({ where: { av_slug_sprak: { av, slug: nyckel, sprak } } });
    return v ? sidvariantVy({ ...v, sprak }) : null;
  },
  (av, nyckel, sprak) => [ORIGINAL[av].tagg(nyckel, sprak)],
);

/** A content page's published version, or null. */
export const getSidvariant = (slug: string, sprak: Sprakversion) => getSprakversion("sida", slug, sprak);

/**
 * Which versions of the start page or an område are published ("lattlast", "en"), for its links
 * to them: under the original's own tag, which a version's first publish expires.
 */
export const getPubliceradeSprak = cachad(
  "publicerade-sprak",
  async (av: Sprakoriginal, nyckel: string) =>
    (await db.sidaVariant.findMany({ where: { av, slug: nyckel }, select: { sprak: true }, orderBy: { sprak: "desc" } })).map(
      (v) => v.sprak,
    ),
  (av, nyckel) => [ORIGINAL[av].originalTagg(nyckel)],
);

/**
 * hreflang alternates for an original (its address) with an English version: the Swedish page
 * and the English one name each other (and themselves). Lättläst is Swedish too, and hreflang
 * tells languages apart, not reading levels, so it is not in the set: it is linked on the page
 * and listed in the sitemap.
 */
export function sprakalternativ(adress: string, varianter: readonly string[]): Record<string, string> | undefined {
  if (!varianter.includes("en")) return undefined;
  return { sv: adress, en: sprakadress(adress, "en"), "x-default": adress };
}
