import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { halvinloggning, kontrolleraInloggning, kontrolleraKod } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { kontrolleraSession, sessionsnyckel, startaSession } from "@/lib/auth/sessioner";
import { kontonyckel, vantetid } from "@/lib/auth/strypning";
import { aktiveraTvastegs, ANTAL_KODER, hemlighetsSignatur, kravsTvastegs, nyHemlighet } from "@/lib/auth/tvastegs";
import { seededDatabase } from "../support/seeded";

let db: PrismaClient;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await seededDatabase("tvastegs"));
});
afterAll(() => drop());

const LOSENORD = "Rätt-lösenord-1";
let n = 0;
const klient = () => `192.0.2.${++n}`;
const kodVid = (hemlighet: string, t: Date) => generate({ secret: hemlighet, epoch: Math.floor(t.getTime() / 1000) });

/** An admin with a second factor turned on through the enrolment, as the page does it. */
async function adminMedTvastegs(email: string, nu = new Date()) {
  const u = await db.user.create({ data: { email, name: "Ada Admin", roll: "ADMIN", losenordHash: await hashPassword(LOSENORD) } });
  const sid = await startaSession(db, { userId: u.id, leverantor: "credentials", userAgent: null });
  const aktor = { id: u.id, name: u.name, sessionsnyckel: sessionsnyckel(sid) };
  const hemlighet = nyHemlighet();
  const data = { hemlighet, signatur: hemlighetsSignatur(u.id, hemlighet), kod: await kodVid(hemlighet, nu) };
  const utfall = await aktiveraTvastegs(db, aktor, data, nu);
  if (!utfall.ok) throw new Error(utfall.fel);
  return { u, sid, hemlighet, koder: utfall.koder };
}

describe("who must use a second factor", () => {
  it("an admin signing in with a password; not a demo admin, not through Entra ID, not other roles", () => {
    expect(kravsTvastegs({ roll: "ADMIN", demo: false }, "credentials")).toBe(true);
    expect(kravsTvastegs({ roll: "ADMIN", demo: true }, "credentials")).toBe(false);
    expect(kravsTvastegs({ roll: "ADMIN", demo: false }, "microsoft-entra-id")).toBe(false);
    expect(kravsTvastegs({ roll: "REDAKTOR", demo: false }, "credentials")).toBe(false);
  });
});

describe("turning the second factor on", () => {
  it("needs a code from the key the server gave, then gives ten codes and ends other sessions", async () => {
    const u = await db.user.create({
      data: { email: "aktivera@exempel.se", name: "Aktiv", roll: "REDAKTOR", losenordHash: await hashPassword(LOSENORD) },
    });
    const denna = await startaSession(db, { userId: u.id, leverantor: "credentials", userAgent: null });
    const annan = await startaSession(db, { userId: u.id, leverantor: "credentials", userAgent: null });
    const aktor = { id: u.id, name: u.name, sessionsnyckel: sessionsnyckel(denna) };
    const hemlighet = nyHemlighet();
    const nu = new Date();
    const forfalskad = await aktiveraTvastegs(
      db,
      aktor,
      { hemlighet: nyHemlighet(), signatur: hemlighetsSignatur(u.id, hemlighet), kod: await kodVid(hemlighet, nu) },
      nu,
    );
    expect(forfalskad).toMatchObject({ ok: false, fel: expect.stringContaining("Ladda om sidan") });
    expect(
      await aktiveraTvastegs(db, aktor, { hemlighet, signatur: hemlighetsSignatur(u.id, hemlighet), kod: "000000" }, nu),
    ).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).totpHemlighet).toBeNull();

    const utfall = await aktiveraTvastegs(
      db,
      aktor,
      { hemlighet, signatur: hemlighetsSignatur(u.id, hemlighet), kod: await kodVid(hemlighet, nu) },
      nu,
    );
    expect(utfall.ok && utfall.koder).toHaveLength(ANTAL_KODER);
    // Stored encrypted: the column never holds the key itself (lib/auth/totp-kryptering.ts).
    const lagrad = (await db.user.findUniqueOrThrow({ where: { id: u.id } })).totpHemlighet;
    expect(lagrad).not.toBeNull();
    expect(lagrad).not.toContain(hemlighet);
    const lagrade = await db.aterstallningskod.findMany({ where: { userId: u.id } });
    expect(lagrade).toHaveLength(ANTAL_KODER);
    for (const k of utfall.ok ? utfall.koder : []) expect(lagrade.map((l) => l.hash)).not.toContain(k);
    expect(await kontrolleraSession(db, denna)).not.toBeNull();
    expect(await kontrolleraSession(db, annan)).toBeNull();
  });
});

describe("signing in with a second factor", () => {
  it("asks for a code after the right password, and takes a code once", async () => {
    const start = new Date();
    const { u, hemlighet } = await adminMedTvastegs("totp@exempel.se", start);
    const steg1 = await kontrolleraInloggning(db, { email: u.email, password: LOSENORD, klient: klient() });
    expect(steg1).toMatchObject({ ok: true, kravKod: true });
    const senare = new Date(start.getTime() + 60_000);
    const kod = await kodVid(hemlighet, senare);
    const halv = halvinloggning(u.id, senare.getTime());
    expect(await kontrolleraKod(db, { halv, kod, klient: klient() }, senare)).toMatchObject({ ok: true, user: { id: u.id } });
    // the same code again (a replay) is refused, and so is a code from before
    expect(await kontrolleraKod(db, { halv, kod, klient: klient() }, senare)).toEqual({ ok: false, orsak: "kod" });
    expect(await kontrolleraKod(db, { halv, kod: await kodVid(hemlighet, start), klient: klient() }, senare)).toEqual({
      ok: false,
      orsak: "kod",
    });
  });

  it("takes each recovery code once", async () => {
    const { u, koder } = await adminMedTvastegs("reserv@exempel.se");
    const halv = halvinloggning(u.id);
    expect(await kontrolleraKod(db, { halv, kod: koder[3].toLowerCase(), klient: klient() })).toMatchObject({ ok: true });
    expect(await kontrolleraKod(db, { halv, kod: koder[3], klient: klient() })).toEqual({ ok: false, orsak: "kod" });
    expect(await db.aterstallningskod.count({ where: { userId: u.id, anvand: null } })).toBe(ANTAL_KODER - 1);
  });

  it("refuses a forged or old proof of the password step", async () => {
    const { u, hemlighet } = await adminMedTvastegs("halv@exempel.se");
    const kod = await kodVid(hemlighet, new Date(Date.now() + 30_000));
    const [id, slut, sig] = halvinloggning(u.id).split(".");
    expect(await kontrolleraKod(db, { halv: `${id}.${Number(slut) + 1}.${sig}`, kod, klient: klient() })).toEqual({
      ok: false,
      orsak: "utgangen",
    });
    expect(await kontrolleraKod(db, { halv: halvinloggning(u.id, Date.now() - 6 * 60_000), kod, klient: klient() })).toEqual({
      ok: false,
      orsak: "utgangen",
    });
  });

  it("counts wrong codes towards the throttling, and a right password does not clear that count", async () => {
    const { u, hemlighet } = await adminMedTvastegs("gissa-kod@exempel.se");
    for (let i = 0; i < 4; i++) {
      await kontrolleraInloggning(db, { email: u.email, password: LOSENORD, klient: klient() });
      expect(await kontrolleraKod(db, { halv: halvinloggning(u.id), kod: String(100000 + i), klient: klient() })).toEqual({
        ok: false,
        orsak: "kod",
      });
    }
    expect(await vantetid(db, [kontonyckel(u.email)])).toBeGreaterThan(0);
    // during the wait even the right code is refused
    const kod = await kodVid(hemlighet, new Date(Date.now() + 30_000));
    expect(await kontrolleraKod(db, { halv: halvinloggning(u.id), kod, klient: klient() })).toEqual({ ok: false, orsak: "kod" });
  });
});
