// A content page's address and life: a new address (the old one kept as a permanent redirect,
// chains collapsed), "Avpublicera" (off the public site, still editable), "Arkivera" (its address
// answers 410 Gone) and restoring an archived page as a draft. Like lib/innehall/redigera.ts,
// each step is authorized here, refused on a stale version, and written with a version row and
// an audit entry in one transaction; the public table and the cache tags of what shows the page follow.
import { Prisma, type PrismaClient } from "../db/generated/client";
import { authorize } from "../auth/permissions";
import { slugify } from "../slug";
import { taggar, type Tag } from "../taggar";
import { utanKontrolltecken } from "../text";
import { laddaAdresser } from "./adresser";
import { sida as sidtyp, type SidaData } from "./typer/sida";
import { innehallstyp } from "./typer";
import { flyttaSprakversioner, SPRAKVERSIONER } from "./typer/sidvariant";
import { RESERVERADE, type Fel, type Redigerare } from "./redigera";

export type Steg = { ok: true; nyckel: string } | { ok: false; fel: Fel };

const KONFLIKT: Steg = { ok: false, fel: { formular: "Sidan har ändrats sedan du öppnade den. Ladda om sidan och försök igen." } };
/** An item that does not exist (the same object each time: a caller may compare). */
export const FINNS_INTE: Steg = { ok: false, fel: { formular: "Sidan finns inte längre." } };
const ARKIVERAD: Steg = { ok: false, fel: { formular: "Sidan är arkiverad. Återställ den som utkast först." } };

type Steghandling = "AVPUBLICERING" | "ARKIVERING" | "ADRESSBYTE" | "ATERSTALLNING";

/** The version row and the audit entry of one step, after the caller has locked the item's row. */
async function nyttSteg(
  tx: Prisma.TransactionClient,
  aktor: { id: string | null; name: string },
  item: { id: string; nyckel: string; typ?: string },
  handling: Steghandling,
  data: unknown,
  kommentar: string,
  granskning: string,
  extra: Record<string, string> = {},
): Promise<number> {
  const { _max } = await tx.innehallVersion.aggregate({ where: { innehallId: item.id }, _max: { nummer: true } });
  const nummer = (_max.nummer ?? 0) + 1;
  await tx.innehallVersion.create({
    data: {
      innehallId: item.id,
      nummer,
      handling,
      data: (data ?? {}) as Prisma.InputJsonObject,
      forfattareId: aktor.id,
      forfattarNamn: aktor.name,
      kommentar,
    },
  });
  await tx.granskningshandelse.create({
    data: {
      aktorId: aktor.id,
      aktorNamn: aktor.name,
      handling: granskning,
      objektTyp: item.typ ?? "sida",
      objektId: item.nyckel,
      data: { version: nummer, ...extra },
    },
  });
  return nummer;
}

async function sida(db: PrismaClient, nyckel: string) {
  return db.innehall.findUnique({
    where: { typ_nyckel: { typ: "sida", nyckel } },
    select: { id: true, nyckel: true, version: true, publicerad: true, utkast: true, avpublicerad: true, arkiverad: true },
  });
}

/** What shows a page that comes or goes: its own page, its parent's list, its sub-pages' breadcrumb, the menu if it is there. */
function sidansTaggar(nyckel: string, publicerad: unknown): readonly Tag[] {
  return publicerad ? sidtyp.taggar(nyckel, publicerad as SidaData, null) : [taggar.sida(nyckel)];
}

/** The map on this instance at once; the others read the table within ADRESS_SEKUNDER. */
async function laddaOm(db: PrismaClient) {
  await laddaAdresser(db).catch(() => {});
}

/** Whether a published page is on the public site now. */
export const arPublik = (i: { publicerad: unknown; avpublicerad: Date | null; arkiverad: Date | null }) =>
  i.publicerad !== null && i.avpublicerad === null && i.arkiverad === null;

/** The Swedish message for an address that cannot be used, or null. `nuvarande` is the page's own. */
async function adressFel(db: PrismaClient, skrivet: string, ny: string, nuvarande: string): Promise<string | null> {
  if (skrivet.length > 100) return "Adressen får vara högst 100 tecken.";
  if (!ny) return "Skriv en adress med bokstäver eller siffror.";
  if (ny === nuvarande) return `Sidan har redan adressen /${ny}.`;
  if (RESERVERADE.has(ny)) return `Adressen /${ny} används redan av webbplatsen. Välj en annan.`;
  if ((await db.innehall.count({ where: { typ: "sida", nyckel: ny } })) > 0)
    return `Det finns redan en sida med adressen /${ny}. Välj en annan.`;
  if ((await db.gammalAdress.count({ where: { slug: ny, till: null } })) > 0)
    return `Adressen /${ny} tillhör en arkiverad sida. Välj en annan.`;
  return null;
}

/**
 * A new address for a page. The old one redirects to it (301); every older address that led to
 * the old one now leads straight to the new one; a redirect that had the new address is removed
 * (the address is this page's now). Pages under it follow it.
 */
export async function bytAdress(
  db: PrismaClient,
  aktor: Redigerare | null,
  nyckel: string,
  indata: { adress: string; version: number },
  forfalla: (tagg: Tag) => void,
): Promise<Steg> {
  authorize(aktor, "innehall.redigera");
  const item = await sida(db, nyckel);
  if (!item) return FINNS_INTE;
  if (item.arkiverad) return ARKIVERAD;
  const skrivet = utanKontrolltecken(indata.adress).trim();
  const ny = slugify(skrivet);
  const fel = await adressFel(db, skrivet, ny, nyckel);
  if (fel) return { ok: false, fel: { adress: fel } };
  let undersidor: string[] = [];
  try {
    const utfall = await db.$transaction(async (tx) => {
      const { count } = await tx.innehall.updateMany({
        where: { id: item.id, version: indata.version, arkiverad: null },
        data: { nyckel: ny, version: { increment: 1 } },
      });
      if (count === 0) return KONFLIKT;
      undersidor = (await tx.sida.findMany({ where: { foralder: nyckel }, select: { slug: true } })).map((s) => s.slug);
      await tx.sida.updateMany({ where: { slug: nyckel }, data: { slug: ny } });
      // Its lättläst and English versions follow it (and so does their old address, through the redirect).
      await flyttaSprakversioner(tx, nyckel, ny);
      // Pages under it: the public table, their published and draft text, and scheduled publishes.
      const barn = await tx.sida.updateMany({ where: { foralder: nyckel }, data: { foralder: ny } });
      for (const kolumn of ["publicerad", "utkast"] as const) {
        await tx.$executeRaw`
          UPDATE "Innehall" SET ${Prisma.raw(`"${kolumn}"`)} = jsonb_set(${Prisma.raw(`"${kolumn}"`)}, '{foralder}', to_jsonb(${ny}::text))
           WHERE typ = 'sida' AND ${Prisma.raw(`"${kolumn}"`)} ->> 'foralder' = ${nyckel}`;
      }
      await tx.$executeRaw`
        UPDATE "SchemalagdPublicering" SET data = jsonb_set(data, '{foralder}', to_jsonb(${ny}::text))
         WHERE utford IS NULL AND avbruten IS NULL AND data ->> 'foralder' = ${nyckel}`;
      await tx.gammalAdress.deleteMany({ where: { slug: ny } });
      await tx.gammalAdress.updateMany({ where: { till: nyckel }, data: { till: ny, andrad: new Date() } });
      await tx.gammalAdress.upsert({
        where: { slug: nyckel },
        create: { slug: nyckel, till: ny, innehallId: item.id },
        update: { till: ny, innehallId: item.id },
      });
      await nyttSteg(
        tx,
        aktor,
        { id: item.id, nyckel: ny },
        "ADRESSBYTE",
        item.utkast ?? item.publicerad,
        `Adressen ändrad från /${nyckel} till /${ny}.`,
        "innehall.byt-adress",
        {
          fran: nyckel,
          till: ny,
          ...(barn.count > 0 ? { undersidor: String(barn.count) } : {}),
        },
      );
      return { ok: true as const, nyckel: ny };
    });
    if (!utfall.ok) return utfall;
  } catch (error) {
    // Another page took the address between the check and the write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, fel: { adress: `Det finns redan en sida med adressen /${ny}. Välj en annan.` } };
    }
    throw error;
  }
  // Both addresses and their language versions, and the sub-pages, whose parent is now elsewhere.
  for (const t of [
    ...sidansTaggar(nyckel, item.publicerad),
    ...sidansTaggar(ny, item.publicerad),
    ...SPRAKVERSIONER.flatMap((s) => [taggar.sidvariant(nyckel, s), taggar.sidvariant(ny, s)]),
    ...undersidor.map((s) => taggar.sida(s)),
  ])
    forfalla(t);
  await laddaOm(db);
  return { ok: true, nyckel: ny };
}

/**
 * Takes a published page off the public site inside the caller's transaction (the editor's
 * step and the scheduled one). The tags to expire once committed; null when it was not public.
 */
export async function avpubliceraI(
  tx: Prisma.TransactionClient,
  aktor: { id: string | null; name: string },
  innehallId: string,
  version: number | null,
  kommentar: string,
  granskning = "innehall.avpublicera",
): Promise<readonly Tag[] | null> {
  const { count } = await tx.innehall.updateMany({
    where: {
      id: innehallId,
      typ: "sida",
      avpublicerad: null,
      arkiverad: null,
      NOT: { publicerad: { equals: Prisma.DbNull } },
      ...(version === null ? {} : { version }),
    },
    data: { avpublicerad: new Date(), version: { increment: 1 } },
  });
  if (count === 0) return null;
  const item = await tx.innehall.findUniqueOrThrow({ where: { id: innehallId }, select: { id: true, nyckel: true, publicerad: true } });
  await tx.sida.deleteMany({ where: { slug: item.nyckel } });
  await nyttSteg(tx, aktor, item, "AVPUBLICERING", item.publicerad, kommentar, granskning);
  return sidansTaggar(item.nyckel, item.publicerad);
}

/** "Avpublicera": off the public site (404, menu, search, sitemap); the page and its versions stay. */
export async function avpublicera(
  db: PrismaClient,
  aktor: Redigerare | null,
  nyckel: string,
  version: number,
  forfalla: (tagg: Tag) => void,
): Promise<Steg> {
  authorize(aktor, "innehall.redigera");
  const item = await sida(db, nyckel);
  if (!item) return FINNS_INTE;
  if (item.arkiverad) return ARKIVERAD;
  if (!arPublik(item)) return { ok: false, fel: { formular: "Sidan är inte publicerad." } };
  const utgangna = await db.$transaction((tx) => avpubliceraI(tx, aktor, item.id, version, "Avpublicerad."));
  if (!utgangna) return KONFLIKT;
  for (const t of utgangna) forfalla(t);
  return { ok: true, nyckel };
}

/**
 * "Avpublicera versionen": a lättläst or English version (of a page, the start page or an område)
 * off the public site; its original stops linking to it. The item, its history and its draft
 * stay, and publishing it again brings it back.
 */
export async function avpubliceraSprakversion(
  db: PrismaClient,
  aktor: Redigerare | null,
  typNamn: string,
  nyckel: string,
  version: number,
  forfalla: (tagg: Tag) => void,
): Promise<Steg> {
  authorize(aktor, "innehall.redigera");
  const typ = innehallstyp(typNamn);
  if (!typ?.variant) return FINNS_INTE;
  const { av, sprak } = typ.variant;
  const item = await db.innehall.findUnique({
    where: { typ_nyckel: { typ: typNamn, nyckel } },
    select: { id: true, typ: true, nyckel: true, publicerad: true, avpublicerad: true, arkiverad: true },
  });
  if (!item) return FINNS_INTE;
  if (!arPublik(item)) return { ok: false, fel: { formular: "Versionen är inte publicerad." } };
  const klart = await db.$transaction(async (tx) => {
    const { count } = await tx.innehall.updateMany({
      where: { id: item.id, version, avpublicerad: null, arkiverad: null },
      data: { avpublicerad: new Date(), version: { increment: 1 } },
    });
    if (count === 0) return false;
    await tx.sidaVariant.deleteMany({ where: { av, slug: nyckel, sprak } });
    await nyttSteg(tx, aktor, item, "AVPUBLICERING", item.publicerad, "Avpublicerad.", "innehall.avpublicera");
    return true;
  });
  if (!klart) return KONFLIKT;
  // Its own page, and the original's, which linked to it (as on a first publish).
  for (const t of typ.taggar(nyckel, item.publicerad as never, null)) forfalla(t);
  return { ok: true, nyckel };
}

/**
 * "Arkivera": off the public site, its address (and the old ones that led to it) answers 410
 * Gone, and what was scheduled for it is cancelled. It stays listed and can be restored.
 */
export async function arkivera(
  db: PrismaClient,
  aktor: Redigerare | null,
  nyckel: string,
  version: number,
  forfalla: (tagg: Tag) => void,
): Promise<Steg> {
  authorize(aktor, "innehall.redigera");
  const item = await sida(db, nyckel);
  if (!item) return FINNS_INTE;
  if (item.arkiverad) return { ok: false, fel: { formular: "Sidan är redan arkiverad." } };
  const utfall = await db.$transaction(async (tx) => {
    const { count } = await tx.innehall.updateMany({
      where: { id: item.id, version, arkiverad: null },
      data: { arkiverad: new Date(), version: { increment: 1 } },
    });
    if (count === 0) return KONFLIKT;
    await tx.sida.deleteMany({ where: { slug: nyckel } });
    await tx.gammalAdress.upsert({
      where: { slug: nyckel },
      create: { slug: nyckel, till: null, innehallId: item.id },
      update: { till: null, innehallId: item.id },
    });
    await tx.gammalAdress.updateMany({ where: { innehallId: item.id }, data: { till: null, andrad: new Date() } });
    const avbrutna = await tx.schemalagdPublicering.updateMany({
      where: { innehallId: item.id, utford: null, avbruten: null },
      data: { avbruten: new Date() },
    });
    await nyttSteg(
      tx,
      aktor,
      item,
      "ARKIVERING",
      item.utkast ?? item.publicerad,
      "Arkiverad.",
      "innehall.arkivera",
      avbrutna.count > 0 ? { avbrutnaSchemalagda: String(avbrutna.count) } : {},
    );
    return { ok: true as const, nyckel };
  });
  if (!utfall.ok) return utfall;
  for (const t of sidansTaggar(nyckel, item.publicerad)) forfalla(t);
  await laddaOm(db);
  return utfall;
}

/** An archived page becomes an unpublished draft again; its address answers 404 until it is published. */
export async function aterstallFranArkiv(db: PrismaClient, aktor: Redigerare | null, nyckel: string, version: number): Promise<Steg> {
  authorize(aktor, "innehall.redigera");
  const item = await sida(db, nyckel);
  if (!item) return FINNS_INTE;
  if (!item.arkiverad) return { ok: false, fel: { formular: "Sidan är inte arkiverad." } };
  const utkast = (item.utkast ?? item.publicerad ?? {}) as Prisma.InputJsonObject;
  const utfall = await db.$transaction(async (tx) => {
    const { count } = await tx.innehall.updateMany({
      where: { id: item.id, version, NOT: { arkiverad: null } },
      data: {
        arkiverad: null,
        avpublicerad: item.publicerad === null ? null : new Date(),
        utkast,
        utkastAvId: aktor.id,
        utkastAvNamn: aktor.name,
        utkastAndrad: new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) return KONFLIKT;
    await tx.gammalAdress.deleteMany({ where: { slug: nyckel, innehallId: item.id } });
    await tx.gammalAdress.updateMany({ where: { innehallId: item.id }, data: { till: nyckel, andrad: new Date() } });
    await nyttSteg(tx, aktor, item, "ATERSTALLNING", utkast, "Återställd från arkivet som utkast.", "innehall.aterstall-arkiv");
    return { ok: true as const, nyckel };
  });
  if (utfall.ok) await laddaOm(db);
  return utfall;
}
