// Following without an account: a request, its confirmation, and the subscriber's own page.
//
// No enumeration: a request gets the same answer whether the address is new, unconfirmed or
// already follows the thing. What differs is only the mail the address itself receives: a
// (fresh) confirmation mail while unconfirmed, "you already follow this" once confirmed. Nothing
// is sent about a subscription before its confirmation link has been followed (double opt-in).
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";
import { hmac } from "../sakerhet/hmac";
import { koaUtskick, type Tx } from "../utskick";
import { FREKVENSER, type BevakaIn, type Foremalstyp, type Frekvens } from "./schema";
import { bekraftelsemejl, redanmejl } from "./mejl";
import { hittaBekraftelse } from "./nyckel";

/** Requests per client, and per address, in ten minutes. */
export const GRANS_PER_KLIENT = Number(process.env.BEVAKA_GRANS ?? 10);
export const GRANS_PER_ADRESS = 5;
const FONSTER_MS = 10 * 60 * 1000;

export interface Foremal {
  typ: Foremalstyp;
  /** "insats:<id>", …, "allt". */
  nyckel: string;
  id: string | null;
  /** As the mails and pages name it: "insatsen Läsfrämjande", "alla insatser". */
  namn: string;
  slug: string | null;
}

/** What a form's `vad` and `slug` point at, or null when it does not exist (or is archived). */
export async function hittaForemal(db: PrismaClient | Tx, typ: Foremalstyp, slug: string): Promise<Foremal | null> {
  if (typ === "allt") return { typ, nyckel: "allt", id: null, namn: "alla insatser", slug: null };
  if (typ === "insats") {
    const i = await db.insats.findUnique({ where: { slug }, select: { id: true, titel: true, arkiverad: true } });
    return i && !i.arkiverad ? { typ, nyckel: `insats:${i.id}`, id: i.id, namn: `insatsen ${i.titel}`, slug } : null;
  }
  if (typ === "omrade") {
    const o = await db.forstarkningsomrade.findUnique({ where: { slug }, select: { id: true, namn: true } });
    return o && { typ, nyckel: `omrade:${o.id}`, id: o.id, namn: `insatserna i förstärkningsområdet ${o.namn}`, slug };
  }
  const s = await db.skola.findUnique({ where: { slug }, select: { id: true, namn: true } });
  return s && { typ, nyckel: `skola:${s.id}`, id: s.id, namn: `insatserna som berör ${s.namn}`, slug };
}

/** The name of a stored subscription, for the private page. */
export function foremalsnamn(b: {
  foremal: string;
  insats: { titel: string } | null;
  omrade: { namn: string } | null;
  skola: { namn: string } | null;
}): string {
  if (b.insats) return `Insatsen ${b.insats.titel}`;
  if (b.omrade) return `Insatserna i förstärkningsområdet ${b.omrade.namn}`;
  if (b.skola) return `Insatserna som berör ${b.skola.namn}`;
  return "Alla insatser";
}

const fonster = (nu: Date) => new Date(Math.floor(nu.getTime() / FONSTER_MS) * FONSTER_MS);

/** Counts one against a keyed counter (the rate limits' table, Inskick); returns the count. */
async function rakna(tx: Tx, nyckel: string, nu: Date): Promise<number> {
  const [{ antal }] = await tx.$queryRaw<{ antal: number }[]>`
    INSERT INTO "Inskick" (klient, fonster, antal) VALUES (${nyckel}, ${fonster(nu)}, 1)
    ON CONFLICT (klient, fonster) DO UPDATE SET antal = "Inskick".antal + 1
    RETURNING antal`;
  return antal;
}

/** The address as it is stored and compared: trimmed, lower case. */
export const normaliseraEpost = (epost: string) => epost.trim().toLowerCase();

export type Bevakningsbegaran = { ok: true } | { ok: false; orsak: "for-manga" | "finns-inte" };

/**
 * A request to follow something. `klient` is the client's keyed hash (lib/sakerhet/klientnyckel.ts).
 * The answer is the same for a new, an unconfirmed and a confirmed address, and for an address
 * over its own limit (then nothing is sent): only the client's own limit is said out loud.
 */
export async function begarBevakning(db: PrismaClient, data: BevakaIn, klient: string, nu = new Date()): Promise<Bevakningsbegaran> {
  const epost = normaliseraEpost(data.epost);
  return db.$transaction(async (tx) => {
    const foremal = await hittaForemal(tx, data.vad, data.slug);
    if (!foremal) return { ok: false, orsak: "finns-inte" } as const;
    // One form load, one request: a double click or a reload sends nothing more.
    if ((await rakna(tx, hmac(`bevaka-laddning:${data.idempotensnyckel}`).slice(0, 32), nu)) > 1) return { ok: true } as const;
    if ((await rakna(tx, hmac(`bevaka-klient:${klient}`).slice(0, 32), nu)) > GRANS_PER_KLIENT)
      return { ok: false, orsak: "for-manga" } as const;
    // Per address: a keyed hash, never the address, in the limit's table.
    if ((await rakna(tx, hmac(`bevaka-adress:${epost}`).slice(0, 32), nu)) > GRANS_PER_ADRESS) return { ok: true } as const;

    const [{ id: prenumerantId }] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "Prenumerant" (id, epost) VALUES (${randomUUID()}, ${epost})
      ON CONFLICT (epost) DO UPDATE SET epost = EXCLUDED.epost RETURNING id`;
    const [b] = await tx.$queryRaw<{ id: string; bekraftad: Date | null }[]>`
      INSERT INTO "Bevakning" (id, "prenumerantId", foremal, "insatsId", "omradeId", "skolaId", frekvens, skapad)
      VALUES (${randomUUID()}, ${prenumerantId}, ${foremal.nyckel},
              ${foremal.typ === "insats" ? foremal.id : null}::text, ${foremal.typ === "omrade" ? foremal.id : null}::text,
              ${foremal.typ === "skola" ? foremal.id : null}::text, ${data.frekvens}::"BevakningFrekvens", ${nu}::timestamp(3))
      ON CONFLICT ("prenumerantId", foremal) DO UPDATE
        SET frekvens = CASE WHEN "Bevakning".bekraftad IS NULL THEN EXCLUDED.frekvens ELSE "Bevakning".frekvens END,
            skapad = CASE WHEN "Bevakning".bekraftad IS NULL THEN EXCLUDED.skapad ELSE "Bevakning".skapad END
      RETURNING id, bekraftad`;
    if (b.bekraftad) {
      await koaUtskick(tx, redanmejl, { till: epost, prenumerantId, avregistrering: true, nu, varden: { vad: foremal.namn } });
    } else {
      await koaUtskick(tx, bekraftelsemejl, {
        till: epost,
        prenumerantId,
        bevakningId: b.id,
        avregistrering: true,
        nu,
        varden: { vad: foremal.namn, frekvens: FREKVENSER[data.frekvens].beskrivning },
      });
    }
    return { ok: true } as const;
  });
}

/** What a confirmation link would confirm, for its page; null when the link is not valid. */
export async function visaBekraftelse(db: PrismaClient, nyckel: string) {
  const id = await hittaBekraftelse(db, nyckel);
  if (!id) return null;
  const b = await db.bevakning.findUnique({
    where: { id },
    select: {
      foremal: true,
      frekvens: true,
      insats: { select: { titel: true } },
      omrade: { select: { namn: true } },
      skola: { select: { namn: true } },
    },
  });
  return b && { namn: foremalsnamn(b), frekvens: b.frekvens };
}

/** Follows the confirmation link: the subscription starts now. Returns its subscriber, or null. */
export async function bekraftaBevakning(db: PrismaClient, nyckel: string, nu = new Date()): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const id = await hittaBekraftelse(tx, nyckel);
    if (!id) return null;
    await tx.bevakning.updateMany({ where: { id, bekraftad: null }, data: { bekraftad: nu } });
    await tx.bekraftelsenyckel.deleteMany({ where: { bevakningId: id } });
    const b = await tx.bevakning.findUnique({ where: { id }, select: { prenumerantId: true } });
    return b?.prenumerantId ?? null;
  });
}

/** The subscriber's subscriptions, for their private page; null when there is no such subscriber. */
export async function prenumerantensBevakningar(db: PrismaClient, prenumerantId: string) {
  const p = await db.prenumerant.findUnique({
    where: { id: prenumerantId },
    select: {
      epost: true,
      bevakningar: {
        orderBy: { skapad: "asc" },
        select: {
          id: true,
          foremal: true,
          frekvens: true,
          bekraftad: true,
          insats: { select: { titel: true, slug: true } },
          omrade: { select: { namn: true, slug: true } },
          skola: { select: { namn: true, slug: true } },
        },
      },
    },
  });
  return p && { epost: p.epost, bevakningar: p.bevakningar.map((b) => ({ ...b, namn: foremalsnamn(b) })) };
}

/** The address goes with its last subscription: nothing is kept about a former subscriber. */
async function rensaTom(tx: Tx, prenumerantId: string) {
  await tx.prenumerant.deleteMany({ where: { id: prenumerantId, bevakningar: { none: {} } } });
}

export async function andraFrekvens(db: PrismaClient, prenumerantId: string, bevakningId: string, frekvens: Frekvens): Promise<boolean> {
  const { count } = await db.bevakning.updateMany({ where: { id: bevakningId, prenumerantId }, data: { frekvens } });
  return count === 1;
}

/** Ends one subscription: the row is deleted, and the address with its last one. */
export async function avslutaBevakning(db: PrismaClient, prenumerantId: string, bevakningId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.bevakning.deleteMany({ where: { id: bevakningId, prenumerantId } });
    await rensaTom(tx, prenumerantId);
    return count === 1;
  });
}

/** Ends every subscription of an address (one-click unsubscribe): the address is deleted. */
export async function avslutaAlla(db: PrismaClient, prenumerantId: string): Promise<boolean> {
  const { count } = await db.prenumerant.deleteMany({ where: { id: prenumerantId } });
  return count === 1;
}
