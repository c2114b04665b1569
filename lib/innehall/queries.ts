import { db } from "../db";
import { cachad, taggar } from "../cache";
import { ellerNull } from "../reserv";
import { renderaMarkdown } from "./markdown";
import { fyllIn } from "./platshallare";
import { RESERVKONTAKT } from "./reservkontakt";
import { startsidaFran } from "./publicerat";

export const getForvaltning = cachad(
  "forvaltning",
  () => db.forvaltning.findUniqueOrThrow({ where: { id: 1 } }),
  () => [taggar.kontakt],
);

/** The phone number editors published, for a text that tells a visitor to call; the fallback when the database does not answer. */
export async function forvaltningensTelefon(): Promise<string> {
  return (await ellerNull(getForvaltning(), "förvaltningens telefonnummer"))?.telefon ?? RESERVKONTAKT.telefon;
}

export const getNyckeltal = cachad(
  "nyckeltal",
  () => db.nyckeltal.findMany({ orderBy: { ordning: "asc" } }),
  () => [taggar.nyckeltal],
);

export interface SidaVy {
  slug: string;
  titel: string;
  ingress: string;
  /** The body as sanitized HTML. */
  html: string;
  foralder: { slug: string; titel: string } | null;
  /** Published pages that sit under this one. */
  undersidor: { slug: string; titel: string }[];
  uppdaterad: Date | string;
  /** Its published lättläst and English versions ("lattlast", "en"), linked from the page. */
  varianter: string[];
}

type Sidrubrik = { slug: string; titel: string } | null;
const lasRubrik = (slug: string): Promise<Sidrubrik> => db.sida.findUnique({ where: { slug }, select: { slug: true, titel: true } });
const lasUndersidor = (slug: string) =>
  db.sida.findMany({ where: { foralder: slug }, select: { slug: true, titel: true }, orderBy: { titel: "asc" } });

/** How a page's view reads its parent's title and its sub-pages: the database itself, or the cached reads below. */
interface Grannar {
  rubrik(slug: string): Promise<Sidrubrik>;
  undersidor(slug: string): Promise<{ slug: string; titel: string }[]>;
}

/** A page's published text, or a draft's (the preview): Markdown rendered and sanitized once. */
export async function sidaVy(
  d: {
    slug: string;
    titel: string;
    ingress: string;
    brodtext: string;
    foralder: string | null;
    uppdaterad: Date;
  },
  grannar: Grannar = { rubrik: lasRubrik, undersidor: lasUndersidor },
): Promise<SidaVy> {
  const [foralder, undersidor, varianter] = await Promise.all([
    d.foralder ? grannar.rubrik(d.foralder) : null,
    grannar.undersidor(d.slug),
    db.sidaVariant.findMany({ where: { av: "sida", slug: d.slug }, select: { sprak: true }, orderBy: { sprak: "desc" } }),
  ]);
  return {
    slug: d.slug,
    titel: d.titel,
    ingress: d.ingress,
    html: renderaMarkdown(fyllIn(d.brodtext)),
    foralder,
    undersidor,
    uppdaterad: d.uppdaterad,
    varianter: varianter.map((v) => v.sprak),
  };
}

// A page is read in three parts, each under the tag of what it shows, so that a sub-page's new
// title re-renders its parent's page and not the parent's language versions, and a page's new
// text leaves its sub-pages (which show only its title) alone.
const getSidrubrik = cachad("sidrubrik", lasRubrik, (slug) => [taggar.sidrubrik(slug)]);
const getUndersidor = cachad("undersidor", lasUndersidor, (slug) => [taggar.undersidor(slug)]);
const getSidansText = cachad(
  "sida",
  async (slug: string) => {
    const sida = await db.sida.findUnique({ where: { slug } });
    if (!sida) return null;
    return { vy: await sidaVy(sida, { rubrik: async () => null, undersidor: async () => [] }), foralder: sida.foralder };
  },
  (slug) => [taggar.sida(slug)],
);

/** A published page without its sub-pages (what its language versions show of it), or null. */
export async function getSidaUtanUndersidor(slug: string): Promise<SidaVy | null> {
  const sida = await getSidansText(slug);
  if (!sida) return null;
  return { ...sida.vy, foralder: sida.foralder ? await getSidrubrik(sida.foralder) : null };
}

/** A published page as its public address shows it, or null. */
export async function getSida(slug: string): Promise<SidaVy | null> {
  const sida = await getSidaUtanUndersidor(slug);
  return sida && { ...sida, undersidor: await getUndersidor(slug) };
}

export const getStartsida = cachad(
  "startsida",
  async () =>
    startsidaFran(
      (await db.innehall.findUnique({ where: { typ_nyckel: { typ: "startsida", nyckel: "startsida" } }, select: { publicerad: true } }))
        ?.publicerad,
    ),
  () => [taggar.startsida],
);

/** Pages editors put in the main menu (wherever they sit), after the fixed entries. */
export const getNavigering = cachad(
  "navigering",
  () => db.sida.findMany({ where: { iNavigering: true }, select: { slug: true, titel: true }, orderBy: { titel: "asc" } }),
  () => [taggar.meny],
);
