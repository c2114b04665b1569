// Changing a second factor that is on: new recovery codes, or turning it off. Both need the
// password and a code, so a session left open on a shared computer is not enough; wrong answers
// count towards the sign-in throttling, as in "Byt lösenord".
import type { PrismaClient } from "../db/generated/client";
import { logger } from "../logger";
import { klientnyckel } from "../sakerhet/klientnyckel";
import { verifyPassword } from "./password";
import { authorize, type Aktor } from "./permissions";
import type { TvastegsBekraftelse } from "./schema";
import { KLIENT, KONTO, kontonyckel, raknaMisslyckande, vantetid } from "./strypning";
import { forbrukaKod, kravsTvastegs, nyaAterstallningskoder } from "./tvastegs";

type Fel = Partial<Record<keyof TvastegsBekraftelse | "formular", string>>;
type Konto = Aktor & { name: string };

const FEL_LOSENORD = "Lösenordet stämmer inte, eller så har det varit många misslyckade försök nyligen. Försök igen om en liten stund.";
const FEL_KOD = "Koden stämmer inte. Skriv de sex siffror som appen visar just nu.";
export const KRAVS = "Administratörer måste använda tvåstegsverifiering när de loggar in med lösenord. Den kan inte stängas av.";

/** The password, then the code (the code is used up only after the right password). */
async function bekrafta(db: PrismaClient, aktor: Konto, data: TvastegsBekraftelse, klientadress: string, nu: Date, reservkod: boolean) {
  authorize(aktor, "konto.eget");
  const user = await db.user.findUniqueOrThrow({
    where: { id: aktor.id },
    select: { id: true, email: true, roll: true, demo: true, losenordHash: true, totpHemlighet: true, totpNyckel: true },
  });
  if (!user.losenordHash || !user.totpHemlighet)
    return { ok: false as const, fel: { formular: "Tvåstegsverifiering är inte på för ditt konto." } as Fel };
  const konto = kontonyckel(user.email);
  const klient = `klient:${klientnyckel(klientadress)}`;
  const fel = async (falt: keyof TvastegsBekraftelse, text: string, orsak: string) => {
    await Promise.all([raknaMisslyckande(db, konto, KONTO, nu), raknaMisslyckande(db, klient, KLIENT, nu)]);
    logger.info({ handelse: "tvastegs.andring_nekad", userId: user.id, orsak }, "Ändring av tvåstegsverifiering nekad");
    return { ok: false as const, fel: { [falt]: text } as Fel };
  };
  const vanta = await vantetid(db, [konto, klient], nu);
  const ratt = await verifyPassword(data.losenord, user.losenordHash);
  if (vanta > 0 || !ratt) return fel("losenord", FEL_LOSENORD, vanta > 0 ? "strypt" : "fel_losenord");
  const totp = { id: user.id, totpHemlighet: user.totpHemlighet, totpNyckel: user.totpNyckel };
  if (!(await forbrukaKod(db, totp, data.kod, nu, { reservkod }))) {
    return fel("kod", reservkod ? "Koden stämmer inte. Skriv koden från appen, eller en oanvänd reservkod." : FEL_KOD, "fel_kod");
  }
  return { ok: true as const, user };
}

export type NyaKoder = { ok: true; koder: string[] } | { ok: false; fel: Fel };

/** Ten new recovery codes; the old ones stop working. Only a code from the app will do. */
export async function nyaReservkoder(
  db: PrismaClient,
  aktor: Konto,
  data: TvastegsBekraftelse,
  klientadress: string,
  nu = new Date(),
): Promise<NyaKoder> {
  const b = await bekrafta(db, aktor, data, klientadress, nu, false);
  if (!b.ok) return b;
  const koder = await db.$transaction(async (tx) => {
    const k = await nyaAterstallningskoder(tx, aktor.id);
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "anvandare.nya-reservkoder",
        objektTyp: "anvandare",
        objektId: aktor.id,
        data: {},
      },
    });
    return k;
  });
  logger.info({ handelse: "tvastegs.nya_reservkoder", userId: aktor.id }, "Nya reservkoder");
  return { ok: true, koder };
}

/**
 * Turns the second factor off, where the role allows it (permissions.ts, "tvastegs.valfri").
 * A recovery code will do: someone who lost the phone can turn it off and on again.
 */
export async function stangAvTvastegs(
  db: PrismaClient,
  aktor: Konto,
  data: TvastegsBekraftelse,
  klientadress: string,
  nu = new Date(),
): Promise<{ ok: true } | { ok: false; fel: Fel }> {
  authorize(aktor, "konto.eget");
  const konto = await db.user.findUniqueOrThrow({ where: { id: aktor.id }, select: { roll: true, demo: true } });
  // Whatever the session signed in with: the account can sign in with its password.
  if (kravsTvastegs(konto, "credentials")) {
    logger.info({ handelse: "tvastegs.andring_nekad", userId: aktor.id, orsak: "kravs" }, "Avstängning av tvåstegsverifiering nekad");
    return { ok: false, fel: { formular: KRAVS } };
  }
  const b = await bekrafta(db, aktor, data, klientadress, nu, true);
  if (!b.ok) return b;
  await db.$transaction([
    db.user.update({ where: { id: aktor.id }, data: { totpHemlighet: null, totpNyckel: null, totpSenasteSteg: null } }),
    db.aterstallningskod.deleteMany({ where: { userId: aktor.id } }),
    db.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "anvandare.tvastegs-av",
        objektTyp: "anvandare",
        objektId: aktor.id,
        data: {},
      },
    }),
  ]);
  logger.info({ handelse: "tvastegs.av", userId: aktor.id }, "Tvåstegsverifiering avstängd");
  return { ok: true };
}
