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

/**
 * A page's published text, or a draft's (the preview): Markdown rendered and sanitized once.
 * `rubrik` reads the parent page's title (the cached page reads it under the parent's own tag).
 */
export async function sidaVy(
  d: {
    slug: string;
    titel: string;
    ingress: string;
    brodtext: string;
    foralder: string | null;
    uppdaterad: Date;
  },
  rubrik: (slug: string) => Promise<Sidrubrik> = lasRubrik,
): Promise<SidaVy> {
  const [foralder, undersidor, varianter] = await Promise.all([
    d.foralder ? rubrik(d.foralder) : null,
    db.sida.findMany({ where: { foralder: d.slug }, select: { slug: true, titel: true }, orderBy: { titel: "asc" } }),
    db.sidaVariant.findMany({ where: { slug: d.slug }, select: { sprak: true }, orderBy: { sprak: "desc" } }),
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

/** A page's title as its sub-pages show it, under its own tag: a page's new text leaves its sub-pages alone. */
export const getSidrubrik = cachad("sidrubrik", lasRubrik, (slug) => [taggar.sidrubrik(slug)]);

/** The page itself and its lists (sub-pages, language versions), without the parent's title. */
const sidaUtanForalder = cachad(
  "sida",
  async (slug: string) => {
    const sida = await db.sida.findUnique({ where: { slug } });
    return sida ? { vy: await sidaVy(sida, async () => null), foralder: sida.foralder } : null;
  },
  (slug) => [taggar.sida(slug), taggar.undersidor(slug)],
);

/** A published page as its public address shows it, or null. */
export async function getSida(slug: string): Promise<SidaVy | null> {
  const sida = await sidaUtanForalder(slug);
  if (!sida) return null;
  return { ...sida.vy, foralder: sida.foralder ? await getSidrubrik(sida.foralder) : null };
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
