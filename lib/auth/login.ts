// Checks a staff member's e-mail and password. Every attempt does the same work in the same
// order (read the limits, read the account, verify one hash) whether the address has an
// account, is throttled or the password is wrong, and those three get the same answer, so
// neither the answer nor its timing tells an address with an account from one without.
import type { PrismaClient } from "../db/generated/client";
import { logger } from "../logger";
import { klientnyckel } from "../synpunkter/skydd";
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

export type Utfall = { ok: true; user: { id: string; email: string; name: string } } | { ok: false; orsak: "fel" | "avstangd" };

export async function kontrolleraInloggning(db: PrismaClient, forsok: Forsok, nu = new Date()): Promise<Utfall> {
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
  await nollstall(db, konto);
  if (behoverNyHash(user.losenordHash)) {
    await db.user.update({ where: { id: user.id }, data: { losenordHash: await hashPassword(forsok.password) } });
    logger.info({ handelse: "losenord.ny_hash", userId: user.id }, "Lösenordets hash bytt till argon2id");
  }
  logger.info({ ...logg, handelse: "inloggning" }, "Inloggning");
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

export function inloggningsfel(orsak: "fel" | "avstangd"): string {
  if (orsak === "avstangd") return "Kontot är avstängt. Kontakta en administratör om du behöver komma åt personalsidorna.";
  return "E-postadressen eller lösenordet stämmer inte, eller så har det varit många misslyckade försök nyligen. Kontrollera och försök igen om en liten stund.";
}

/** Auth.js's error codes (on /logga-in?error=…) in words a staff member can act on. */
export function felFranAuthjs(kod: string): string {
  if (kod === "AccessDenied") {
    return "Du kan inte logga in med Göteborgs Stads konto: det finns inget aktivt konto här med din e-postadress. Kontakta en administratör.";
  }
  return "Inloggningen med Göteborgs Stads konto gick inte att genomföra just nu. Försök igen om en stund, eller logga in med e-post och lösenord.";
}
