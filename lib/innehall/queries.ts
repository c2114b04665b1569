import { unstable_cache } from "next/cache";
import { db } from "../db";
import { REVALIDATE_SECONDS, tags } from "../cache";
import { ellerNull } from "../reserv";
import { renderaMarkdown } from "./markdown";
import { fyllIn } from "./platshallare";
import { RESERVKONTAKT } from "./reservkontakt";
import { startsidaFran } from "./publicerat";

const opts = { tags: [tags.innehall], revalidate: REVALIDATE_SECONDS };

export const getForvaltning = unstable_cache(() => db.forvaltning.findUniqueOrThrow({ where: { id: 1 } }), ["forvaltning"], opts);

/** The phone number editors published, for a text that tells a visitor to call; the fallback when the database does not answer. */
export async function forvaltningensTelefon(): Promise<string> {
  return (await ellerNull(getForvaltning(), "förvaltningens telefonnummer"))?.telefon ?? RESERVKONTAKT.telefon;
}

export const getNyckeltal = unstable_cache(() => db.nyckeltal.findMany({ orderBy: { ordning: "asc" } }), ["nyckeltal"], opts);

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

/** A page's published text, or a draft's (the preview): Markdown rendered and sanitized once. */
export async function sidaVy(d: {
  slug: string;
  titel: string;
  ingress: string;
  brodtext: string;
  foralder: string | null;
  uppdaterad: Date;
}): Promise<SidaVy> {
  const [foralder, undersidor, varianter] = await Promise.all([
    d.foralder ? db.sida.findUnique({ where: { slug: d.foralder }, select: { slug: true, titel: true } }) : null,
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

export const getSida = unstable_cache(
  async (slug: string) => {
    const sida = await db.sida.findUnique({ where: { slug } });
    return sida ? sidaVy(sida) : null;
  },
  ["sida-md"],
  opts,
);

export const getStartsida = unstable_cache(
  async () =>
    startsidaFran(
      (await db.innehall.findUnique({ where: { typ_nyckel: { typ: "startsida", nyckel: "startsida" } }, select: { publicerad: true } }))
        ?.publicerad,
    ),
  ["startsida"],
  opts,
);

/** Pages editors put in the main menu (wherever they sit), after the fixed entries. */
export const getNavigering = unstable_cache(
  () => db.sida.findMany({ where: { iNavigering: true }, select: { slug: true, titel: true }, orderBy: { titel: "asc" } }),
  ["navigering"],
  opts,
);
