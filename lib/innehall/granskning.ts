// Review before publishing ("Granskning före publicering", like GOV.UK's 2i). An item whose type
// says `granskning: true`, whose type an admin marked (InnehallstypInstallning), or that an admin
// marked itself (Innehall.kraverGranskning), is not published
// by its editor: the draft is frozen as a version and sent for review (SKICKAD_FOR_GRANSKNING).
// Someone else with innehall.granska approves it, which publishes exactly that version through
// the one publish step (publiceringssteg) now or schedules it for a later time, with the change
// note the author gave, or sends it back with a comment, which mails the author. A draft changed after sending withdraws the request (lib/innehall/granskningsrad.ts).
// An admin may publish such an item without review by giving a reason; it is then listed until
// someone else reviews it afterwards. Every step is a version row and an audit entry.
import { z } from "zod";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { authorize } from "../auth/permissions";
import { faltfel } from "../atgard/faltfel";
import { siteUrl } from "../config";
import { formatTidpunkt } from "../datum";
import { utanKontrolltecken } from "../text";
import { koaUtskick, mall } from "../utskick";
import type { Tag } from "../taggar";
import { helText } from "./typ";
import { innehallstyp } from "./typer";
import { avbrytGodkandOmAndrad } from "./granskningsrad";
import { forbered, publiceringssteg, skrivVersion, type Fel, type Redigerare, type Sparning, type Sparutfall } from "./redigera";
import { lasTidpunkt } from "./schemalagt";
import { innehallstyper } from "./typer";

export { kraverGranskning, typKraverGranskning } from "./granskningsrad";

const text = (max: number, tom: string, lang: string) =>
  z
    .string()
    .transform((s) => helText(utanKontrolltecken(s)).trim())
    .pipe(z.string().min(1, tom).max(max, lang));

/** "Skicka tillbaka": the comment is required. One schema for the form and the server. */
export const tillbakaSchema = z.object({
  granskarkommentar: text(2000, "Skriv vad som behöver ändras.", "Kommentaren får vara högst 2000 tecken."),
});

/** "Publicera utan granskning": the admin's reason is required. */
export const motiveringSchema = z.object({
  motivering: text(500, "Skriv varför innehållet publiceras utan granskning.", "Motiveringen får vara högst 500 tecken."),
});

/** The mail to the author when a reviewer sends the draft back; listed in lib/utskicksmallar.ts. */
export const tillbakamejl = mall({
  namn: "innehall.granskning-tillbaka",
  amne: "{titel} har skickats tillbaka",
  text: `Hej {namn}!

{granskare} har granskat {titel} och skickat tillbaka utkastet till dig. Kommentaren:

{kommentar}

Ändra utkastet och skicka det för granskning igen:
{lank}

Grundskoleportalen`,
});

/** The mail to the author when a reviewer approves; listed in lib/utskicksmallar.ts. */
export const godkandmejl = mall({
  namn: "innehall.granskning-godkand",
  amne: "{titel} har godkänts",
  text: `Hej {namn}!

{granskare} har granskat {titel} och godkänt versionen du skickade. {nar}

Sidan i personalens redigering:
{lank}

Grundskoleportalen`,
});

/** Mails the author of request `g` (if the account has an address) in the approval's transaction. */
async function meddelaGodkannande(
  tx: Prisma.TransactionClient,
  g: { forfattareId: string | null; typ: string; nyckel: string; data: unknown },
  titel: string,
  granskare: string,
  tidpunkt: Date | null,
) {
  const forfattare = g.forfattareId
    ? await tx.user.findUnique({ where: { id: g.forfattareId }, select: { email: true, name: true } })
    : null;
  if (!forfattare?.email) return;
  await koaUtskick(tx, godkandmejl, {
    till: forfattare.email,
    varden: {
      namn: forfattare.name,
      granskare,
      titel,
      nar: tidpunkt ? `Den publiceras ${formatTidpunkt(tidpunkt)}.` : "Den är publicerad nu.",
      lank: `${siteUrl().replace(/\/$/, "")}${redigeringsadress(g.typ, g.nyckel)}`,
    },
  });
}

export type Granskningsutfall = { ok: true } | { ok: false; fel: Fel };

const FINNS_INTE: Granskningsutfall = { ok: false, fel: { formular: "Det här innehållet finns inte." } };
const INTE_VANTANDE: Granskningsutfall = {
  ok: false,
  fel: { formular: "Granskningen är redan avgjord eller tillbakadragen. Ladda om sidan för att se hur det blev." },
};
const EGEN: Granskningsutfall = {
  ok: false,
  fel: { formular: "Du kan inte granska din egen version. Be en annan redaktör eller administratör." },
};

const redigeringsadress = (typ: string, nyckel: string) => `/personal/innehall/${typ}/${nyckel}`;

/** "Skicka för granskning": the form's values become the draft and a frozen version that waits for review. */
export async function skickaForGranskning(
  db: PrismaClient,
  aktor: Redigerare | null,
  typNamn: string,
  nyckel: string,
  s: Sparning,
): Promise<Sparutfall> {
  // Checked as for a publish: what is sent is what would go live.
  const f = await forbered(db, aktor, typNamn, nyckel, s, true);
  if (!f.ok) return f.utfall;
  const { typ, kommentar } = f;
  const v = { data: f.data };
  const andringsnot = typ.andringsnoter ? (s.andringsnot ?? null) : null;
  return db.$transaction(async (tx) => {
    const [item] = await tx.$queryRaw<{ id: string; version: number; arkiverad: Date | null; utkastAvNamn: string | null }[]>`
      SELECT id, version, arkiverad, "utkastAvNamn" FROM "Innehall" WHERE typ = ${typNamn} AND nyckel = ${nyckel} FOR UPDATE`;
    if (!item) return { ok: false as const, orsak: "finns-inte" as const };
    if (item.arkiverad)
      return { ok: false as const, orsak: "ogiltig" as const, fel: { formular: "Sidan är arkiverad. Återställ den som utkast först." } };
    if (item.version !== s.version) {
      const nu = await tx.innehall.findUniqueOrThrow({ where: { id: item.id }, select: { utkast: true, publicerad: true, version: true } });
      return {
        ok: false as const,
        orsak: "konflikt" as const,
        aktuell: { data: (nu.utkast ?? nu.publicerad ?? {}) as Record<string, unknown>, version: nu.version, av: item.utkastAvNamn },
      };
    }
    // A request still waiting (sent again unchanged, or by someone else) is replaced by this one.
    await tx.granskning.updateMany({
      where: { innehallId: item.id, status: "VANTAR" },
      data: { status: "ATERKALLAD", avgjord: new Date() },
    });
    // An approved publish still scheduled is of the text before this one: it goes (granskningsrad.ts).
    await avbrytGodkandOmAndrad(tx, { id: f.aktor.id, name: f.aktor.name }, { id: item.id, typ: typNamn, nyckel }, v.data);
    await tx.innehall.update({
      where: { id: item.id },
      data: {
        utkast: v.data as Prisma.InputJsonObject,
        utkastAvId: f.aktor.id,
        utkastAvNamn: f.aktor.name,
        utkastAndrad: new Date(),
        version: { increment: 1 },
      },
    });
    const nummer = await skrivVersion(tx, f.aktor, typ, item.id, nyckel, "SKICKAD_FOR_GRANSKNING", v.data, kommentar);
    await tx.granskning.create({
      data: {
        innehallId: item.id,
        nummer,
        data: v.data as Prisma.InputJsonObject,
        status: "VANTAR",
        forfattareId: f.aktor.id,
        forfattarNamn: f.aktor.name,
        andringsnot,
      },
    });
    return { ok: true as const, version: item.version + 1, nummer };
  });
}

/** Locks the request, if it is still in `status`; the caller decides in the same transaction. */
async function lasBegaran(tx: Prisma.TransactionClient, id: string, status: "VANTAR" | "UTAN_GRANSKNING") {
  // The item first, then the request: the order a save takes them in (the draft, then the
  // withdrawal), so a save and a decision at the same moment wait for each other, never deadlock.
  await tx.$queryRaw`
    SELECT i.id FROM "Innehall" i JOIN "Granskning" g ON g."innehallId" = i.id WHERE g.id = ${id} FOR UPDATE OF i`;
  const [g] = await tx.$queryRaw<
    {
      id: string;
      innehallId: string;
      nummer: number;
      data: unknown;
      forfattareId: string | null;
      forfattarNamn: string;
      andringsnot: string | null;
    }[]
  >`
    SELECT id, "innehallId", nummer, data, "forfattareId", "forfattarNamn", andringsnot FROM "Granskning"
     WHERE id = ${id} AND status = ${status}::"GranskningStatus" FOR UPDATE`;
  if (!g) return null;
  const item = await tx.innehall.findUniqueOrThrow({ where: { id: g.innehallId }, select: { typ: true, nyckel: true } });
  return { ...g, ...item };
}

/**
 * "Godkänn och publicera": publishes exactly the version that was sent, through the one publish
 * step, with the change note the author gave. The request's row is locked first, so two
 * reviewers approving at once publish once. With `nar` ("Godkänn och publicera <tid>", Swedish
 * time, later than now) the approved version and its note are scheduled instead, for the job
 * that publishes scheduled items (lib/innehall/schemalagt.ts); a change of the draft before then
 * cancels that publish (granskningsrad.ts).
 */
export async function godkann(
  db: PrismaClient,
  aktor: Redigerare | null,
  id: string,
  forfalla: (tagg: Tag) => void,
  nar: { datum: string; klockslag: string } | null = null,
  nu = new Date(),
): Promise<Granskningsutfall> {
  authorize(aktor, "innehall.granska");
  let tidpunkt: Date | null = null;
  if (nar) {
    const tid = lasTidpunkt(nar, nu);
    if (!tid.ok) return tid;
    tidpunkt = tid.tidpunkt;
  }
  const utfall = await publiceringssteg<Granskningsutfall>(db, forfalla, async (tx) => {
    const g = await lasBegaran(tx, id, "VANTAR");
    if (!g) return { svar: INTE_VANTANDE };
    if (g.forfattareId === aktor.id) return { svar: EGEN };
    const typ = innehallstyp(g.typ);
    if (!typ) return { svar: FINNS_INTE };
    // An answer of its own commits the transaction: refuse before anything is written.
    const [item] = await tx.$queryRaw<{ arkiverad: Date | null }[]>`
      SELECT arkiverad FROM "Innehall" WHERE id = ${g.innehallId} FOR UPDATE`;
    if (item?.arkiverad) return { svar: { ok: false, fel: { formular: "Sidan är arkiverad. Återställ den som utkast först." } } };
    await tx.granskning.update({
      where: { id },
      data: { status: "GODKAND", avgjordAvId: aktor.id, avgjordAvNamn: aktor.name, avgjord: new Date() },
    });
    await meddelaGodkannande(tx, g, typ.titel(g.nyckel, g.data as never), aktor.name, tidpunkt);
    if (tidpunkt) {
      const andringsnot = typ.andringsnoter ? g.andringsnot : null;
      const schema = await tx.schemalagdPublicering.create({
        data: {
          innehallId: g.innehallId,
          tidpunkt,
          atgard: "PUBLICERA",
          data: g.data as Prisma.InputJsonObject,
          andringsnot,
          granskningId: g.id,
          skapadAvId: aktor.id,
          skapadAvNamn: aktor.name,
        },
      });
      await tx.granskningshandelse.create({
        data: {
          aktorId: aktor.id,
          aktorNamn: aktor.name,
          handling: "innehall.granskning-godkand",
          objektTyp: g.typ,
          objektId: g.nyckel,
          data: { version: g.nummer, tidpunkt: tidpunkt.toISOString(), schema: schema.id, ...(andringsnot ? { andringsnot } : {}) },
        },
      });
      return { svar: { ok: true } };
    }
    return {
      publicera: {
        aktor: { id: aktor.id, name: aktor.name },
        typ,
        innehallId: g.innehallId,
        data: g.data as Record<string, unknown>,
        version: null,
        kommentar: `Granskad version ${g.nummer} av ${g.forfattarNamn}, godkänd av ${aktor.name}.`,
        andringsnot: g.andringsnot,
        granskning: "innehall.granskning-godkand",
      },
    };
  });
  if ("fel" in utfall) return utfall;
  return utfall.ok ? { ok: true } : { ok: false, fel: { formular: "Det gick inte att publicera. Ladda om sidan och försök igen." } };
}

/** "Skicka tillbaka": the request ends with the reviewer's comment, and the author is mailed. */
export async function skickaTillbaka(
  db: PrismaClient,
  aktor: Redigerare | null,
  id: string,
  indata: { granskarkommentar: string },
): Promise<Granskningsutfall> {
  authorize(aktor, "innehall.granska");
  const parsed = tillbakaSchema.safeParse(indata);
  if (!parsed.success) return { ok: false, fel: faltfel(parsed.error) };
  const kommentar = parsed.data.granskarkommentar;
  return db.$transaction(async (tx) => {
    const g = await lasBegaran(tx, id, "VANTAR");
    if (!g) return INTE_VANTANDE;
    if (g.forfattareId === aktor.id) return EGEN;
    const typ = innehallstyp(g.typ);
    if (!typ) return FINNS_INTE;
    await tx.$queryRaw`SELECT id FROM "Innehall" WHERE id = ${g.innehallId} FOR UPDATE`;
    await tx.granskning.update({
      where: { id },
      data: { status: "TILLBAKA", avgjordAvId: aktor.id, avgjordAvNamn: aktor.name, avgjord: new Date(), kommentar },
    });
    await skrivVersion(tx, aktor, typ, g.innehallId, g.nyckel, "TILLBAKASKICKAD", g.data as Record<string, unknown>, kommentar);
    const forfattare = g.forfattareId
      ? await tx.user.findUnique({ where: { id: g.forfattareId }, select: { email: true, name: true } })
      : null;
    if (forfattare?.email) {
      const data = g.data as Record<string, unknown>;
      await koaUtskick(tx, tillbakamejl, {
        till: forfattare.email,
        varden: {
          namn: forfattare.name,
          granskare: aktor.name,
          titel: typ.titel(g.nyckel, data as never),
          kommentar,
          lank: `${siteUrl().replace(/\/$/, "")}${redigeringsadress(g.typ, g.nyckel)}`,
        },
      });
    }
    return { ok: true };
  });
}

/**
 * "Publicera utan granskning": an admin publishes an item that needs review, with a reason. The
 * publish is listed under "Publicerat utan granskning" until someone else reviews it afterwards.
 */
export async function publiceraUtanGranskning(
  db: PrismaClient,
  aktor: Redigerare | null,
  typNamn: string,
  nyckel: string,
  s: Sparning & { motivering: string },
  forfalla: (tagg: Tag) => void,
): Promise<Sparutfall> {
  const f = await forbered(db, aktor, typNamn, nyckel, s, true, "innehall.publicera-utan-granskning");
  const m = motiveringSchema.safeParse({ motivering: s.motivering });
  if (!f.ok && f.utfall.orsak !== "ogiltig") return f.utfall;
  if (!m.success || !f.ok)
    return {
      ok: false,
      orsak: "ogiltig",
      fel: { ...(m.success ? {} : faltfel(m.error)), ...(!f.ok && "fel" in f.utfall ? f.utfall.fel : {}) },
    };
  const motivering = m.data.motivering;
  const { typ, data } = f;
  const admin = f.aktor;
  return publiceringssteg<Sparutfall>(db, forfalla, async (tx) => {
    const item = await tx.innehall.findUnique({ where: { typ_nyckel: { typ: typNamn, nyckel } }, select: { id: true } });
    if (!item) return { svar: { ok: false, orsak: "finns-inte" } };
    return {
      publicera: {
        aktor: { id: admin.id, name: admin.name },
        typ,
        innehallId: item.id,
        data,
        version: s.version,
        kommentar: `Publicerad utan granskning: ${motivering}`,
        andringsnot: s.andringsnot ?? null,
        granskning: "innehall.publicera-utan-granskning",
        efter: async (tx2, nummer) => {
          // A request that waited, or an approved publish still scheduled, is settled by this publish.
          await avbrytGodkandOmAndrad(tx2, { id: admin.id, name: admin.name }, { id: item.id, typ: typNamn, nyckel }, data);
          await tx2.granskning.updateMany({
            where: { innehallId: item.id, status: "VANTAR" },
            data: { status: "ATERKALLAD", avgjord: new Date() },
          });
          await tx2.granskning.create({
            data: {
              innehallId: item.id,
              nummer,
              data: data as Prisma.InputJsonObject,
              status: "UTAN_GRANSKNING",
              forfattareId: admin.id,
              forfattarNamn: admin.name,
              motivering,
            },
          });
        },
      },
    };
  });
}

/** "Granskad i efterhand": someone other than the publisher reviewed a publish without review. */
export async function granskaIEfterhand(db: PrismaClient, aktor: Redigerare | null, id: string): Promise<Granskningsutfall> {
  authorize(aktor, "innehall.granska");
  return db.$transaction(async (tx) => {
    const g = await lasBegaran(tx, id, "UTAN_GRANSKNING");
    if (!g) return INTE_VANTANDE;
    if (g.forfattareId === aktor.id)
      return { ok: false, fel: { formular: "Du publicerade själv. Någon annan behöver granska i efterhand." } };
    const typ = innehallstyp(g.typ);
    if (!typ) return FINNS_INTE;
    await tx.$queryRaw`SELECT id FROM "Innehall" WHERE id = ${g.innehallId} FOR UPDATE`;
    await tx.granskning.update({
      where: { id },
      data: { status: "GRANSKAD_I_EFTERHAND", avgjordAvId: aktor.id, avgjordAvNamn: aktor.name, avgjord: new Date() },
    });
    await skrivVersion(
      tx,
      aktor,
      typ,
      g.innehallId,
      g.nyckel,
      "GRANSKAD_I_EFTERHAND",
      g.data as Record<string, unknown>,
      `Version ${g.nummer}, publicerad utan granskning, är granskad i efterhand.`,
    );
    return { ok: true };
  });
}

/** An admin turns review on or off for one item. */
export async function sattKraverGranskning(
  db: PrismaClient,
  aktor: Redigerare | null,
  typNamn: string,
  nyckel: string,
  pa: boolean,
): Promise<boolean> {
  authorize(aktor, "innehall.publicera-utan-granskning");
  return db.$transaction(async (tx) => {
    const { count } = await tx.innehall.updateMany({ where: { typ: typNamn, nyckel }, data: { kraverGranskning: pa } });
    if (count === 0) return false;
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: pa ? "innehall.kraver-granskning" : "innehall.kraver-inte-granskning",
        objektTyp: typNamn,
        objektId: nyckel,
        data: {},
      },
    });
    return true;
  });
}

/**
 * An admin turns review on or off for every item of a type ("Kräver granskning" on
 * /personal/innehall), without a deploy. False for a type that does not exist.
 */
export async function sattTypKraverGranskning(db: PrismaClient, aktor: Redigerare | null, typNamn: string, pa: boolean): Promise<boolean> {
  authorize(aktor, "innehall.publicera-utan-granskning");
  if (!innehallstyp(typNamn)) return false;
  await db.$transaction(async (tx) => {
    await tx.innehallstypInstallning.upsert({
      where: { typ: typNamn },
      create: { typ: typNamn, kraverGranskning: pa, andradAvNamn: aktor.name },
      update: { kraverGranskning: pa, andradAvNamn: aktor.name },
    });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: pa ? "innehall.typ-kraver-granskning" : "innehall.typ-kraver-inte-granskning",
        objektTyp: "innehallstyp",
        objektId: typNamn,
        data: {},
      },
    });
  });
  return true;
}

/** Every type with whether it asks review, and why: in code, or by an admin's setting. */
export async function granskningPerTyp(db: PrismaClient) {
  const installningar = await db.innehallstypInstallning.findMany({ select: { typ: true, kraverGranskning: true } });
  const pa = new Set(installningar.filter((i) => i.kraverGranskning).map((i) => i.typ));
  return innehallstyper.map((t) => ({
    typ: t.typ,
    namn: t.namn,
    grupp: t.grupp,
    iKoden: t.granskning === true,
    installning: pa.has(t.typ),
  }));
}

export interface Granskningsrad {
  id: string;
  typ: string;
  nyckel: string;
  titel: string;
  nummer: number;
  forfattareId: string | null;
  forfattarNamn: string;
  skapad: Date;
  kommentar: string | null;
  motivering: string | null;
  avgjordAvNamn: string | null;
}

const RAD = {
  id: true,
  nummer: true,
  data: true,
  forfattareId: true,
  forfattarNamn: true,
  skapad: true,
  kommentar: true,
  motivering: true,
  avgjordAvNamn: true,
  innehall: { select: { typ: true, nyckel: true } },
} as const;

type Rad = {
  id: string;
  nummer: number;
  data: unknown;
  forfattareId: string | null;
  forfattarNamn: string;
  skapad: Date;
  kommentar: string | null;
  motivering: string | null;
  avgjordAvNamn: string | null;
  innehall: { typ: string; nyckel: string };
};

function tillRad(r: Rad): Granskningsrad {
  const typ = innehallstyp(r.innehall.typ);
  return {
    id: r.id,
    typ: r.innehall.typ,
    nyckel: r.innehall.nyckel,
    titel: typ ? typ.titel(r.innehall.nyckel, r.data as never) : r.innehall.nyckel,
    nummer: r.nummer,
    forfattareId: r.forfattareId,
    forfattarNamn: r.forfattarNamn,
    skapad: r.skapad,
    kommentar: r.kommentar,
    motivering: r.motivering,
    avgjordAvNamn: r.avgjordAvNamn,
  };
}

/** "Väntar på din granskning": requests by others, oldest first. */
export async function vantarPaGranskning(db: PrismaClient, userId: string): Promise<Granskningsrad[]> {
  const rader = await db.granskning.findMany({
    where: { status: "VANTAR", OR: [{ forfattareId: null }, { forfattareId: { not: userId } }] },
    orderBy: { skapad: "asc" },
    select: RAD,
  });
  return rader.map(tillRad);
}

/** "Dina sidor som skickats tillbaka": the author's items whose latest request was sent back. */
export async function tillbakaskickade(db: PrismaClient, userId: string): Promise<Granskningsrad[]> {
  const rader = await db.granskning.findMany({
    where: { forfattareId: userId, status: "TILLBAKA" },
    orderBy: { avgjord: "desc" },
    select: { ...RAD, innehallId: true, avgjord: true },
  });
  // Only while sent back is the last word on the item.
  const senaste = await db.granskning.groupBy({
    by: ["innehallId"],
    where: { innehallId: { in: rader.map((r) => r.innehallId) } },
    _max: { skapad: true },
  });
  const sist = new Map(senaste.map((s) => [s.innehallId, s._max.skapad?.getTime()]));
  return rader.filter((r) => sist.get(r.innehallId) === r.skapad.getTime()).map(tillRad);
}

/** "Publicerat utan granskning": publishes without review not yet reviewed afterwards. */
export async function utanGranskning(db: PrismaClient): Promise<Granskningsrad[]> {
  const rader = await db.granskning.findMany({ where: { status: "UTAN_GRANSKNING" }, orderBy: { skapad: "asc" }, select: RAD });
  return rader.map(tillRad);
}

/** The item's latest request, for its edit page. */
export async function aktuellGranskning(db: PrismaClient, innehallId: string) {
  return db.granskning.findFirst({
    where: { innehallId },
    orderBy: { skapad: "desc" },
    select: {
      id: true,
      status: true,
      nummer: true,
      forfattareId: true,
      forfattarNamn: true,
      skapad: true,
      kommentar: true,
      motivering: true,
      avgjordAvNamn: true,
      andringsnot: true,
      schemalagda: { where: { utford: null, avbruten: null }, select: { tidpunkt: true }, take: 1 },
    },
  });
}
