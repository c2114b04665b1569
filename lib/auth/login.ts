// Checks a staff member's e-mail and password, counting failures: after a few the answer slows
// down, and after MAX_FORSOK the account is locked for LAS_MINUTER.
import { setTimeout as sleep } from "node:timers/promises";
import type { PrismaClient } from "../db/generated/client";
import { logger } from "../logger";
import { verifyPassword } from "./password";

export const MAX_FORSOK = 5;
export const LAS_MINUTER = 15;
// Compared against when the account does not exist, so that the answer takes as long.
const DUMMY_HASH = "$2b$12$3D8u1UWUjAZqVygJhaIC0.Fr8AXWG4D/JZwl9rhgC4IPpbxwK5WOi";

export type Utfall =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; orsak: "fel" | "last" | "avstangd"; lastTill?: Date };

export async function kontrolleraInloggning(db: PrismaClient, email: string, password: string, nu = new Date()): Promise<Utfall> {
  const user = await db.user.findUnique({ where: { email } });
  if (!user?.losenordHash) {
    await verifyPassword(password, DUMMY_HASH);
    logger.info({ handelse: "inloggning.misslyckad", orsak: "okant_konto" }, "Misslyckad inloggning");
    return { ok: false, orsak: "fel" };
  }
  if (user.lastTill && user.lastTill > nu) {
    logger.info({ handelse: "inloggning.nekad", userId: user.id, orsak: "last" }, "Inloggning mot låst konto");
    return { ok: false, orsak: "last", lastTill: user.lastTill };
  }
  if (!(await verifyPassword(password, user.losenordHash))) {
    const { misslyckadeInloggningar: antal } = await db.user.update({
      where: { id: user.id },
      data: { misslyckadeInloggningar: { increment: 1 } },
      select: { misslyckadeInloggningar: true },
    });
    logger.info({ handelse: "inloggning.misslyckad", userId: user.id, antal }, "Misslyckad inloggning");
    if (antal >= MAX_FORSOK) {
      const lastTill = new Date(nu.getTime() + LAS_MINUTER * 60_000);
      await db.$transaction([
        db.user.update({ where: { id: user.id }, data: { lastTill, misslyckadeInloggningar: 0 } }),
        db.granskningshandelse.create({
          data: { aktorId: user.id, aktorNamn: user.name, handling: "inloggning.last", objektTyp: "anvandare", objektId: user.id, data: { lastTill } },
        }),
      ]);
      logger.warn({ handelse: "inloggning.last", userId: user.id }, "Kontot låst efter upprepade försök");
      return { ok: false, orsak: "last", lastTill };
    }
    if (antal >= 3) await sleep(500 * (antal - 2));
    return { ok: false, orsak: "fel" };
  }
  if (!user.aktiv) {
    logger.info({ handelse: "inloggning.nekad", userId: user.id, orsak: "avstangd" }, "Inloggning mot avstängt konto");
    return { ok: false, orsak: "avstangd" };
  }
  if (user.misslyckadeInloggningar > 0 || user.lastTill) {
    await db.user.update({ where: { id: user.id }, data: { misslyckadeInloggningar: 0, lastTill: null } });
  }
  logger.info({ handelse: "inloggning", userId: user.id }, "Inloggning");
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

export function inloggningsfel(orsak: "fel" | "last" | "avstangd"): string {
  switch (orsak) {
    case "last":
      return `För många misslyckade försök. Kontot är låst i ${LAS_MINUTER} minuter. Försök igen senare eller kontakta en administratör.`;
    case "avstangd":
      return "Kontot är avstängt. Kontakta en administratör om du behöver komma åt personalsidorna.";
    default:
      return "E-postadressen eller lösenordet stämmer inte. Kontrollera och försök igen.";
  }
}

/** Auth.js's error codes (on /logga-in?error=…) in words a staff member can act on. */
export function felFranAuthjs(kod: string): string {
  if (kod === "AccessDenied") {
    return "Du kan inte logga in med Göteborgs Stads konto: det finns inget aktivt konto här med din e-postadress. Kontakta en administratör.";
  }
  return "Inloggningen med Göteborgs Stads konto gick inte att genomföra just nu. Försök igen om en stund, eller logga in med e-post och lösenord.";
}
