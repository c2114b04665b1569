// What the editors' pages read: the list with unpublished changes, one item for its form, and
// its history. Staff pages only; the public pages read lib/innehall/queries.ts.
import type { PrismaClient } from "../db/generated/client";
import { innehallstyp, innehallstyper } from "./typer";
import { ORIGINAL } from "./typer/sidvariant";

export interface Listrad {
  typ: string;
  nyckel: string;
  titel: string;
  adress: string;
  publicerad: boolean;
  /** Taken off the site ("Avpublicera") or archived (lib/innehall/livscykel.ts). */
  avpublicerad: boolean;
  arkiverad: boolean;
  utkast: { av: string | null; andrad: Date | null } | null;
  /** A page's lättläst and English versions: one entry per version type, null where none exists. */
  varianter?: { typ: string; etikett: string; rad: Listrad | null }[];
}

export async function innehallslista(db: PrismaClient): Promise<{ grupp: string; typ: string; rader: Listrad[] }[]> {
  const items = await db.innehall.findMany({
    select: {
      typ: true,
      nyckel: true,
      publicerad: true,
      utkast: true,
      utkastAvNamn: true,
      utkastAndrad: true,
      avpublicerad: true,
      arkiverad: true,
    },
    orderBy: [{ typ: "asc" }, { nyckel: "asc" }],
  });
  const rader = (t: (typeof innehallstyper)[number]): Listrad[] =>
    items
      .filter((i) => i.typ === t.typ)
      .map((i) => {
        const data = (i.utkast ?? i.publicerad ?? {}) as never;
        return {
          typ: i.typ,
          nyckel: i.nyckel,
          titel: t.titel(i.nyckel, data),
          adress: t.adress(i.nyckel, data),
          publicerad: i.publicerad !== null,
          avpublicerad: i.avpublicerad !== null,
          arkiverad: i.arkiverad !== null,
          utkast: i.utkast !== null ? { av: i.utkastAvNamn, andrad: i.utkastAndrad } : null,
        };
      });
  // Language versions are listed with the item they belong to, not as groups of their own.
  return innehallstyper
    .filter((t) => !t.variant)
    .map((t) => {
      const varianter = innehallstyper.filter((v) => v.variant?.av === t.typ).map((v) => ({ v, rader: rader(v) }));
      return {
        grupp: t.grupp,
        typ: t.typ,
        rader: rader(t).map((r) =>
          varianter.length === 0
            ? r
            : {
                ...r,
                varianter: varianter.map(({ v, rader }) => ({
                  typ: v.typ,
                  etikett: v.variant!.etikett,
                  rad: rader.find((x) => x.nyckel === r.nyckel) ?? null,
                })),
              },
        ),
      };
    });
}

export async function innehallForRedigering(db: PrismaClient, typNamn: string, nyckel: string) {
  const typ = innehallstyp(typNamn);
  if (!typ) return null;
  const item = await db.innehall.findUnique({
    where: { typ_nyckel: { typ: typNamn, nyckel } },
    select: {
      id: true,
      publicerad: true,
      publiceradTid: true,
      utkast: true,
      utkastAvNamn: true,
      utkastAndrad: true,
      version: true,
      avpublicerad: true,
      arkiverad: true,
      kraverGranskning: true,
    },
  });
  if (!item) return null;
  const data = (item.utkast ?? item.publicerad ?? {}) as Record<string, unknown>;
  return { typ, item, data, titel: typ.titel(nyckel, data as never) };
}

export const HISTORIK_SIDA = 50;

/** The newest versions first, a page at a time (the unique (innehallId, nummer) index serves it). */
export async function historik(db: PrismaClient, typNamn: string, nyckel: string, fore?: number) {
  const item = await db.innehall.findUnique({ where: { typ_nyckel: { typ: typNamn, nyckel } }, select: { id: true, version: true } });
  if (!item) return null;
  const versioner = await db.innehallVersion.findMany({
    where: { innehallId: item.id, ...(fore ? { nummer: { lt: fore } } : {}) },
    orderBy: { nummer: "desc" },
    take: HISTORIK_SIDA,
    select: { nummer: true, handling: true, tidpunkt: true, forfattarNamn: true, kommentar: true },
  });
  return { version: item.version, versioner, id: item.id };
}

export async function versionsdata(db: PrismaClient, innehallId: string, nummer: number) {
  const v = await db.innehallVersion.findUnique({ where: { innehallId_nummer: { innehallId, nummer } }, select: { data: true } });
  return v ? (v.data as Record<string, unknown>) : null;
}

export const handlingsetikett = {
  UTKAST: "Utkast sparat",
  PUBLICERING: "Publicerad",
  ATERSTALLNING: "Återställd som utkast",
  AVPUBLICERING: "Avpublicerad",
  ARKIVERING: "Arkiverad",
  ADRESSBYTE: "Ny adress",
  SKICKAD_FOR_GRANSKNING: "Skickad för granskning",
  TILLBAKASKICKAD: "Skickad tillbaka av granskaren",
  GRANSKNING_ATERKALLAD: "Granskningen drogs tillbaka",
  GRANSKAD_I_EFTERHAND: "Granskad i efterhand",
} as const;

/** For an item's edit page: its language versions (a page), or the item it is a version of. */
export async function sprakversioner(db: PrismaClient, typNamn: string, nyckel: string) {
  const typ = innehallstyp(typNamn);
  if (!typ) return { varianter: [], original: null };
  const typer = innehallstyper.filter((v) => v.variant?.av === typNamn);
  const items = await db.innehall.findMany({
    where: { nyckel, typ: { in: typer.map((v) => v.typ) } },
    select: { typ: true, publicerad: true, avpublicerad: true, utkast: true, utkastAvNamn: true },
  });
  const varianter = typer.map((v) => {
    const i = items.find((x) => x.typ === v.typ);
    return {
      typ: v.typ,
      etikett: v.variant!.etikett,
      namn: v.namn,
      finns: Boolean(i),
      publicerad: Boolean(i?.publicerad && !i.avpublicerad),
      utkastAv: i?.utkast ? (i.utkastAvNamn ?? "okänd") : null,
    };
  });
  const av = typ.variant ? innehallstyp(typ.variant.av) : null;
  if (!typ.variant || !av) return { varianter, original: null };
  const o = await db.innehall.findUnique({ where: { typ_nyckel: { typ: av.typ, nyckel } }, select: { publicerad: true, utkast: true } });
  const data = (o?.publicerad ?? o?.utkast ?? null) as Record<string, unknown> | null;
  return {
    varianter,
    original: data
      ? {
          typ: av.typ,
          // "sidan", "startsidan", "området": what the edit page calls the original.
          namn: ORIGINAL[typ.variant.av as keyof typeof ORIGINAL]?.namn ?? "sidan",
          titel: av.titel(nyckel, data as never),
          data,
          falt: av.falt,
          publicerad: Boolean(o?.publicerad),
        }
      : null,
  };
}
