// Change notes: when an editor publishes, "Mindre ändring" (no note) or "Väsentlig ändring" with a
// one-line note. A significant change's note is kept on its version (InnehallVersion.vasentlig,
// andringsnot), shows on the public page ("Senast ändrad …") and in the page's public list of
// changes (/<sida>/andringar): dates and notes only, never drafts, texts or diffs.
import type { PrismaClient } from "../db/generated/client";
import { cachad, taggar } from "../cache";
import { db as standardDb } from "../db";
import { innehallstyp } from "./typer";

export interface Andringsnot {
  tidpunkt: string;
  not: string;
}

/** A page's significant changes, newest first: the public list and the "Senast ändrad" line. */
export async function andringsnoter(db: PrismaClient, typ: string, nyckel: string, antal = 200): Promise<Andringsnot[]> {
  const rader = await db.innehallVersion.findMany({
    where: { vasentlig: true, handling: "PUBLICERING", andringsnot: { not: null }, innehall: { typ, nyckel } },
    orderBy: [{ tidpunkt: "desc" }, { nummer: "desc" }],
    take: antal,
    select: { tidpunkt: true, andringsnot: true },
  });
  return rader.map((r) => ({ tidpunkt: r.tidpunkt.toISOString(), not: r.andringsnot! }));
}

/** A content page's notes, cached with the page (its publish expires the page's tag). */
export const getAndringsnoter = cachad(
  "andringsnoter",
  (slug: string) => andringsnoter(standardDb, "sida", slug),
  (slug) => [taggar.sida(slug)],
);

export interface VasentligAndring {
  typ: string;
  nyckel: string;
  titel: string;
  adress: string;
  tidpunkt: Date;
  not: string;
}

/**
 * Every significant change published since a time, oldest first: for telling those who follow a
 * page or an område (a förstärkningsområde's and its "Ni sa – vi gjorde" items are keyed by the
 * område's slug), and for the site-wide "Senaste ändringar". Published and public items only.
 */
export async function vasentligaAndringar(db: PrismaClient, opts: { sedan?: Date; antal?: number } = {}): Promise<VasentligAndring[]> {
  const rader = await db.innehallVersion.findMany({
    where: {
      vasentlig: true,
      handling: "PUBLICERING",
      andringsnot: { not: null },
      ...(opts.sedan ? { tidpunkt: { gt: opts.sedan } } : {}),
      innehall: { avpublicerad: null, arkiverad: null },
    },
    orderBy: opts.sedan ? { tidpunkt: "asc" } : { tidpunkt: "desc" },
    take: opts.antal ?? 50,
    select: { tidpunkt: true, andringsnot: true, innehall: { select: { typ: true, nyckel: true, publicerad: true } } },
  });
  return rader.flatMap((r) => {
    const typ = innehallstyp(r.innehall.typ);
    if (!typ || r.innehall.publicerad === null) return [];
    const data = r.innehall.publicerad as never;
    return [
      {
        typ: typ.typ,
        nyckel: r.innehall.nyckel,
        titel: typ.titel(r.innehall.nyckel, data),
        adress: typ.adress(r.innehall.nyckel, data),
        tidpunkt: r.tidpunkt,
        not: r.andringsnot!,
      },
    ];
  });
}

/** The latest significant changes on the site, for /senaste-andringar. */
export const getSenasteInnehallsandringar = cachad(
  "senaste-innehallsandringar",
  async () => (await vasentligaAndringar(standardDb, { antal: 20 })).map((a) => ({ ...a, tidpunkt: a.tidpunkt.toISOString() })),
  () => [taggar.andringsnoter],
);
