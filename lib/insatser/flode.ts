// The insatser's public changes as a list: the Atom feeds per insats, förstärkningsområde and
// school, and the site-wide "Senaste ändringar". A change is one entry in an insats's history
// (status, progress and the public comment), the same rows the insats's page shows.
import { db } from "../db";
import type { InsatsStatus } from "../db/generated/enums";
import type { Prisma } from "../db/generated/client";
import { cachad, taggar } from "../cache";
import type { AtomFeed } from "../atom";
import { beskrivUppdatering } from "./status";

/** Entries in a feed and on "Senaste ändringar": the newest, enough for any reader that polls. */
export const ANDRINGAR_I_FLODE = 50;

// Cached results pass through JSON, so dates travel as ISO strings. Each feed carries the tag of
// the page it belongs to: an insats's write expires its own, its område's and its schools' pages,
// and the latest updates (lib/insatser/taggar.ts), so the feeds follow.

export interface Andring {
  id: string;
  tidpunkt: string;
  franStatus: InsatsStatus | null;
  tillStatus: InsatsStatus;
  franProgress: number | null;
  tillProgress: number;
  kommentar: string;
  insats: { slug: string; titel: string };
}

async function andringar(where: Prisma.InsatsUppdateringWhereInput): Promise<Andring[]> {
  const rows = await db.insatsUppdatering.findMany({
    where,
    orderBy: [{ tidpunkt: "desc" }, { id: "desc" }],
    take: ANDRINGAR_I_FLODE,
    select: {
      id: true,
      tidpunkt: true,
      franStatus: true,
      tillStatus: true,
      franProgress: true,
      tillProgress: true,
      kommentar: true,
      insats: { select: { slug: true, titel: true } },
    },
  });
  return rows.map((r) => ({ ...r, tidpunkt: r.tidpunkt.toISOString() }));
}

/** One insats's changes; its page stays when it is archived, and so does its feed. Null: no such insats. */
export const getInsatsensAndringar = cachad(
  "flode-insats",
  async (slug: string) => {
    const insats = await db.insats.findUnique({ where: { slug }, select: { id: true, slug: true, titel: true } });
    if (!insats) return null;
    return { slug: insats.slug, titel: insats.titel, andringar: await andringar({ insatsId: insats.id }) };
  },
  (slug) => [taggar.insats(slug)],
);

/** The changes of a förstärkningsområde's insatser that are not archived. Null: no such område. */
export const getOmradetsAndringar = cachad(
  "flode-omrade",
  async (slug: string) => {
    const omrade = await db.forstarkningsomrade.findUnique({ where: { slug }, select: { id: true, slug: true, namn: true } });
    if (!omrade) return null;
    const lista = await andringar({ insats: { forstarkningsomradeId: omrade.id, arkiverad: null } });
    return { slug: omrade.slug, namn: omrade.namn, andringar: lista };
  },
  (slug) => [taggar.omrade(slug)],
);

/** The changes of the insatser that concern a school, not archived. Null: no such school. */
export const getSkolansAndringar = cachad(
  "flode-skola",
  async (slug: string) => {
    const skola = await db.skola.findUnique({ where: { slug }, select: { id: true, slug: true, namn: true } });
    if (!skola) return null;
    const lista = await andringar({ insats: { arkiverad: null, skolor: { some: { skolaId: skola.id } } } });
    return { slug: skola.slug, namn: skola.namn, andringar: lista };
  },
  (slug) => [taggar.skola(slug)],
);

/** Every insats's latest changes, archived ones left out as on the other public lists. */
export const getSenasteAndringar = cachad(
  "flode-senaste",
  () => andringar({ insats: { arkiverad: null } }),
  () => [taggar.uppdateringar],
);

/**
 * The feed of a page's changes. `bas` is the site's public address; an entry's id is a tag: URI
 * under its host, so one change has one id in every feed that carries it.
 */
export function andringsflode(
  bas: string,
  sida: { adress: string; titel: string; undertitel: string },
  lista: Andring[],
  forfattare: string,
): AtomFeed {
  const rot = bas.replace(/\/$/, "");
  const domannamn = new URL(rot).hostname;
  return {
    id: `${rot}${sida.adress}/atom`,
    title: sida.titel,
    subtitle: sida.undertitel,
    updated: lista[0]?.tidpunkt ?? new Date(),
    self: `${rot}${sida.adress}/atom`,
    alternate: `${rot}${sida.adress}`,
    author: { name: forfattare, uri: rot },
    entries: lista.map((a) => ({
      id: `tag:${domannamn},2026:insatsuppdatering/${a.id}`,
      title: `${a.insats.titel}: ${beskrivUppdatering(a)}`,
      updated: a.tidpunkt,
      link: `${rot}/insatser/${a.insats.slug}#uppdatering-${a.id}`,
      summary: a.kommentar,
    })),
  };
}
