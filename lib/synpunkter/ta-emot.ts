// Receiving a synpunkt from the contact form: one case per submission however often it is
// posted (the form's idempotency key), committed with its first event and its confirmation
// e-mail before the sender sees a receipt.
//
// It is the form's hot path, so it is one SQL statement, one round trip: look for the key, check
// the school, count the submission against the rate limit, and insert the case, its event, its
// private key's hash and its e-mail. A statement is atomic, so the case never exists without them.
//
// The confirmation goes to an address nobody has verified, so it holds fixed text, the case
// number and the private link only: never anything the sender typed (not even the name), or
// the form could be used to send any text to anyone under the förvaltning's name.
import { randomBytes, randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";
import { ARENDELANK, hashaNyckel, NYCKEL_BYTES, skapaNyckel } from "./nyckel";
import { GRANS_PER_FONSTER, inskicksfonster } from "./skydd";
import type { SynpunktIn } from "./schema";
import { arendenummer, synpunktTyper } from "./typer";

export type Mottagande =
  | { ok: true; idempotensnyckel: string; arendenummer: string; /** The private page's key, for the receipt. */ nyckel: string }
  | { ok: false; orsak: "for-manga" }
  | { ok: false; orsak: "okand-skola" };

export type Arendeuppgifter = SynpunktIn & { /** The closed case this one follows up. */ tidigareId?: string };

/** Stands in the e-mail's subject and text until PostgreSQL has numbered the case. */
const NUMMER = "{arendenummer}";

interface Utfall {
  finnsLopnummer: number | null;
  finnsSkapad: Date | null;
  skolaOk: boolean;
  antal: number | null;
  lopnummer: number | null;
  skapad: Date | null;
}

// A repeated post is answered with the case it already made, and a fresh key to its page (the
// first key exists only in the first answer).
async function befintlig(db: PrismaClient, nyckel: string) {
  const s = await db.synpunkt.findUnique({ where: { idempotensnyckel: nyckel }, select: { id: true, lopnummer: true, skapad: true } });
  return s && { ok: true as const, idempotensnyckel: nyckel, arendenummer: arendenummer(s.lopnummer, s.skapad), nyckel: await skapaNyckel(db, s.id) };
}

/** `telefon`: the number editors published (null before the first publish: the mail then gives none). */
export function bekraftelse(typ: SynpunktIn["typ"], nummer: string, meddela: boolean, telefon: string | null) {
  return {
    amne: `Vi har tagit emot ditt ärende ${nummer}`,
    text: [
      "Hej!",
      "",
      `Tack för din ${synpunktTyper[typ].etikett.toLowerCase()}. Vi har tagit emot den och gett den ärendenummer ${nummer}.`,
      "En handläggare läser ditt ärende och svarar dig. Ange ärendenumret om du kontaktar oss om ärendet.",
      "",
      "Här kan du följa ärendet och skriva till oss. Länken är personlig: spara den och dela den inte med någon.",
      ARENDELANK,
      ...(meddela ? ["", "Du får ett mejl när ärendet ändras. Vill du inte det, använd länken för avregistrering i ditt e-postprogram eller på ärendesidan."] : []),
      "",
      "Med vänlig hälsning",
      "Grundskoleförvaltningen, Göteborgs Stad",
      ...(telefon ? [`Telefon ${telefon}`] : []),
      "",
      "Har du inte skrivit till oss? Då kan du bortse från det här mejlet.",
    ].join("\n"),
  };
}

export async function taEmotSynpunkt(db: PrismaClient, data: Arendeuppgifter, klient: string, nu = new Date()): Promise<Mottagande> {
  const nyckel = data.idempotensnyckel;
  const skolaId = data.skolaId ?? null;
  const epost = data.epost ?? null;
  const meddela = Boolean(epost && data.meddela);
  const kontakt = await db.forvaltning.findUnique({ where: { id: 1 }, select: { telefon: true } });
  const mejl = bekraftelse(data.typ, NUMMER, meddela, kontakt?.telefon ?? null);
  // The key to the case's own page: only its hash is stored, the key itself goes to the sender once.
  const arendenyckel = randomBytes(NYCKEL_BYTES).toString("base64url");
  const { hash, sok } = hashaNyckel(arendenyckel);
  const handelsetext = data.tidigareId ? "Mottagen via ärendesidan för ett tidigare ärende." : "Mottagen via kontaktformuläret.";
  // A repeated post of the same form is answered with the case it already made, and not counted.
  // Input that cannot make a case (an unknown school) is refused before it is counted.
  // The case number is GF-<year>-<number, at least five digits>, as arendenummer() writes it.
  const [r] = await db.$queryRaw<Utfall[]>`
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
      INSERT INTO "Synpunkt" (id, typ, meddelande, namn, epost, meddela, "tidigareId", "skolaId", idempotensnyckel, skapad, andrad)
      SELECT ${randomUUID()}, ${data.typ}::"SynpunktTyp", ${data.meddelande}, ${data.namn ?? null}::text, ${epost}::text, ${meddela},
             ${data.tidigareId ?? null}::text, ${skolaId}::text, ${nyckel}, ${nu}::timestamp(3), ${nu}::timestamp(3)
      FROM rakning WHERE rakning.antal <= ${GRANS_PER_FONSTER}
      ON CONFLICT (idempotensnyckel) DO NOTHING
      RETURNING id, lopnummer, skapad
    ), numrerad AS (
      SELECT id, 'GF-' || to_char(skapad, 'YYYY') || '-' ||
             CASE WHEN length(lopnummer::text) >= 5 THEN lopnummer::text ELSE lpad(lopnummer::text, 5, '0') END AS nummer
      FROM ny
    ), handelse AS (
      INSERT INTO "SynpunktHandelse" (id, "synpunktId", typ, tidpunkt, text)
      SELECT ${randomUUID()}, id, 'SKAPAD'::"SynpunktHandelseTyp", ${nu}::timestamp(3), ${handelsetext} FROM ny
    ), arendenyckel AS (
      INSERT INTO "Arendenyckel" (id, "synpunktId", sok, hash, skapad)
      SELECT ${randomUUID()}, id, ${sok}, ${hash}, ${nu}::timestamp(3) FROM ny
    ), utskick AS (
      INSERT INTO "Utskick" (id, "synpunktId", till, amne, text, avregistrering, skapad, "nastaForsok")
      SELECT ${randomUUID()}, id, ${epost}::text, replace(${mejl.amne}, ${NUMMER}, nummer), replace(${mejl.text}, ${NUMMER}, nummer), ${meddela},
             ${nu}::timestamp(3), ${nu}::timestamp(3)
      FROM numrerad WHERE ${epost}::text IS NOT NULL
    )
    SELECT (SELECT lopnummer FROM finns) AS "finnsLopnummer", (SELECT skapad FROM finns) AS "finnsSkapad",
           (SELECT ok FROM skola) AS "skolaOk", (SELECT antal FROM rakning) AS antal,
           (SELECT lopnummer FROM ny) AS lopnummer, (SELECT skapad FROM ny) AS skapad`;

  if (r.finnsLopnummer !== null) return (await befintlig(db, nyckel))!;
  if (!r.skolaOk) return { ok: false, orsak: "okand-skola" };
  if (r.antal !== null && r.antal > GRANS_PER_FONSTER) return { ok: false, orsak: "for-manga" };
  if (r.lopnummer !== null) return { ok: true, idempotensnyckel: nyckel, arendenummer: arendenummer(r.lopnummer, r.skapad!), nyckel: arendenyckel };
  // Two posts of the same form at the same moment: the other one made the case.
  const annan = await befintlig(db, nyckel);
  if (annan) return annan;
  throw new Error("Synpunkten sparades inte och finns inte");
}
