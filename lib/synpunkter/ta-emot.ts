// Receiving a synpunkt from the contact form: one case per submission however often it is
// posted (the form's idempotency key), committed with its first event and its confirmation
// e-mail in one transaction before the sender sees a receipt.
//
// The confirmation goes to an address nobody has verified, so it holds fixed text, the case
// number and the private link only: never anything the sender typed (not even the name), or
// the form could be used to send any text to anyone under the förvaltning's name.
import { Prisma, type PrismaClient } from "../db/generated/client";
import { ARENDELANK } from "../utskick";
import { skapaNyckel } from "./nyckel";
import { raknaInskick } from "./skydd";
import type { SynpunktIn } from "./schema";
import { arendenummer, synpunktTyper } from "./typer";

export type Mottagande =
  | { ok: true; idempotensnyckel: string; arendenummer: string; /** The private page's key, for the receipt. */ nyckel: string }
  | { ok: false; orsak: "for-manga" }
  | { ok: false; orsak: "okand-skola" };

export type Arendeuppgifter = SynpunktIn & { /** The closed case this one follows up. */ tidigareId?: string };

// A repeated post is answered with the case it already made, and a fresh key to its page (the
// first key exists only in the first answer).
async function befintlig(db: PrismaClient, nyckel: string) {
  const s = await db.synpunkt.findUnique({ where: { idempotensnyckel: nyckel }, select: { id: true, lopnummer: true, skapad: true } });
  return s && { ok: true as const, idempotensnyckel: nyckel, arendenummer: arendenummer(s.lopnummer, s.skapad), nyckel: await skapaNyckel(db, s.id) };
}

export function bekraftelse(typ: SynpunktIn["typ"], nummer: string, meddela: boolean) {
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
      "Telefon 031-365 09 60",
      "",
      "Har du inte skrivit till oss? Då kan du bortse från det här mejlet.",
    ].join("\n"),
  };
}

export async function taEmotSynpunkt(db: PrismaClient, data: Arendeuppgifter, klient: string, nu = new Date()): Promise<Mottagande> {
  const redan = await befintlig(db, data.idempotensnyckel);
  if (redan) return redan;
  // Input that cannot make a case is refused before it is counted: bad input leaves nothing behind.
  if (data.skolaId && !(await db.skola.findUnique({ where: { id: data.skolaId }, select: { id: true } }))) {
    return { ok: false, orsak: "okand-skola" };
  }
  if (!(await raknaInskick(db, klient, nu))) return { ok: false, orsak: "for-manga" };
  try {
    const s = await db.$transaction(async (tx) => {
      const ny = await tx.synpunkt.create({
        data: {
          typ: data.typ,
          meddelande: data.meddelande,
          namn: data.namn,
          epost: data.epost,
          meddela: Boolean(data.epost && data.meddela),
          skolaId: data.skolaId,
          tidigareId: data.tidigareId,
          idempotensnyckel: data.idempotensnyckel,
          handelser: { create: { typ: "SKAPAD", text: data.tidigareId ? "Mottagen via ärendesidan för ett tidigare ärende." : "Mottagen via kontaktformuläret." } },
        },
        select: { id: true, lopnummer: true, skapad: true, meddela: true },
      });
      const nummer = arendenummer(ny.lopnummer, ny.skapad);
      if (data.epost) {
        await tx.utskick.create({ data: { synpunktId: ny.id, till: data.epost, avregistrering: ny.meddela, ...bekraftelse(data.typ, nummer, ny.meddela) } });
      }
      return { nummer, nyckel: await skapaNyckel(tx, ny.id) };
    });
    return { ok: true, idempotensnyckel: data.idempotensnyckel, arendenummer: s.nummer, nyckel: s.nyckel };
  } catch (error) {
    // Two posts of the same form at the same moment: the other one made the case.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const annan = await befintlig(db, data.idempotensnyckel);
      if (annan) return annan;
    }
    throw error;
  }
}
