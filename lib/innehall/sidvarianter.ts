// What the public pages read of a page's lättläst and English versions (lib/innehall/typer/sidvariant.ts
// writes them), from the page cache like the page itself: no query per request.
import { db } from "../db";
import { cachad, taggar } from "../cache";
import { renderaMarkdown } from "./markdown";
import { fyllIn } from "./platshallare";
import { SPRAKVERSIONER, type Sprakversion } from "./typer/sidvariant";

export { SPRAKVERSIONER, type Sprakversion };

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

/** The published version, or null; the page shows it only while getSida(slug) finds the page too. */
export const getSidvariant = cachad(
  "sidvariant",
  async (slug: string, sprak: Sprakversion) => {
    const v = await db.sidaVariant.findUnique({ where: { slug_sprak: { slug, sprak } } });
    return v ? sidvariantVy({ ...v, sprak }) : null;
  },
  (slug, sprak) => [taggar.sidvariant(slug, sprak)],
);

/**
 * hreflang alternates for a page with an English version: the Swedish page and the English one
 * name each other (and themselves). Lättläst is Swedish too, and hreflang tells languages apart,
 * not reading levels, so it is not in the set: it is linked on the page and listed in the sitemap.
 */
export function sprakalternativ(slug: string, varianter: readonly string[]): Record<string, string> | undefined {
  if (!varianter.includes("en")) return undefined;
  return { sv: `/${slug}`, en: `/${slug}/en`, "x-default": `/${slug}` };
}
