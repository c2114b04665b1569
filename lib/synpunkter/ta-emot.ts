// Receiving a synpunkt from the contact form: one case per submission however often it is
// posted (the form's idempotency key), committed with its first event and its confirmation
// e-mail before the sender sees a receipt.
//
// It is the form's hot path, so it is one SQL statement, one round trip: look for the key, check
// the school, count the submission against the rate limit, and insert the case, its event and
// its e-mail. A statement is atomic, so the case never exists without its event or e-mail.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";
import { GRANS_PER_FONSTER, inskicksfonster } from "./skydd";
import type { SynpunktIn } from "./schema";
import { arendenummer, synpunktTyper } from "./typer";

export type Mottagande =
  | { ok: true; idempotensnyckel: string; arendenummer: string }
  | { ok: false; orsak: "for-manga" }
  | { ok: false; orsak: "okand-skola" };

/** Stands in the e-mail's subject and text until PostgreSQL has numbered the case. */
const NUMMER = "{arendenummer}";

function bekraftelse(data: SynpunktIn) {
  return {
    amne: `Vi har tagit emot ditt ärende ${NUMMER}`,
    text: [
      `Hej${data.namn ? ` ${data.namn}` : ""}!`,
      "",
      `Tack för din ${synpunktTyper[data.typ].etikett.toLowerCase()}. Vi har tagit emot den och gett den ärendenummer ${NUMMER}.`,
      "En handläggare läser ditt ärende och svarar dig på den här adressen. Ange ärendenumret om du kontaktar oss om ärendet.",
      "",
      "Med vänlig hälsning",
      "Grundskoleförvaltningen, Göteborgs Stad",
      "Telefon 031-365 09 60",
    ].join("\n"),
  };
}

interface Utfall {
  finnsLopnummer: number | null;
  finnsSkapad: Date | null;
  skolaOk: boolean;
  antal: number | null;
  lopnummer: number | null;
  skapad: Date | null;
}

async function befintlig(db: PrismaClient, nyckel: string) {
  const s = await db.synpunkt.findUnique({ where: { idempotensnyckel: nyckel }, select: { lopnummer: true, skapad: true } });
  return s && { ok: true as const, idempotensnyckel: nyckel, arendenummer: arendenummer(s.lopnummer, s.skapad) };
}

export async function taEmotSynpunkt(db: PrismaClient, data: SynpunktIn, klient: string, nu = new Date()): Promise<Mottagande> {
  const nyckel = data.idempotensnyckel;
  const skolaId = data.skolaId ?? null;
  const epost = data.epost ?? null;
  const mejl = bekraftelse(data);
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
      INSERT INTO "Synpunkt" (id, typ, meddelande, namn, epost, "skolaId", idempotensnyckel, skapad, andrad)
      SELECT ${randomUUID()}, ${data.typ}::"SynpunktTyp", ${data.meddelande}, ${data.namn ?? null}::text, ${epost}::text,
             ${skolaId}::text, ${nyckel}, ${nu}::timestamp(3), ${nu}::timestamp(3)
      FROM rakning WHERE rakning.antal <= ${GRANS_PER_FONSTER}
      ON CONFLICT (idempotensnyckel) DO NOTHING
      RETURNING id, lopnummer, skapad
    ), numrerad AS (
      SELECT id, 'GF-' || to_char(skapad, 'YYYY') || '-' ||
             CASE WHEN length(lopnummer::text) >= 5 THEN lopnummer::text ELSE lpad(lopnummer::text, 5, '0') END AS nummer
      FROM ny
    ), handelse AS (
      INSERT INTO "SynpunktHandelse" (id, "synpunktId", typ, tidpunkt, text)
      SELECT ${randomUUID()}, id, 'SKAPAD'::"SynpunktHandelseTyp", ${nu}::timestamp(3), 'Mottagen via kontaktformuläret.' FROM ny
    ), utskick AS (
      INSERT INTO "Utskick" (id, "synpunktId", till, amne, text, skapad, "nastaForsok")
      SELECT ${randomUUID()}, id, ${epost}::text, replace(${mejl.amne}, ${NUMMER}, nummer), replace(${mejl.text}, ${NUMMER}, nummer), ${nu}::timestamp(3), ${nu}::timestamp(3)
      FROM numrerad WHERE ${epost}::text IS NOT NULL
    )
    SELECT (SELECT lopnummer FROM finns) AS "finnsLopnummer", (SELECT skapad FROM finns) AS "finnsSkapad",
           (SELECT ok FROM skola) AS "skolaOk", (SELECT antal FROM rakning) AS antal,
           (SELECT lopnummer FROM ny) AS lopnummer, (SELECT skapad FROM ny) AS skapad`;

  if (r.finnsLopnummer !== null) return { ok: true, idempotensnyckel: nyckel, arendenummer: arendenummer(r.finnsLopnummer, r.finnsSkapad!) };
  if (!r.skolaOk) return { ok: false, orsak: "okand-skola" };
  if (r.antal !== null && r.antal > GRANS_PER_FONSTER) return { ok: false, orsak: "for-manga" };
  if (r.lopnummer !== null) return { ok: true, idempotensnyckel: nyckel, arendenummer: arendenummer(r.lopnummer, r.skapad!) };
  // Two posts of the same form at the same moment: the other one made the case.
  const annan = await befintlig(db, nyckel);
  if (annan) return annan;
  throw new Error("Synpunkten sparades inte och finns inte");
}
