// Receiving a synpunkt from the contact form: one case per submission however often it is
// posted (the form's idempotency key), committed with its first event and its confirmation
// e-mail before the sender sees a receipt.
//
// It is the form's hot path, so the case is one SQL statement: look for the key, check the
// school, count the submission against the rate limit, and insert the case, its event and its
// private key's hash. The confirmation (lib/synpunkter/mejl.ts: fixed text, the case number and
// the private link only) is queued in the same transaction, so the case never exists without it.
import { randomBytes, randomUUID } from "node:crypto";
import { expireTags, taggar } from "../cache";
import type { PrismaClient } from "../db/generated/client";
import type { SynpunktTyp } from "../db/generated/enums";
import { koaUtskick } from "../utskick";
import { bekraftelsemejl, NOTISER } from "./mejl";
import { hashaNyckel, NYCKEL_BYTES, skapaNyckel } from "./nyckel";
import { GRANS_PER_FONSTER, inskicksfonster } from "./skydd";
import type { SynpunktIn } from "./schema";
import { fristerVidAnkomst } from "./frister";
import { arendenummer, synpunktTyper } from "./typer";

export type Mottagande =
  | { ok: true; idempotensnyckel: string; arendenummer: string; /** The private page's key, for the receipt. */ nyckel: string }
  | { ok: false; orsak: "for-manga" }
  | { ok: false; orsak: "okand-skola" };

export type Arendeuppgifter = Omit<SynpunktIn, "typ"> & {
  typ: SynpunktTyp;
  /** The closed case this one follows up. */
  tidigareId?: string;
  /** A BEGARAN's requested handling and its ärendemening (lib/synpunkter/begaran.ts). */
  begardHandling?: string | null;
  arendemening?: string | null;
};

interface Mottagningsrad {
  finnsLopnummer: number | null;
  finnsSkapad: Date | null;
  skolaOk: boolean;
  antal: number | null;
  id: string | null;
  lopnummer: number | null;
  skapad: Date | null;
}

/** Two posts of the same form at once: the other one made the case, and this one's diarienummer is given back. */
class Samtidig extends Error {}

// A repeated post is answered with the case it already made, and a fresh key to its page (the
// first key exists only in the first answer).
async function befintlig(db: PrismaClient, nyckel: string) {
  const s = await db.synpunkt.findUnique({ where: { idempotensnyckel: nyckel }, select: { id: true, lopnummer: true, skapad: true } });
  return (
    s && {
      ok: true as const,
      idempotensnyckel: nyckel,
      arendenummer: arendenummer(s.lopnummer, s.skapad),
      nyckel: await skapaNyckel(db, s.id),
    }
  );
}

export async function taEmotSynpunkt(db: PrismaClient, data: Arendeuppgifter, klient: string, nu = new Date()): Promise<Mottagande> {
  const nyckel = data.idempotensnyckel;
  const skolaId = data.skolaId ?? null;
  const epost = data.epost ?? null;
  const meddela = Boolean(epost && data.meddela);
  // The number editors published; before the first publish the mail gives none.
  const kontakt = epost ? await db.forvaltning.findUnique({ where: { id: 1 }, select: { telefon: true } }) : null;
  // The key to the case's own page: only its hash is stored, the key itself goes to the sender once.
  const arendenyckel = randomBytes(NYCKEL_BYTES).toString("base64url");
  const { hash, sok } = hashaNyckel(arendenyckel);
  // Its deadlines in working days from today (lib/synpunkter/frister.ts); the first is the one that applies.
  const { svarSenast, avslutasSenast } = fristerVidAnkomst(data.typ, nu);
  const handelsetext = data.tidigareId
    ? "Mottagen via ärendesidan för ett tidigare ärende."
    : data.typ === "BEGARAN"
      ? "Mottagen via formuläret Begär ut handling."
      : "Mottagen via kontaktformuläret.";
  // A repeated post of the same form is answered with the case it already made, and not counted.
  // Input that cannot make a case (an unknown school) is refused before it is counted.
  let r: Mottagningsrad;
  try {
    r = await mottag(db, {
      nyckel,
      skolaId,
      epost,
      meddela,
      data,
      klient,
      nu,
      handelsetext,
      sok,
      hash,
      telefon: kontakt?.telefon ?? "",
      svarSenast,
      avslutasSenast,
    });
  } catch (error) {
    if (!(error instanceof Samtidig)) throw error;
    const annan = await befintlig(db, nyckel);
    if (annan) return annan;
    throw new Error("Synpunkten sparades inte och finns inte");
  }

  if (r.finnsLopnummer !== null) return (await befintlig(db, nyckel))!;
  if (!r.skolaOk) return { ok: false, orsak: "okand-skola" };
  if (r.antal !== null && r.antal > GRANS_PER_FONSTER) return { ok: false, orsak: "for-manga" };
  if (r.lopnummer === null) throw new Error("Synpunkten sparades inte och finns inte");
  expireTags(taggar.diarium);
  return { ok: true, idempotensnyckel: nyckel, arendenummer: arendenummer(r.lopnummer, r.skapad!), nyckel: arendenyckel };
}

interface Mottagning {
  nyckel: string;
  skolaId: string | null;
  epost: string | null;
  meddela: boolean;
  data: Arendeuppgifter;
  klient: string;
  nu: Date;
  handelsetext: string;
  sok: string;
  hash: string;
  telefon: string;
  svarSenast: ReturnType<typeof fristerVidAnkomst>["svarSenast"];
  avslutasSenast: ReturnType<typeof fristerVidAnkomst>["avslutasSenast"];
}

function mottag(
  db: PrismaClient,
  { nyckel, skolaId, epost, meddela, data, klient, nu, handelsetext, sok, hash, telefon, svarSenast, avslutasSenast }: Mottagning,
) {
  return db.$transaction(async (tx) => {
    const [rad] = await tx.$queryRaw<Mottagningsrad[]>`
      WITH finns AS (
        SELECT lopnummer, skapad FROM "Synpunkt" WHERE idempotensnyckel = ${nyckel}
      ), skola AS (
        SELECT ${skolaId}::text IS NULL OR EXISTS (SELECT 1 FROM "Skola" WHERE id = ${skolaId}::text) AS ok
      ), rakning AS (
        INSERT INTO "Inskick" (klient, fonster, antal)
        SELECT ${klient}, ${inskicksfonster(nu)}::timestamp(3), 1 WHERE NOT EXISTS (SELECT 1 FROM finns) AND (SELECT ok FROM skola)
        ON CONFLICT (klient, fonster) DO UPDATE SET antal = "Inskick".antal + 1
        RETURNING antal
      ), ny AS (
        INSERT INTO "Synpunkt" (id, typ, meddelande, namn, epost, meddela, "tidigareId", "skolaId", idempotensnyckel, skapad, andrad,
                                "svarSenast", "avslutasSenast", frist, "begardHandling", arendemening)
        SELECT ${randomUUID()}, ${data.typ}::"SynpunktTyp", ${data.meddelande}, ${data.namn ?? null}::text, ${epost}::text, ${meddela},
               ${data.tidigareId ?? null}::text, ${skolaId}::text, ${nyckel}, ${nu}::timestamp(3), ${nu}::timestamp(3),
               ${svarSenast}::date, ${avslutasSenast}::date, ${svarSenast}::date,
               ${data.begardHandling ?? null}::text, ${data.arendemening ?? null}::text
        FROM rakning WHERE rakning.antal <= ${GRANS_PER_FONSTER}
        ON CONFLICT (idempotensnyckel) DO NOTHING
        RETURNING id, lopnummer, skapad
      ), handelse AS (
        INSERT INTO "SynpunktHandelse" (id, "synpunktId", typ, tidpunkt, text)
        SELECT ${randomUUID()}, id, 'SKAPAD'::"SynpunktHandelseTyp", ${nu}::timestamp(3), ${handelsetext} FROM ny
      ), arendenyckel AS (
        INSERT INTO "Arendenyckel" (id, "synpunktId", sok, hash, skapad)
        SELECT ${randomUUID()}, id, ${sok}, ${hash}, ${nu}::timestamp(3) FROM ny
      )
      SELECT (SELECT lopnummer FROM finns) AS "finnsLopnummer", (SELECT skapad FROM finns) AS "finnsSkapad",
             (SELECT ok FROM skola) AS "skolaOk", (SELECT antal FROM rakning) AS antal,
             (SELECT id FROM ny) AS id, (SELECT lopnummer FROM ny) AS lopnummer, (SELECT skapad FROM ny) AS skapad`;
    // The insert lost to a concurrent one with the same key, after the trigger had numbered it:
    // rolling back gives the number back (and uncounts the post, as for any repeat).
    if (rad.id === null && rad.finnsLopnummer === null && rad.skolaOk && rad.antal !== null && rad.antal <= GRANS_PER_FONSTER)
      throw new Samtidig();
    if (rad.id !== null && epost) {
      await koaUtskick(tx, bekraftelsemejl, {
        till: epost,
        synpunktId: rad.id,
        avregistrering: meddela,
        nu,
        varden: {
          arendenummer: arendenummer(rad.lopnummer!, rad.skapad!),
          typ: synpunktTyper[data.typ].etikett.toLowerCase(),
          notiser: meddela ? NOTISER : "",
          telefon,
        },
      });
    }
    return rad;
  });
}
