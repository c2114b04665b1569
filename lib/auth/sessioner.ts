// Server-side sessions. The signed Auth.js cookie carries only a random id; the row it points
// to is checked on every request, so ending a session (sign-out, disable, role or password
// change, "Logga ut överallt") takes effect at once on every instance, and a replayed cookie
// is worth nothing.
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";

/**
 * ASVS 4.0 3.3.2 (level 2): re-authentication at least every 12 hours, and after 30 minutes
 * of inactivity. Reading the session moves the idle clock, never the absolute end.
 */
export const ABSOLUT_TIMMAR = 12;
export const INAKTIV_MINUTER = 30;
// Writing "last used" on every request would cost a write per page view: a minute is precise
// enough for a 30-minute idle limit.
const SKRIV_SENAST_EFTER_MS = 60_000;

type Db = Pick<PrismaClient, "session">;

/** The row key for a cookie's session id. */
export const sessionsnyckel = (sid: string) => createHash("sha256").update(sid).digest("base64url");

export async function startaSession(
  db: Db,
  data: { userId: string; leverantor: string; userAgent: string | null },
  nu = new Date(),
): Promise<string> {
  const sid = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      sessionToken: sessionsnyckel(sid),
      userId: data.userId,
      leverantor: data.leverantor,
      enhet: enhetsnamn(data.userAgent),
      skapad: nu,
      senastAnvand: nu,
      expires: new Date(nu.getTime() + ABSOLUT_TIMMAR * 3_600_000),
    },
  });
  return sid;
}

/** The session's user id if the session is live; an expired or idle session is deleted. */
export async function kontrolleraSession(db: Db, sid: string, nu = new Date()): Promise<{ userId: string; nyckel: string } | null> {
  const nyckel = sessionsnyckel(sid);
  const s = await db.session.findUnique({ where: { sessionToken: nyckel }, select: { userId: true, expires: true, senastAnvand: true } });
  if (!s) return null;
  if (s.expires <= nu || s.senastAnvand.getTime() + INAKTIV_MINUTER * 60_000 <= nu.getTime()) {
    await db.session.deleteMany({ where: { sessionToken: nyckel } });
    return null;
  }
  if (nu.getTime() - s.senastAnvand.getTime() > SKRIV_SENAST_EFTER_MS) {
    await db.session.updateMany({ where: { sessionToken: nyckel }, data: { senastAnvand: nu } });
  }
  return { userId: s.userId, nyckel };
}

export function avslutaSession(db: Db, sid: string) {
  return db.session.deleteMany({ where: { sessionToken: sessionsnyckel(sid) } });
}

/** Ends one of a person's own sessions, by its row key; someone else's key ends nothing. */
export function avslutaEgenSession(db: Db, userId: string, nyckel: string) {
  return db.session.deleteMany({ where: { userId, sessionToken: nyckel } });
}

/** Ends every session of an account, or every one but `utom` (the current one). */
export function avslutaAllaSessioner(db: Db, userId: string, utom?: string) {
  return db.session.deleteMany({ where: { userId, ...(utom ? { sessionToken: { not: utom } } : {}) } });
}

export function aktivaSessioner(db: Db, userId: string, nu = new Date()) {
  return db.session.findMany({
    where: { userId, expires: { gt: nu }, senastAnvand: { gt: new Date(nu.getTime() - INAKTIV_MINUTER * 60_000) } },
    orderBy: { senastAnvand: "desc" },
    select: { sessionToken: true, skapad: true, senastAnvand: true, enhet: true, leverantor: true },
  });
}

/** Deletes sessions past their end; run with the other periodic clean-ups. */
export function rensaSessioner(db: Db, nu = new Date()) {
  return db.session.deleteMany({
    where: { OR: [{ expires: { lte: nu } }, { senastAnvand: { lte: new Date(nu.getTime() - INAKTIV_MINUTER * 60_000) } }] },
  });
}

const webblasare: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/Firefox\//, "Firefox"],
  [/(Chrome|Chromium|CriOS)\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const system: [RegExp, string][] = [
  [/Windows/, "Windows"],
  [/(iPhone|iPad|iOS)/, "iOS"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Android/, "Android"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

/** "Firefox på Windows": enough for a person to recognise their own devices. */
export function enhetsnamn(userAgent: string | null): string {
  if (!userAgent) return "Okänd enhet";
  const w = webblasare.find(([r]) => r.test(userAgent))?.[1];
  const s = system.find(([r]) => r.test(userAgent))?.[1];
  if (w && s) return `${w} på ${s}`;
  return w ?? s ?? "Okänd webbläsare";
}
