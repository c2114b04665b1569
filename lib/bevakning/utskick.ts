// Sending what subscribers follow. Every change to tell about is a row in Bevakningsandring, the
// outbox of Bevaka: a trigger writes one in the transaction of every insats update
// (InsatsUppdatering), and koaAndring() one for any other note, in its caller's transaction.
//
// "Direkt": the job bevakning-utskick takes the changes not yet fanned out (FOR UPDATE SKIP
// LOCKED), queues one mail per address with one INSERT … SELECT per change (an address that
// follows the insats, its område, a school it concerns and "allt" is still one address) and
// marks the change fanned out, all in one transaction: each change reaches each subscriber once,
// whichever instance runs and whenever the mail server is down (the outbox retries the sending).
//
// "En gång i veckan": from Monday 07:00 Swedish time, one mail per address with last week's
// changes of what it follows, none when nothing changed. The week is claimed (Bevakningsvecka)
// in the transaction that queues the mails, so it goes out once.
//
// A subscription hears of changes made after it was confirmed, never before.
import { siteUrl } from "../config";
import { dygnetsBorjan, formatDatum, svensktDatum } from "../datum";
import type { InsatsStatus } from "../db/generated/enums";
import type { PrismaClient } from "../db/generated/client";
import { statusEtikett } from "../insatser";
import { fyllMall, type Tx } from "../utskick";
import { andringsmejl, veckomejl } from "./mejl";

/** Changes fanned out per transaction. */
export const ANDRINGAR_PER_OMGANG = 10;
/** The weekly digest goes out from this hour on Mondays, Swedish time. */
export const VECKOBREV_FRAN_TIMME = 7;
/** An unconfirmed subscription is deleted after this many days. */
export const OBEKRAFTAD_DAGAR = 7;
/** Changes are kept this long after they went out, for the weekly digest. */
const ANDRING_DAGAR = 35;

const adress = () => siteUrl().replace(/\/$/, "");

/**
 * A change to tell the subscribers of one insats, område or school (and those who follow all)
 * about, e.g. a change note: queued in the caller's transaction, sent by the jobs.
 */
export async function koaAndring(
  tx: Tx,
  a: ({ insatsId: string } | { omradeId: string } | { skolaId: string }) & { rubrik: string; text: string; lank: string },
): Promise<void> {
  await tx.bevakningsandring.create({
    data: {
      insatsId: "insatsId" in a ? a.insatsId : null,
      omradeId: "omradeId" in a ? a.omradeId : null,
      skolaId: "skolaId" in a ? a.skolaId : null,
      rubrik: a.rubrik,
      text: a.text,
      lank: a.lank,
    },
  });
}

interface Andringsrad {
  id: string;
  tidpunkt: Date;
  insatsId: string | null;
  omradeId: string | null;
  skolaId: string | null;
  rubrik: string | null;
  text: string | null;
  lank: string | null;
  franStatus: InsatsStatus | null;
  tillStatus: InsatsStatus | null;
  franProgress: number | null;
  tillProgress: number | null;
  kommentar: string | null;
  titel: string | null;
  slug: string | null;
  insatsensOmrade: string | null;
  skolor: string[];
}

const ANDRINGSKOLUMNER = `a.id, a.tidpunkt, a."insatsId", a."omradeId", a."skolaId", a.rubrik, a.text, a.lank,
  u."franStatus", u."tillStatus", u."franProgress", u."tillProgress", u.kommentar, i.titel, i.slug,
  i."forstarkningsomradeId" AS "insatsensOmrade",
  COALESCE((SELECT array_agg(s."skolaId") FROM "InsatsSkola" s WHERE s."insatsId" = a."insatsId"), '{}') AS skolor`;

/** A change in words: a heading, what it is about, what changed, the comment and the link. */
function beskriv(a: Andringsrad): { rubrik: string; namn: string; beskrivning: string; text: string; lank: string } {
  if (a.tillStatus && a.titel && a.slug) {
    const status =
      a.franStatus && a.franStatus !== a.tillStatus
        ? `Ny status: ${statusEtikett(a.tillStatus)} (var ${statusEtikett(a.franStatus).toLowerCase()})`
        : `Status: ${statusEtikett(a.tillStatus)}`;
    const progress =
      a.franProgress !== null && a.franProgress !== a.tillProgress
        ? `${a.tillProgress} % klart (var ${a.franProgress} %)`
        : `${a.tillProgress} % klart`;
    return {
      rubrik: `${a.titel}: ${statusEtikett(a.tillStatus).toLowerCase()}, ${a.tillProgress} % klart`,
      namn: `Insatsen ${a.titel}`,
      beskrivning: `${status}. ${progress}. Uppdaterad ${formatDatum(a.tidpunkt)}.`,
      text: a.kommentar ?? "",
      lank: `${adress()}/insatser/${a.slug}`,
    };
  }
  return {
    rubrik: a.rubrik ?? "Ändring",
    namn: a.rubrik ?? "Ändring",
    beskrivning: `Ändrad ${formatDatum(a.tidpunkt)}.`,
    text: a.text ?? "",
    lank: a.lank ?? adress(),
  };
}

/** Whom a change concerns: the insats, its område, its schools, or what a note names. */
function mal(a: Andringsrad) {
  return { insats: a.insatsId, omrade: a.omradeId ?? a.insatsensOmrade, skolor: a.skolaId ? [a.skolaId, ...a.skolor] : a.skolor };
}

/** Fans out the changes not yet fanned out to the "direkt" subscribers; returns the counts. */
export async function spridAndringar(db: PrismaClient, nu = new Date(), omgangar = 100): Promise<{ andringar: number; mejl: number }> {
  let andringar = 0;
  let mejl = 0;
  for (let i = 0; i < omgangar; i++) {
    const r = await db.$transaction(
      async (tx) => {
        const rader = await tx.$queryRawUnsafe<Andringsrad[]>(
          `SELECT ${ANDRINGSKOLUMNER}
             FROM "Bevakningsandring" a
             LEFT JOIN "InsatsUppdatering" u ON u.id = a."insatsUppdateringId"
             LEFT JOIN "Insats" i ON i.id = a."insatsId"
            WHERE a.utspridd IS NULL
            ORDER BY a.tidpunkt, a.id LIMIT $1 FOR UPDATE OF a SKIP LOCKED`,
          ANDRINGAR_PER_OMGANG,
        );
        let koade = 0;
        for (const a of rader) {
          const { rubrik, namn, beskrivning, text: kommentar, lank } = beskriv(a);
          const { amne, text } = fyllMall(andringsmejl, { rubrik, namn, beskrivning, text: kommentar, lank });
          const m = mal(a);
          koade += await tx.$executeRaw`
            INSERT INTO "Utskick" (id, till, amne, text, "prenumerantId", avregistrering, skapad, "nastaForsok")
            SELECT gen_random_uuid()::text, p.epost, ${amne}, ${text}, p.id, true, ${nu}::timestamp(3), ${nu}::timestamp(3)
              FROM "Prenumerant" p
             WHERE EXISTS (
                   SELECT 1 FROM "Bevakning" b
                    WHERE b."prenumerantId" = p.id AND b.frekvens = 'DIREKT' AND b.bekraftad IS NOT NULL
                      AND b.bekraftad <= ${a.tidpunkt}::timestamp(3)
                      AND (b.foremal = 'allt' OR b."insatsId" = ${m.insats}::text OR b."omradeId" = ${m.omrade}::text
                           OR b."skolaId" = ANY(${m.skolor}::text[])))`;
          await tx.bevakningsandring.update({ where: { id: a.id }, data: { utspridd: nu } });
        }
        return { andringar: rader.length, mejl: koade };
      },
      { timeout: 60_000 },
    );
    andringar += r.andringar;
    mejl += r.mejl;
    if (r.andringar < ANDRINGAR_PER_OMGANG) break;
  }
  return { andringar, mejl };
}

const timme = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", hourCycle: "h23" });
const dagar = (datum: string, n: number) => new Date(Date.parse(`${datum}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The Monday ("2026-11-30") of the week a Swedish date is in. */
export function veckansMandag(datum: string): string {
  const veckodag = new Date(`${datum}T00:00:00Z`).getUTCDay();
  return dagar(datum, -((veckodag + 6) % 7));
}

export type Veckobrevsutfall =
  { skickad: true; vecka: string; mejl: number; andringar: number } | { skickad: false; orsak: "for-tidigt" | "redan-skickad" };

/** Queues the weekly digest of the week before `nu`'s, once; `nu` for the tests. */
export async function skickaVeckobrev(db: PrismaClient, nu = new Date()): Promise<Veckobrevsutfall> {
  const idag = svensktDatum(nu);
  const mandag = veckansMandag(idag);
  if (idag === mandag && Number(timme.format(nu)) < VECKOBREV_FRAN_TIMME) return { skickad: false, orsak: "for-tidigt" };
  const forra = dagar(mandag, -7);
  const fran = dygnetsBorjan(forra);
  const till = dygnetsBorjan(mandag);
  const vecka = `${formatDatum(forra)} – ${formatDatum(dagar(mandag, -1))}`;
  return db.$transaction(
    async (tx) => {
      const rader = await tx.$queryRawUnsafe<Andringsrad[]>(
        `SELECT ${ANDRINGSKOLUMNER}
           FROM "Bevakningsandring" a
           LEFT JOIN "InsatsUppdatering" u ON u.id = a."insatsUppdateringId"
           LEFT JOIN "Insats" i ON i.id = a."insatsId"
          WHERE a.tidpunkt >= $1 AND a.tidpunkt < $2
          ORDER BY a.tidpunkt, a.id`,
        fran,
        till,
      );
      // Claimed even when nothing changed, so the week is not looked at again.
      const { count } = await tx.bevakningsvecka.createMany({
        data: [{ vecka: new Date(`${forra}T00:00:00Z`), antal: rader.length }],
        skipDuplicates: true,
      });
      if (count === 0) return { skickad: false, orsak: "redan-skickad" } as const;
      if (rader.length === 0) return { skickad: true, vecka: forra, mejl: 0, andringar: 0 } as const;
      const block = rader.map((a) => {
        const d = beskriv(a);
        return [d.namn, d.beskrivning, d.text && `”${d.text}”`, d.lank].filter(Boolean).join("\n");
      });
      const skolpar = rader.flatMap((a) => mal(a).skolor.map((s) => [a.id, s] as const));
      // The list differs per address: the text keeps `{lista}` (a value filled with itself) for the statement to fill.
      const { amne, text } = fyllMall(veckomejl, { vecka, lista: "{lista}" });
      const mejl = await tx.$executeRaw`
        WITH andring AS (
          SELECT * FROM unnest(${rader.map((a) => a.id)}::text[], ${block}::text[], ${rader.map((a) => a.tidpunkt.toISOString())}::text[],
                               ${rader.map((a) => mal(a).insats)}::text[], ${rader.map((a) => mal(a).omrade)}::text[])
                 WITH ORDINALITY AS t(id, block, tidpunkt, insats, omrade, ordning)
        ), andring_skola AS (
          SELECT * FROM unnest(${skolpar.map((p) => p[0])}::text[], ${skolpar.map((p) => p[1])}::text[]) AS t(id, skola)
        ), traff AS (
          SELECT DISTINCT b."prenumerantId", a.id, a.block, a.ordning
            FROM "Bevakning" b JOIN andring a
              ON b.bekraftad IS NOT NULL AND b.bekraftad <= (a.tidpunkt::timestamptz AT TIME ZONE 'UTC')
           WHERE b.frekvens = 'VECKA'
             AND (b.foremal = 'allt' OR b."insatsId" = a.insats OR b."omradeId" = a.omrade
                  OR EXISTS (SELECT 1 FROM andring_skola s WHERE s.id = a.id AND s.skola = b."skolaId"))
        )
        INSERT INTO "Utskick" (id, till, amne, text, "prenumerantId", avregistrering, skapad, "nastaForsok")
        SELECT gen_random_uuid()::text, p.epost, ${amne}, replace(${text}, '{lista}', string_agg(t.block, E'\n\n' ORDER BY t.ordning)),
               p.id, true, ${nu}::timestamp(3), ${nu}::timestamp(3)
          FROM traff t JOIN "Prenumerant" p ON p.id = t."prenumerantId"
         GROUP BY p.id, p.epost`;
      return { skickad: true, vecka: forra, mejl, andringar: rader.length } as const;
    },
    { timeout: 60_000 },
  );
}

export function veckobrevsrad(u: Veckobrevsutfall): string {
  if (u.skickad) return `Veckan från ${u.vecka}: ${u.mejl} mejl om ${u.andringar} ändringar`;
  return u.orsak === "for-tidigt" ? `Väntar till måndag klockan ${VECKOBREV_FRAN_TIMME}` : "Veckans brev är redan skickat";
}

/** Deletes subscriptions left unconfirmed for 7 days (and addresses left with none), old changes and their sent mails. */
export async function rensaBevakningar(db: PrismaClient, nu = new Date()) {
  return db.$transaction(async (tx) => {
    const obekraftade = await tx.bevakning.deleteMany({
      where: { bekraftad: null, skapad: { lt: new Date(nu.getTime() - OBEKRAFTAD_DAGAR * 86_400_000) } },
    });
    const adresser = await tx.prenumerant.deleteMany({ where: { bevakningar: { none: {} } } });
    const andringar = await tx.bevakningsandring.deleteMany({
      where: { utspridd: { not: null }, tidpunkt: { lt: new Date(nu.getTime() - ANDRING_DAGAR * 86_400_000) } },
    });
    // The outbox keeps a sent mail to a subscriber no longer than the change it told about.
    const skickade = await tx.utskick.deleteMany({
      where: { prenumerantId: { not: null }, skickad: { lt: new Date(nu.getTime() - ANDRING_DAGAR * 86_400_000) } },
    });
    return { obekraftade: obekraftade.count, adresser: adresser.count, andringar: andringar.count, mejl: skickade.count };
  });
}
