// Receiving a synpunkt from the contact form: one case per submission however often it is
// posted (the form's idempotency key), committed with its first event and its confirmation
// e-mail in one transaction before the sender sees a receipt.
import { Prisma, type PrismaClient } from "../db/generated/client";
import { raknaInskick } from "./skydd";
import type { SynpunktIn } from "./schema";
import { arendenummer, synpunktTyper } from "./typer";

export type Mottagande =
  | { ok: true; idempotensnyckel: string; arendenummer: string }
  | { ok: false; orsak: "for-manga" }
  | { ok: false; orsak: "okand-skola" };

async function befintlig(db: PrismaClient, nyckel: string) {
  const s = await db.synpunkt.findUnique({ where: { idempotensnyckel: nyckel }, select: { lopnummer: true, skapad: true } });
  return s && { ok: true as const, idempotensnyckel: nyckel, arendenummer: arendenummer(s.lopnummer, s.skapad) };
}

export async function taEmotSynpunkt(db: PrismaClient, data: SynpunktIn, klient: string, nu = new Date()): Promise<Mottagande> {
  // A repeated post of the same form is answered with the case it already made, and not counted.
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
          skolaId: data.skolaId,
          idempotensnyckel: data.idempotensnyckel,
          handelser: { create: { typ: "SKAPAD", text: "Mottagen via kontaktformuläret." } },
        },
        select: { id: true, lopnummer: true, skapad: true },
      });
      const nummer = arendenummer(ny.lopnummer, ny.skapad);
      if (data.epost) {
        await tx.utskick.create({
          data: {
            synpunktId: ny.id,
            till: data.epost,
            amne: `Vi har tagit emot ditt ärende ${nummer}`,
            text: [
              `Hej${data.namn ? ` ${data.namn}` : ""}!`,
              "",
              `Tack för din ${synpunktTyper[data.typ].etikett.toLowerCase()}. Vi har tagit emot den och gett den ärendenummer ${nummer}.`,
              "En handläggare läser ditt ärende och svarar dig på den här adressen. Ange ärendenumret om du kontaktar oss om ärendet.",
              "",
              "Med vänlig hälsning",
              "Grundskoleförvaltningen, Göteborgs Stad",
              "Telefon 031-365 09 60",
            ].join("\n"),
          },
        });
      }
      return { nummer };
    });
    return { ok: true, idempotensnyckel: data.idempotensnyckel, arendenummer: s.nummer };
  } catch (error) {
    // Two posts of the same form at the same moment: the other one made the case.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const annan = await befintlig(db, data.idempotensnyckel);
      if (annan) return annan;
    }
    throw error;
  }
}
