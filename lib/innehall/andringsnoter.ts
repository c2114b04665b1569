// Change notes: when an editor publishes, "Mindre ändring" (no note) or "Väsentlig ändring" with a
// one-line note. A significant change's note is kept on its version (InnehallVersion.vasentlig,
// andringsnot), shows on the public page ("Senast ändrad …") and in the page's public list of
// changes (/<sida>/andringar): dates and notes only, never drafts, texts or diffs.
import { z } from "zod";
import type { PrismaClient } from "../db/generated/client";
import { cachad, taggar } from "../cache";
import { db as standardDb } from "../db";
import { text } from "../text";
import { innehallstyp } from "./typer";

export const ANDRINGSNOT_MAX = 200;

/** The publish form's choice, shared by the editor's form, the scheduling form and the server. */
export const andringSchema = z
  .object({
    andring: z.enum(["mindre", "vasentlig"], { error: "Välj om ändringen är mindre eller väsentlig." }),
    andringsnot: text()
      .trim()
      .max(ANDRINGSNOT_MAX, { error: `Ändringsnoten får vara högst ${ANDRINGSNOT_MAX} tecken.` })
      .refine((v) => !/[\r\n]/.test(v), { error: "Skriv ändringsnoten på en rad." }),
  })
  .refine((a) => a.andring === "mindre" || a.andringsnot.length > 0, {
    path: ["andringsnot"],
    error: "Skriv en kort ändringsnot: vad som ändrats. Den visas på sidan.",
  })
  // null: a minor change, nothing shown publicly.
  .transform((a) => (a.andring === "vasentlig" ? a.andringsnot : null));

/**
 * The choice from a form: a form without the fields (a type without change notes, an older form)
 * is a minor change. `prefix` names the fields where two forms share a page ("schema-andring").
 * Field → Swedish message on error, under the form's own field names.
 */
export function lasAndring(
  varden: Record<string, string | undefined>,
  prefix = "",
): { ok: true; andringsnot: string | null } | { ok: false; fel: Record<string, string> } {
  const andring = varden[`${prefix}andring`];
  if (andring === undefined) return { ok: true, andringsnot: null };
  const r = andringSchema.safeParse({ andring, andringsnot: varden[`${prefix}andringsnot`] ?? "" });
  if (r.success) return { ok: true, andringsnot: r.data };
  const fel: Record<string, string> = {};
  for (const i of r.error.issues) fel[`${prefix}${String(i.path[0] ?? "andring")}`] ??= i.message;
  return { ok: false, fel };
}

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
