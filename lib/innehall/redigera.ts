// The one write path for content: save a draft, publish, restore an old version, create a page.
// Each step is authorized here, validated against the type's schema, written with a new row in
// the append-only version table and one in the audit log, in one transaction; a save based on a
// stale version is refused (optimistic concurrency) and nothing is overwritten. Publishing, by an
// editor or on a schedule (lib/innehall/schemalagt.ts), is one step, publiceringssteg: it also
// writes the type's public table and expires the cache tags the type declares for the item.
import { koaAndring } from "../bevakning";
import { siteUrl } from "../config";
import { Prisma, type PrismaClient } from "../db/generated/client";
import type { InnehallHandling } from "../db/generated/enums";
import { authorize, type Aktor } from "../auth/permissions";
import { faltfel, type Faltfel } from "../atgard/faltfel";
import { slugify } from "../slug";
import { utanKontrolltecken } from "../text";
import { granska } from "./klarsprak";
import { trasigaLankar } from "./lankkontroll";
import { aterkallaOmAndrad, kraverGranskning } from "./granskningsrad";
import { helText, type Innehallsdata, type Innehallstyp } from "./typ";
import { innehallstyp } from "./typer";
import type { Tag } from "../taggar";

export type Fel = Faltfel;
export type Redigerare = Aktor & { name: string };

export type Sparutfall =
  | { ok: true; version: number; nummer: number }
  | { ok: false; orsak: "finns-inte" }
  | { ok: false; orsak: "ogiltig"; fel: Fel }
  | { ok: false; orsak: "konflikt"; aktuell: { data: Record<string, unknown>; version: number; av: string | null } };

export interface Sparning {
  /** The form's values, before validation (see franFormular). */
  data: Record<string, unknown>;
  /** The item's version the editor started from. */
  version: number;
  kommentar?: string;
  /** A publish's "Väsentlig ändring" note (lib/innehall/andringsnoter.ts); null or absent: a minor change. */
  andringsnot?: string | null;
}

const KOMMENTAR_MAX = 500;

/** Route names a page may not take: they already answer at that address. */
export const RESERVERADE = new Set([
  "personal",
  "api",
  "kontakt",
  "forstarkningsomraden",
  "jamlikt-goteborg",
  "framtidsrustad-skola",
  "insatser",
  "skolor",
  "sok",
  "diarium",
  "senaste-andringar",
  "hittade-du",
  "oppna-data",
  "logga-in",
  "logga-ut",
  "nytt-losenord",
  "forhandsvisning",
  "sa-gar-det",
  "arende",
  "avregistrera",
  "bevaka",
  // The start page's lättläst and English versions.
  "lattlast",
  "en",
  "sitemap-xml",
  "robots-txt",
  "favicon-ico",
  "favicon-svg",
  "apple-touch-icon-png",
  "besok-js",
  "well-known",
  "next",
]);

/** What a save records in the version row: the schema's InnehallHandling, the three a save can be. */
type Versionshandling = Extract<
  InnehallHandling,
  "UTKAST" | "PUBLICERING" | "ATERSTALLNING" | "SKICKAD_FOR_GRANSKNING" | "TILLBAKASKICKAD" | "GRANSKAD_I_EFTERHAND"
>;

export async function validera(db: PrismaClient, typ: Innehallstyp, nyckel: string, s: Sparning, publicera: boolean) {
  const parsed = typ.schema.safeParse(s.data);
  const kommentarFel: Fel =
    (s.kommentar ?? "").length > KOMMENTAR_MAX ? { kommentar: `Kommentaren får vara högst ${KOMMENTAR_MAX} tecken.` } : {};
  if (!parsed.success) return { fel: { ...faltfel(parsed.error), ...kommentarFel } };
  const fel: Fel = { ...(await typ.kontrollera?.(db, nyckel, parsed.data, publicera)), ...kommentarFel };
  if (publicera) {
    for (const f of typ.falt.filter((f) => f.slag === "markdown")) {
      const struktur = granska("", String(parsed.data[f.namn] ?? "")).fel;
      if (struktur.length > 0) fel[f.namn] = struktur.join(" ");
      const trasiga = await trasigaLankar(db, String(parsed.data[f.namn] ?? ""), `/${nyckel}`);
      if (trasiga.length > 0) {
        fel[f.namn] ??=
          `${trasiga.length === 1 ? "Länken" : "Länkarna"} ${trasiga.join(", ")} leder ingenstans. Rätta eller ta bort ${trasiga.length === 1 ? "den" : "dem"} innan du publicerar.`;
      }
    }
  }
  return Object.keys(fel).length > 0 ? { fel } : { data: parsed.data };
}

async function skriv(
  db: PrismaClient,
  aktor: Redigerare,
  typ: Innehallstyp,
  nyckel: string,
  handling: "UTKAST" | "ATERSTALLNING",
  data: Record<string, unknown>,
  version: number,
  kommentar: string,
): Promise<Sparutfall> {
  return db.$transaction(async (tx) => {
    const item = await tx.innehall.findUnique({ where: { typ_nyckel: { typ: typ.typ, nyckel } }, select: { id: true, arkiverad: true } });
    if (!item) return FINNS_INTE;
    // An archived page is read-only until restored (lib/innehall/livscykel.ts).
    if (item.arkiverad) return ARKIVERAD;
    const andring = { utkast: data as Prisma.InputJsonObject, utkastAvId: aktor.id, utkastAvNamn: aktor.name, utkastAndrad: new Date() };
    const { count } = await tx.innehall.updateMany({ where: { id: item.id, version }, data: { ...andring, version: { increment: 1 } } });
    if (count === 0) return konflikt(await tx.innehall.findUniqueOrThrow({ where: { id: item.id }, select: AKTUELLT }));
    const nummer = await skrivVersion(tx, { id: aktor.id, name: aktor.name }, typ, item.id, nyckel, handling, data, kommentar);
    // A draft that no longer is what was sent for review withdraws the request (lib/innehall/granskningsrad.ts).
    await aterkallaOmAndrad(tx, { id: aktor.id, name: aktor.name }, { id: item.id, typ: typ.typ, nyckel }, data);
    return { ok: true as const, version: version + 1, nummer };
  });
}

const FINNS_INTE = { ok: false as const, orsak: "finns-inte" as const };
const ARKIVERAD = {
  ok: false as const,
  orsak: "ogiltig" as const,
  fel: { formular: "Sidan är arkiverad. Återställ den som utkast först." },
};
const MASTE_GRANSKAS = {
  ok: false as const,
  orsak: "ogiltig" as const,
  fel: { formular: "Det här innehållet ska granskas innan det publiceras. Välj Skicka för granskning." },
};
const AKTUELLT = { utkast: true, publicerad: true, version: true, utkastAvNamn: true } as const;

function konflikt(nu: { utkast: unknown; publicerad: unknown; version: number; utkastAvNamn: string | null }) {
  return {
    ok: false as const,
    orsak: "konflikt" as const,
    aktuell: { data: (nu.utkast ?? nu.publicerad ?? {}) as Record<string, unknown>, version: nu.version, av: nu.utkastAvNamn },
  };
}

/** One publish: which item goes live with what, by whom. */
export interface Publicering {
  aktor: { id: string | null; name: string };
  typ: Innehallstyp;
  innehallId: string;
  data: Record<string, unknown>;
  /**
   * The version the editor started from: a stale one is refused, and the draft goes, since the
   * editor published it. Null for a scheduled publish, which takes the item as it is then and
   * keeps a draft changed since the publish was scheduled.
   */
  version: number | null;
  kommentar: string;
  /** "Väsentlig ändring": the public one-line note kept with the version; null: a minor change. */
  andringsnot?: string | null;
  /** The step's name in the audit log. */
  granskning?: string;
  /** Runs in the publish's transaction once its version row is written (review, lib/innehall/granskning.ts). */
  efter?: (tx: Prisma.TransactionClient, nummer: number) => Promise<void>;
}

/**
 * The one publish step, for an editor's "Publicera" and a scheduled publish alike. In one
 * transaction `valj` says what to publish (the editor's form, or a schedule row it claims), or
 * gives its own answer instead; the item's row is locked and written, then the version row, the
 * type's public table and the audit entry. Once committed, the tags the type declares for this
 * publish (its item, and what shows it) expire.
 */
export async function publiceringssteg<T = never>(
  db: PrismaClient,
  forfalla: (tagg: Tag) => void,
  valj: (tx: Prisma.TransactionClient) => Promise<{ publicera: Publicering } | { svar: T }>,
): Promise<Sparutfall | T> {
  const steg = await db.$transaction(async (tx) => {
    const val = await valj(tx);
    return "svar" in val ? val : publiceraI(tx, val.publicera);
  });
  if ("svar" in steg) return steg.svar;
  for (const t of steg.taggar) forfalla(t);
  return steg.utfall;
}

async function publiceraI(tx: Prisma.TransactionClient, p: Publicering): Promise<{ utfall: Sparutfall; taggar: readonly Tag[] }> {
  const utan = (utfall: Sparutfall) => ({ utfall, taggar: [] });
  // Locked first: the draft, the archiving and the version are read as they are written.
  const [item] = await tx.$queryRaw<
    {
      nyckel: string;
      version: number;
      utkast: unknown;
      publicerad: unknown;
      utkastAvNamn: string | null;
      avpublicerad: Date | null;
      arkiverad: Date | null;
    }[]
  >`
    SELECT nyckel, version, utkast, publicerad, "utkastAvNamn", avpublicerad, arkiverad FROM "Innehall" WHERE id = ${p.innehallId} FOR UPDATE`;
  if (!item) return utan(FINNS_INTE);
  if (item.arkiverad) return utan(ARKIVERAD);
  if (p.version !== null && item.version !== p.version) return utan(konflikt(item));
  // What the site showed until now: the type's tags depend on what changed.
  const fore = item.avpublicerad === null ? (item.publicerad as Partial<Innehallsdata> | null) : null;
  const utkastetGar = p.version !== null || JSON.stringify(item.utkast) === JSON.stringify(p.data);
  await tx.innehall.update({
    where: { id: p.innehallId },
    data: {
      publicerad: p.data as Prisma.InputJsonObject,
      publiceradTid: new Date(),
      avpublicerad: null,
      version: { increment: 1 },
      ...(utkastetGar ? { utkast: Prisma.DbNull, utkastAvId: null, utkastAvNamn: null, utkastAndrad: null } : {}),
    },
  });
  const nummer = await skrivVersion(
    tx,
    p.aktor,
    p.typ,
    p.innehallId,
    item.nyckel,
    "PUBLICERING",
    p.data,
    p.kommentar,
    p.granskning,
    p.typ.andringsnoter ? (p.andringsnot ?? null) : null,
  );
  await p.efter?.(tx, nummer);
  await p.typ.skrivPublicerad(tx, item.nyckel, p.data as Innehallsdata);
  // A significant change of an område's text is told to those who follow the område, once, with
  // the publish itself (the same transaction: no note without its mail, no mail without its note).
  if (p.typ.andringsnoter && p.andringsnot && p.typ.omrade) {
    const omrade = await tx.forstarkningsomrade.findUnique({ where: { slug: p.typ.omrade(item.nyckel) }, select: { id: true } });
    if (omrade) {
      await koaAndring(tx, {
        omradeId: omrade.id,
        rubrik: p.typ.titel(item.nyckel, p.data as Innehallsdata),
        text: p.andringsnot,
        lank: `${siteUrl().replace(/\/$/, "")}${p.typ.adress(item.nyckel, p.data as Innehallsdata)}`,
      });
    }
  }
  const taggar = p.typ.taggar(item.nyckel, p.data as Innehallsdata, fore);
  // A significant change joins the site-wide list on /senaste-andringar.
  const medNot = p.typ.andringsnoter && p.andringsnot ? [...taggar, "andringsnoter" as const] : taggar;
  return { utfall: { ok: true, version: item.version + 1, nummer }, taggar: medNot };
}

/** The version row and the audit entry of one step, after the caller has locked the item's row. */
export async function skrivVersion(
  tx: Prisma.TransactionClient,
  aktor: { id: string | null; name: string },
  typ: Innehallstyp,
  innehallId: string,
  nyckel: string,
  handling: Versionshandling,
  data: Record<string, unknown>,
  kommentar: string,
  granskning = {
    UTKAST: "innehall.utkast",
    PUBLICERING: "innehall.publicera",
    ATERSTALLNING: "innehall.aterstall",
    SKICKAD_FOR_GRANSKNING: "innehall.skicka-granskning",
    TILLBAKASKICKAD: "innehall.granskning-tillbaka",
    GRANSKAD_I_EFTERHAND: "innehall.granskad-i-efterhand",
  }[handling],
  andringsnot: string | null = null,
): Promise<number> {
  // The row lock taken by the caller's update makes max+1 safe against a concurrent save.
  const { _max } = await tx.innehallVersion.aggregate({ where: { innehallId }, _max: { nummer: true } });
  const nummer = (_max.nummer ?? 0) + 1;
  const json = data as Prisma.InputJsonObject;
  await tx.innehallVersion.create({
    data: {
      innehallId,
      nummer,
      handling,
      data: json,
      forfattareId: aktor.id,
      forfattarNamn: aktor.name,
      kommentar,
      vasentlig: andringsnot !== null,
      andringsnot,
    },
  });
  await tx.granskningshandelse.create({
    data: {
      aktorId: aktor.id,
      aktorNamn: aktor.name,
      handling: granskning,
      objektTyp: typ.typ,
      objektId: nyckel,
      data: { version: nummer, ...(kommentar ? { kommentar } : {}), ...(andringsnot !== null ? { andringsnot } : {}) },
    },
  });
  return nummer;
}

function typEller(typNamn: string): Innehallstyp | null {
  return innehallstyp(typNamn);
}

/** What every save of the form's values starts with: its actor, type, validated values and comment. */
export type Forberedd =
  | { ok: true; aktor: Redigerare; typ: Innehallstyp; data: Record<string, unknown>; kommentar: string }
  | { ok: false; utfall: Exclude<Sparutfall, { ok: true }> };

/**
 * The preamble shared by "Spara utkast", "Publicera", "Skicka för granskning" and "Publicera utan
 * granskning": authorized (throws for a role without the right), the type found, the form's
 * values validated (as for a publish when `publicerar`: what is published or sent for review is
 * what would go live) and the version comment cleaned.
 */
export async function forbered(
  db: PrismaClient,
  aktor: Redigerare | null,
  typNamn: string,
  nyckel: string,
  s: Sparning,
  publicerar: boolean,
  behorighet: "innehall.redigera" | "innehall.publicera-utan-granskning" = "innehall.redigera",
): Promise<Forberedd> {
  authorize(aktor, behorighet);
  const typ = typEller(typNamn);
  if (!typ) return { ok: false, utfall: FINNS_INTE };
  const v = await validera(db, typ, nyckel, s, publicerar);
  if (v.fel) return { ok: false, utfall: { ok: false, orsak: "ogiltig", fel: v.fel } };
  return { ok: true, aktor, typ, data: v.data, kommentar: helText(utanKontrolltecken(s.kommentar ?? "")).trim() };
}

/** "Spara utkast": changes nothing public. */
export async function sparaUtkast(
  db: PrismaClient,
  aktor: Redigerare | null,
  typNamn: string,
  nyckel: string,
  s: Sparning,
): Promise<Sparutfall> {
  const f = await forbered(db, aktor, typNamn, nyckel, s, false);
  if (!f.ok) return f.utfall;
  return skriv(db, f.aktor, f.typ, nyckel, "UTKAST", f.data, s.version, f.kommentar);
}

/** "Publicera": the values become the live version; `forfalla` expires each of the type's cache tags. */
export async function publicera(
  db: PrismaClient,
  aktor: Redigerare | null,
  typNamn: string,
  nyckel: string,
  s: Sparning,
  forfalla: (tagg: Tag) => void,
): Promise<Sparutfall> {
  const f = await forbered(db, aktor, typNamn, nyckel, s, true);
  if (!f.ok) return f.utfall;
  const { typ, kommentar } = f;
  return publiceringssteg<Sparutfall>(db, forfalla, async (tx) => {
    const item = await tx.innehall.findUnique({
      where: { typ_nyckel: { typ: typ.typ, nyckel } },
      select: { id: true, kraverGranskning: true },
    });
    // Review before publishing (lib/innehall/granskning.ts): such an item is sent for review instead.
    if (item && (await kraverGranskning(tx, typ, item))) return { svar: MASTE_GRANSKAS };
    return item
      ? {
          publicera: {
            aktor: { id: f.aktor.id, name: f.aktor.name },
            typ,
            innehallId: item.id,
            data: f.data,
            version: s.version,
            kommentar,
            andringsnot: s.andringsnot ?? null,
          },
        }
      : { svar: FINNS_INTE };
  });
}

/** "Återställ": an old version's content becomes a new draft; nothing is removed. */
export async function aterstall(
  db: PrismaClient,
  aktor: Redigerare | null,
  typNamn: string,
  nyckel: string,
  nummer: number,
  version: number,
): Promise<Sparutfall> {
  authorize(aktor, "innehall.redigera");
  const typ = typEller(typNamn);
  if (!typ) return { ok: false, orsak: "finns-inte" };
  const gammal = await db.innehallVersion.findFirst({ where: { nummer, innehall: { typ: typNamn, nyckel } }, select: { data: true } });
  if (!gammal) return { ok: false, orsak: "finns-inte" };
  return skriv(
    db,
    aktor,
    typ,
    nyckel,
    "ATERSTALLNING",
    gammal.data as Record<string, unknown>,
    version,
    `Återställd från version ${nummer}.`,
  );
}

export type SkapaUtfall = { ok: true; nyckel: string } | { ok: false; fel: Fel };

/** A new page, as an unpublished draft at /<adress>. */
export async function skapaSida(
  db: PrismaClient,
  aktor: Redigerare | null,
  indata: { titel: string; adress: string; foralder: string },
): Promise<SkapaUtfall> {
  authorize(aktor, "innehall.redigera");
  const titel = helText(utanKontrolltecken(indata.titel)).trim();
  const fel: Fel = {};
  if (!titel) fel.titel = "Skriv en rubrik.";
  else if (titel.length > 200) fel.titel = "Rubriken får vara högst 200 tecken.";
  const nyckel = slugify(utanKontrolltecken(indata.adress).trim() || titel);
  if (indata.adress.length > 100) fel.adress = "Adressen får vara högst 100 tecken.";
  else if (!nyckel && !fel.titel) fel.adress = "Skriv en adress med bokstäver eller siffror.";
  else if (RESERVERADE.has(nyckel)) fel.adress = `Adressen /${nyckel} används redan av webbplatsen. Välj en annan.`;
  const data = { titel, ingress: "", brodtext: "", foralder: slugify(indata.foralder), iNavigering: false };
  if (Object.keys(fel).length === 0 && (await db.gammalAdress.count({ where: { slug: nyckel, till: null } })) > 0) {
    fel.adress = `Adressen /${nyckel} tillhör en arkiverad sida. Välj en annan.`;
  }
  if (Object.keys(fel).length === 0) Object.assign(fel, await innehallstyp("sida")!.kontrollera?.(db, nyckel, data));
  if (Object.keys(fel).length > 0) return { ok: false, fel };
  try {
    await db.$transaction(async (tx) => {
      if ((await tx.sida.count({ where: { slug: nyckel } })) > 0)
        throw new Prisma.PrismaClientKnownRequestError("finns", { code: "P2002", clientVersion: "" });
      const item = await tx.innehall.create({
        // The creator owns a new page; "Granska senast" is the column's default, today + 12 months (lib/agare).
        data: {
          typ: "sida",
          nyckel,
          utkast: data,
          utkastAvId: aktor.id,
          utkastAvNamn: aktor.name,
          utkastAndrad: new Date(),
          agareId: aktor.id,
        },
      });
      await tx.innehallVersion.create({
        data: {
          innehallId: item.id,
          nummer: 1,
          handling: "UTKAST",
          data,
          forfattareId: aktor.id,
          forfattarNamn: aktor.name,
          kommentar: "Ny sida.",
        },
      });
      await tx.granskningshandelse.create({
        data: {
          aktorId: aktor.id,
          aktorNamn: aktor.name,
          handling: "innehall.skapa",
          objektTyp: "sida",
          objektId: nyckel,
          data: { titel },
        },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, fel: { adress: `Det finns redan en sida med adressen /${nyckel}. Välj en annan.` } };
    }
    throw error;
  }
  return { ok: true, nyckel };
}

/**
 * A page's lättläst or English version (a type with `variant`), as an unpublished draft keyed by
 * the page's slug. "finns-redan" when it exists: the caller simply opens it.
 */
export async function skapaSprakversion(
  db: PrismaClient,
  aktor: Redigerare | null,
  typNamn: string,
  nyckel: string,
): Promise<{ ok: true } | { ok: false; orsak: "finns-inte" | "finns-redan" }> {
  authorize(aktor, "innehall.redigera");
  const typ = typEller(typNamn);
  if (!typ?.variant) return { ok: false, orsak: "finns-inte" };
  const sida = await db.innehall.findUnique({
    where: { typ_nyckel: { typ: typ.variant.av, nyckel } },
    select: { utkast: true, publicerad: true },
  });
  if (!sida) return { ok: false, orsak: "finns-inte" };
  // Lättläst usually keeps the page's heading; an English one is written from scratch.
  const original = (sida.utkast ?? sida.publicerad ?? {}) as Record<string, unknown>;
  // A page's heading is its titel, the start page's its rubrik, an område's its namn.
  const titel = typ.sprak === "en" ? "" : String(original.titel ?? original.rubrik ?? original.namn ?? "");
  const data = { titel, ingress: "", brodtext: "" };
  try {
    await db.$transaction(async (tx) => {
      const item = await tx.innehall.create({
        data: {
          typ: typ.typ,
          nyckel,
          utkast: data,
          utkastAvId: aktor.id,
          utkastAvNamn: aktor.name,
          utkastAndrad: new Date(),
          agareId: aktor.id,
        },
      });
      await tx.innehallVersion.create({
        data: {
          innehallId: item.id,
          nummer: 1,
          handling: "UTKAST",
          data,
          forfattareId: aktor.id,
          forfattarNamn: aktor.name,
          kommentar: `Skapade ${typ.namn}.`,
        },
      });
      await tx.granskningshandelse.create({
        data: { aktorId: aktor.id, aktorNamn: aktor.name, handling: "innehall.skapa", objektTyp: typ.typ, objektId: nyckel, data: {} },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, orsak: "finns-redan" };
    throw error;
  }
  return { ok: true };
}
