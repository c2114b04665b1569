// Internal links in a body ("/kontakt", "/insatser/…") are checked against what the site
// really answers, so a typo or a removed page is caught before the public sees it.
import type { PrismaClient } from "../db/generated/client";
import { lankar } from "./markdown";

const FASTA = new Set([
  "/",
  "/forstarkningsomraden",
  "/jamlikt-goteborg",
  "/framtidsrustad-skola",
  "/skolor",
  "/kontakt",
  "/oppna-data",
  "/sok",
  "/logga-in",
]);

/** Path of an internal link without query or fragment, or null for an external or in-page one. */
export function sokvag(href: string): string | null {
  if (!href.startsWith("/") || href.startsWith("//")) return null;
  const bara = href.split(/[?#]/)[0].replace(/\/+$/, "");
  return bara === "" ? "/" : bara;
}

/** The internal links in `markdown` that lead nowhere. `egen` counts as existing (the page itself). */
export async function trasigaLankar(db: PrismaClient, markdown: string, egen?: string): Promise<string[]> {
  const trasiga: string[] = [];
  for (const href of new Set(lankar(markdown))) {
    const vag = sokvag(href);
    if (vag === null || FASTA.has(vag) || vag === egen) continue;
    const [forsta, andra, ...rest] = vag
      .slice(1)
      .split("/")
      .map((d) => decodeURIComponent(d));
    let finns = false;
    // The start page's versions (/lattlast, /en) and an område's (/forstarkningsomraden/<slug>/en).
    if (andra === undefined && (forsta === "lattlast" || forsta === "en"))
      finns = (await db.sidaVariant.count({ where: { av: "startsida", slug: "startsida", sprak: forsta } })) > 0;
    else if (forsta === "forstarkningsomraden" && rest.length === 1 && (rest[0] === "lattlast" || rest[0] === "en"))
      finns = (await db.sidaVariant.count({ where: { av: "forstarkningsomrade", slug: andra, sprak: rest[0] } })) > 0;
    else if (rest.length === 0 && andra === undefined) {
      // An old address that redirects to a page still leads somewhere (301); an archived one does not.
      finns =
        (await db.sida.count({ where: { slug: forsta } })) > 0 ||
        (await db.gammalAdress.count({ where: { slug: forsta, till: { not: null } } })) > 0;
    } else if (rest.length === 0 && forsta === "insatser") finns = (await db.insats.count({ where: { slug: andra, arkiverad: null } })) > 0;
    else if (rest.length === 0 && forsta === "skolor") finns = (await db.skola.count({ where: { slug: andra } })) > 0;
    else if (rest.length === 0 && forsta === "forstarkningsomraden")
      finns = (await db.forstarkningsomrade.count({ where: { slug: andra } })) > 0;
    else if (rest.length === 0 && (andra === "lattlast" || andra === "en"))
      finns =
        (await db.sidaVariant.count({ where: { av: "sida", slug: forsta, sprak: andra } })) > 0 &&
        (await db.sida.count({ where: { slug: forsta } })) > 0;
    if (!finns) trasiga.push(href);
  }
  return trasiga;
}
