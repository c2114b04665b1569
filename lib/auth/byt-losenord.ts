// "Byt lösenord": the person's current password is required, a wrong one counts towards the
// sign-in throttling (a stolen session must not become a way to guess the password), and a
// change ends every other session of the account.
import type { PrismaClient } from "../db/generated/client";
import { logger } from "../logger";
import { klientnyckel } from "../sakerhet/klientnyckel";
import { forLattAttGissa } from "./losenordsregler";
import { hashPassword, verifyPassword } from "./password";
import { authorize } from "./permissions";
import type { BytLosenord } from "./schema";
import type { Inloggad } from "./inloggad";
import { avslutaAllaSessioner } from "./sessioner";
import { KLIENT, KONTO, kontonyckel, raknaMisslyckande, vantetid } from "./strypning";

export type BytUtfall = { ok: true } | { ok: false; fel: Partial<Record<keyof BytLosenord | "formular", string>> };

const FEL_NUVARANDE =
  "Det nuvarande lösenordet stämmer inte, eller så har det varit många misslyckade försök nyligen. Försök igen om en liten stund.";

export async function bytLosenord(
  db: PrismaClient,
  aktor: Inloggad,
  data: BytLosenord,
  klientadress: string,
  nu = new Date(),
): Promise<BytUtfall> {
  authorize(aktor, "konto.eget");
  const user = await db.user.findUniqueOrThrow({ where: { id: aktor.id }, select: { email: true, name: true, losenordHash: true } });
  if (!user.losenordHash)
    return { ok: false, fel: { formular: "Ditt konto loggar in med Göteborgs Stads konto och har inget lösenord här." } };
  const konto = kontonyckel(user.email);
  const klient = `klient:${klientnyckel(klientadress)}`;
  const vanta = await vantetid(db, [konto, klient], nu);
  const ratt = await verifyPassword(data.nuvarande, user.losenordHash);
  if (vanta > 0 || !ratt) {
    await Promise.all([raknaMisslyckande(db, konto, KONTO, nu), raknaMisslyckande(db, klient, KLIENT, nu)]);
    logger.info({ handelse: "losenord.byte_nekat", userId: aktor.id, orsak: vanta > 0 ? "strypt" : "fel_losenord" }, "Lösenordsbyte nekat");
    return { ok: false, fel: { nuvarande: FEL_NUVARANDE } };
  }
  const gissbart = forLattAttGissa(data.nytt, [user.email, user.name]);
  if (gissbart) return { ok: false, fel: { nytt: gissbart } };
  const losenordHash = await hashPassword(data.nytt);
  await db.$transaction([
    db.user.update({ where: { id: aktor.id }, data: { losenordHash, losenordMasteBytas: false } }),
    avslutaAllaSessioner(db, aktor.id, aktor.sessionsnyckel),
    db.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "anvandare.byt-losenord",
        objektTyp: "anvandare",
        objektId: aktor.id,
        data: {},
      },
    }),
  ]);
  logger.info({ handelse: "losenord.bytt", userId: aktor.id }, "Lösenordet bytt");
  return { ok: true };
}
