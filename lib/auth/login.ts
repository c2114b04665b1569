// Checks a staff member's e-mail and password. Every attempt does the same work in the same
// order (read the limits, read the account, verify one hash) whether the address has an
// account, is throttled or the password is wrong, and those three get the same answer, so
// neither the answer nor its timing tells an address with an account from one without.
import type { PrismaClient } from "../db/generated/client";
import { logger } from "../logger";
import { hmac } from "../sakerhet/hmac";
import { klientnyckel } from "../sakerhet/klientnyckel";
import { lika } from "../sakerhet/lika";
import { forbrukaKod } from "./tvastegs";
import { behoverNyHash, dummyHash, hashPassword, verifyPassword } from "./password";
import { KLIENT, KONTO, kontonyckel, nollstall, raknaMisslyckande, vantetid } from "./strypning";

export interface Forsok {
  email: string;
  password: string;
  /** The client's address (klientadress), hashed before it is used or logged. */
  klient: string;
  /** The account key of a known device (strypning.enhetsnyckel), if the browser has one. */
  enhet?: string | null;
}

export type Orsak = "fel" | "avstangd" | "kod" | "utgangen";
export type Inloggningsutfall =
  { ok: true; user: { id: string; email: string; name: string }; kravKod?: boolean } | { ok: false; orsak: Orsak };

export async function kontrolleraInloggning(db: PrismaClient, forsok: Forsok, nu = new Date()): Promise<Inloggningsutfall> {
  const klient = `klient:${klientnyckel(forsok.klient)}`;
  const konto = forsok.enhet ?? kontonyckel(forsok.email);
  const [vanta, user] = await Promise.all([vantetid(db, [klient, konto], nu), db.user.findUnique({ where: { email: forsok.email } })]);
  // The hash is always verified, also when the result will not be used.
  const ratt = await verifyPassword(forsok.password, user?.losenordHash ?? (await dummyHash()));
  const logg = { klient: klient.slice(7, 19), userId: user?.id };

  // An attempt during the wait is not checked, and counts like a wrong password: hammering only
  // makes the wait longer, and every refusal does the same work.
  if (vanta > 0 || !user?.losenordHash || !ratt) {
    const [antal] = await Promise.all([raknaMisslyckande(db, konto, KONTO, nu), raknaMisslyckande(db, klient, KLIENT, nu)]);
    const orsak = vanta > 0 ? "strypt" : user ? "fel_losenord" : "okant_konto";
    logger.info({ ...logg, handelse: "inloggning.misslyckad", orsak, antal, vanta }, "Misslyckad inloggning");
    return { ok: false, orsak: "fel" };
  }
  if (!user.aktiv) {
    logger.info({ ...logg, handelse: "inloggning.nekad", orsak: "avstangd" }, "Inloggning mot avstängt konto");
    return { ok: false, orsak: "avstangd" };
  }
  // With a second factor the count is cleared only once the code is right too: a password
  // alone must not reset the limit on guessing codes.
  if (!user.totpHemlighet) await nollstall(db, konto);
  if (behoverNyHash(user.losenordHash)) {
    await db.user.update({ where: { id: user.id }, data: { losenordHash: await hashPassword(forsok.password) } });
    logger.info({ handelse: "losenord.ny_hash", userId: user.id }, "Lösenordets hash bytt till argon2id");
  }
  logger.info({ ...logg, handelse: user.totpHemlighet ? "inloggning.losenord_ok" : "inloggning" }, "Inloggning");
  return { ok: true, user: { id: user.id, email: user.email, name: user.name }, kravKod: user.totpHemlighet !== null };
}

const HALV_MINUTER = 5;

/** Proof, for the code step, that the password was right a moment ago: signed, for five minutes. */
export function halvinloggning(userId: string, nu = Date.now()): string {
  const slut = nu + HALV_MINUTER * 60_000;
  return `${userId}.${slut}.${hmac(`halv:${userId}:${slut}`)}`;
}

/** The user id a code-step proof was made for, or null if it is forged or old. */
export function lasHalvinloggning(token: string, nu = Date.now()): string | null {
  const [userId, slut, sig] = token.split(".");
  if (!userId || !slut || !sig || !/^\d+$/.test(slut) || Number(slut) < nu) return null;
  return lika(hmac(`halv:${userId}:${slut}`), sig) ? userId : null;
}

/**
 * The second step: a code from the app or a recovery code. A wrong code counts towards the
 * same throttling as a wrong password, for the account and for the client.
 */
export async function kontrolleraKod(
  db: PrismaClient,
  forsok: { halv: string; kod: string; klient: string },
  nu = new Date(),
): Promise<Inloggningsutfall> {
  const userId = lasHalvinloggning(forsok.halv, nu.getTime());
  if (!userId) return { ok: false, orsak: "utgangen" };
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user?.aktiv || !user.totpHemlighet) return { ok: false, orsak: "utgangen" };
  const klient = `klient:${klientnyckel(forsok.klient)}`;
  const konto = kontonyckel(user.email);
  const vanta = await vantetid(db, [klient, konto], nu);
  const logg = { klient: klient.slice(7, 19), userId: user.id };
  if (
    vanta > 0 ||
    !(await forbrukaKod(db, { id: user.id, totpHemlighet: user.totpHemlighet, totpNyckel: user.totpNyckel }, forsok.kod, nu))
  ) {
    const [antal] = await Promise.all([raknaMisslyckande(db, konto, KONTO, nu), raknaMisslyckande(db, klient, KLIENT, nu)]);
    logger.info(
      { ...logg, handelse: "inloggning.misslyckad", orsak: vanta > 0 ? "strypt" : "fel_kod", antal, vanta },
      "Fel kod i andra steget",
    );
    return { ok: false, orsak: "kod" };
  }
  await nollstall(db, konto);
  logger.info({ ...logg, handelse: "inloggning", tvastegs: true }, "Inloggning");
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

export function inloggningsfel(orsak: Orsak): string {
  if (orsak === "kod") return "Koden stämmer inte. Skriv den sexsiffriga kod som appen visar just nu, eller en av dina reservkoder.";
  if (orsak === "utgangen") return "Det tog för lång tid. Logga in igen med e-post och lösenord.";
  if (orsak === "avstangd") return "Kontot är avstängt. Kontakta en administratör om du behöver komma åt personalsidorna.";
  return "E-postadressen eller lösenordet stämmer inte, eller så har det varit många misslyckade försök nyligen. Kontrollera och försök igen om en liten stund.";
}

/** Auth.js's error codes (on /logga-in?error=…) in words a staff member can act on. */
export function felFranAuthjs(kod: string): string {
  // A password sign-in posted straight to Auth.js's endpoint comes back with this code.
  if (kod === "CredentialsSignin") return inloggningsfel("fel");
  if (kod === "AccessDenied") {
    return "Du kan inte logga in med Göteborgs Stads konto: det finns inget aktivt konto här med din e-postadress. Kontakta en administratör.";
  }
  return "Inloggningen med Göteborgs Stads konto gick inte att genomföra just nu. Försök igen om en stund, eller logga in med e-post och lösenord.";
}
