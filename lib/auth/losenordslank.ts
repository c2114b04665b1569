// "Skicka länk för nytt lösenord": an admin sends a forgotten password's owner a link to choose a
// new one. The key (192 random bits) is made when the mail goes out (losenordslanken), so it is never
// stored but as a SHA-256 hash; it works once, for LANK_TIMMAR from then. Choosing a password
// through it ends every session of the account. Every step is audited.
import { createHash, randomBytes } from "node:crypto";
import { siteUrl } from "../config";
import type { PrismaClient } from "../db/generated/client";
import { logger } from "../logger";
import { koaUtskick, mall, type Sandlank } from "../utskick";
import { forLattAttGissa } from "./losenordsregler";
import { hashPassword } from "./password";
import { authorize, type Aktor } from "./permissions";
import type { NyttLosenordViaLank } from "./schema";
import { avslutaAllaSessioner } from "./sessioner";
import { kontonyckel, nollstall } from "./strypning";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** An hour: long enough to read the mail the same day, short enough to be worth little in a mailbox. */
export const LANK_TIMMAR = 1;
export const LANKFORM = /^[A-Za-z0-9_-]{32}$/;
/** Used, expired and unknown links all get this. */
export const LANK_OGILTIG =
  "Länken fungerar inte. Den kan redan ha använts eller vara äldre än en timme. Be en administratör att skicka en ny länk.";
const VIA_LANK = "Via länk för nytt lösenord";

const hasha = (nyckel: string) => createHash("sha256").update(nyckel).digest("hex");

type Fel = Partial<Record<keyof NyttLosenordViaLank | "formular", string>>;

export async function skickaLosenordslank(db: PrismaClient, aktor: (Aktor & { name: string }) | null, userId: string) {
  authorize(aktor, "anvandare.hantera");
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, aktiv: true, borttagen: true } });
  if (!user || user.borttagen) return { ok: false as const, fel: { formular: "Kontot finns inte." } };
  if (!user.aktiv)
    return { ok: false as const, fel: { formular: "Kontot är avstängt. Gör det aktivt först om personen ska kunna logga in." } };
  await db.$transaction(async (tx) => {
    // A new link replaces any earlier one that is still unused.
    await tx.losenordslank.deleteMany({ where: { userId, anvand: null } });
    const lank = await tx.losenordslank.create({ data: { userId } });
    await koaUtskick(tx, losenordsmejl, { till: user.email, losenordslankId: lank.id, varden: { namn: user.name, timmar: LANK_TIMMAR } });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "anvandare.losenordslank-skickad",
        objektTyp: "anvandare",
        objektId: userId,
        data: { giltigTimmar: LANK_TIMMAR },
      },
    });
  });
  return { ok: true as const };
}

/** The link's key, made as its mail goes out; from now it works for LANK_TIMMAR. */
export async function skapaLankNyckel(tx: Tx, losenordslankId: string, nu = new Date()): Promise<string> {
  const nyckel = randomBytes(24).toString("base64url");
  // A send that fails is retried with a new key: the row's hash is always the last mail's.
  await tx.losenordslank.update({
    where: { id: losenordslankId },
    data: { hash: hasha(nyckel), giltigTill: new Date(nu.getTime() + LANK_TIMMAR * 3_600_000) },
  });
  return nyckel;
}

/** The link in a password mail, `{losenordslank}`; the outbox makes it when the mail goes out. */
export const losenordslanken: Sandlank<"losenordslank"> = {
  namn: "losenordslank",
  tidigare: "{{lösenordslänk}}",
  skapa: async (tx, r, nu) =>
    r.losenordslankId ? `${siteUrl().replace(/\/$/, "")}/nytt-losenord/${await skapaLankNyckel(tx, r.losenordslankId, nu)}` : null,
};

/** The mail with the link, listed in lib/utskicksmallar.ts. */
export const losenordsmejl = mall({
  namn: "anvandare.losenordslank",
  amne: "Välj ett nytt lösenord till Grundskoleportalen",
  text: `Hej {namn}!

En administratör har skickat dig en länk för att välja ett nytt lösenord till personalsidorna på Grundskoleportalen:

{losenordslank}

Länken gäller i {timmar} timme och fungerar en gång. När du har valt lösenordet loggas du ut överallt och loggar in med det nya.

Har du inte bett om ett nytt lösenord? Kontakta förvaltningens administratör.

Grundskoleförvaltningen, Göteborgs Stad`,
  lankar: [losenordslanken],
});

async function lasLank(db: Pick<PrismaClient, "losenordslank">, nyckel: string) {
  if (!LANKFORM.test(nyckel)) return null;
  return db.losenordslank.findUnique({
    where: { hash: hasha(nyckel) },
    select: {
      id: true,
      userId: true,
      giltigTill: true,
      anvand: true,
      user: { select: { email: true, name: true, aktiv: true, borttagen: true } },
    },
  });
}

const giltig = (l: NonNullable<Awaited<ReturnType<typeof lasLank>>>, nu: Date) =>
  !l.anvand && l.giltigTill !== null && l.giltigTill > nu && l.user.aktiv && !l.user.borttagen;

/** The account a link is for, while it is unused and unexpired; otherwise null. */
export async function hittaLank(db: PrismaClient, nyckel: string, nu = new Date()) {
  const l = await lasLank(db, nyckel);
  return l && giltig(l, nu) ? { id: l.id, userId: l.userId } : null;
}

/** Sets the new password and uses the link up, in one transaction with the sessions' end. */
export async function valjNyttLosenord(
  db: PrismaClient,
  nyckel: string,
  data: NyttLosenordViaLank,
  nu = new Date(),
): Promise<{ ok: true } | { ok: false; fel: Fel }> {
  const l = await lasLank(db, nyckel);
  const nekad = async (orsak: string) => {
    logger.info({ handelse: "losenordslank.nekad", orsak, userId: l?.userId }, "Länk för nytt lösenord nekad");
    if (l) {
      await db.granskningshandelse.create({
        data: {
          aktorId: null,
          aktorNamn: VIA_LANK,
          handling: "anvandare.losenord-via-lank-nekad",
          objektTyp: "anvandare",
          objektId: l.userId,
          data: { orsak },
        },
      });
    }
    return { ok: false as const, fel: { formular: LANK_OGILTIG } };
  };
  if (!l) return nekad("okand");
  if (!giltig(l, nu)) return nekad(l.anvand ? "anvand" : "utgangen");
  const gissbart = forLattAttGissa(data.nytt, [l.user.email, l.user.name]);
  if (gissbart) return { ok: false, fel: { nytt: gissbart } };
  const losenordHash = await hashPassword(data.nytt);
  const klar = await db.$transaction(async (tx) => {
    // Two tabs sending the form at once: only one uses the link.
    const { count } = await tx.losenordslank.updateMany({
      where: { id: l.id, anvand: null, giltigTill: { gt: nu } },
      data: { anvand: nu },
    });
    if (count !== 1) return false;
    await tx.user.update({ where: { id: l.userId }, data: { losenordHash, losenordMasteBytas: false } });
    const { count: sessioner } = await avslutaAllaSessioner(tx, l.userId);
    await tx.granskningshandelse.create({
      data: {
        aktorId: l.userId,
        aktorNamn: l.user.name,
        handling: "anvandare.losenord-via-lank",
        objektTyp: "anvandare",
        objektId: l.userId,
        data: { sessioner },
      },
    });
    return true;
  });
  if (!klar) return nekad("anvand");
  // Showing the mailbox was enough: earlier wrong guesses no longer slow the account down.
  await nollstall(db, kontonyckel(l.user.email));
  logger.info({ handelse: "losenordslank.anvand", userId: l.userId }, "Nytt lösenord via länk");
  return { ok: true };
}
