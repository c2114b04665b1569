import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Roll } from "@/lib/db/generated/enums";
import { halvinloggning, kontrolleraKod } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { sessionsnyckel, startaSession } from "@/lib/auth/sessioner";
import { aktiveraTvastegs, ANTAL_KODER, hemlighetsSignatur, nyHemlighet } from "@/lib/auth/tvastegs";
import { nyaReservkoder, stangAvTvastegs } from "@/lib/auth/tvastegs-installningar";
import { seededDatabase } from "../support/seeded";

let db: PrismaClient;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await seededDatabase("tvastegsinst"));
});
afterAll(() => drop());

const LOSENORD = "Rätt-lösenord-1";
let n = 0;
const klient = () => `203.0.113.${++n}`;
const kodVid = (hemlighet: string, t: Date) => generate({ secret: hemlighet, epoch: Math.floor(t.getTime() / 1000) });
const om = (t: Date, sekunder: number) => new Date(t.getTime() + sekunder * 1000);

/** An account with the second factor on, enrolled as the page does it. */
async function medTvastegs(email: string, roll: Roll = "REDAKTOR", demo = false) {
  const start = new Date(Date.now() - 5 * 60_000);
  const u = await db.user.create({ data: { email, name: "Tove Tvåsteg", roll, demo, losenordHash: await hashPassword(LOSENORD) } });
  const sid = await startaSession(db, { userId: u.id, leverantor: "credentials", userAgent: null });
  const aktor = { id: u.id, name: u.name, roll: u.roll, skolaId: u.skolaId, sessionsnyckel: sessionsnyckel(sid) };
  const hemlighet = nyHemlighet();
  const utfall = await aktiveraTvastegs(
    db,
    aktor,
    { hemlighet, signatur: hemlighetsSignatur(u.id, hemlighet), kod: await kodVid(hemlighet, start) },
    start,
  );
  if (!utfall.ok) throw new Error(utfall.fel);
  return { u, aktor, hemlighet, koder: utfall.koder };
}

const granskning = (id: string, handling: string) => db.granskningshandelse.count({ where: { objektId: id, handling } });

describe("new recovery codes", () => {
  it("need the password and a code from the app; the old codes stop working and the new ones work", async () => {
    const { u, aktor, hemlighet, koder } = await medTvastegs("nya-koder@exempel.se");
    const nu = new Date();
    expect(await nyaReservkoder(db, aktor, { losenord: "Fel-lösenord-99", kod: await kodVid(hemlighet, nu) }, klient(), nu)).toMatchObject({
      ok: false,
      fel: { losenord: expect.any(String) },
    });
    expect(await nyaReservkoder(db, aktor, { losenord: LOSENORD, kod: "000000" }, klient(), nu)).toMatchObject({
      ok: false,
      fel: { kod: expect.any(String) },
    });
    // A recovery code is not a code from the app.
    expect(await nyaReservkoder(db, aktor, { losenord: LOSENORD, kod: koder[0] }, klient(), nu)).toMatchObject({
      ok: false,
      fel: { kod: expect.any(String) },
    });
    expect(await granskning(u.id, "anvandare.nya-reservkoder")).toBe(0);

    const utfall = await nyaReservkoder(db, aktor, { losenord: LOSENORD, kod: await kodVid(hemlighet, nu) }, klient(), nu);
    if (!utfall.ok) throw new Error(JSON.stringify(utfall.fel));
    expect(utfall.koder).toHaveLength(ANTAL_KODER);
    expect(utfall.koder).not.toContain(koder[1]);
    expect(await granskning(u.id, "anvandare.nya-reservkoder")).toBe(1);

    // (In this order: a fourth wrong answer in a row would make the account wait.)
    expect(await kontrolleraKod(db, { halv: halvinloggning(u.id), kod: utfall.koder[1], klient: klient() })).toMatchObject({ ok: true });
    expect(await kontrolleraKod(db, { halv: halvinloggning(u.id), kod: koder[1], klient: klient() })).toEqual({ ok: false, orsak: "kod" });
  });

  it("the same app code cannot be used twice", async () => {
    const { aktor, hemlighet } = await medTvastegs("samma-kod@exempel.se");
    const nu = new Date();
    const kod = await kodVid(hemlighet, nu);
    expect(await nyaReservkoder(db, aktor, { losenord: LOSENORD, kod }, klient(), nu)).toMatchObject({ ok: true });
    expect(await nyaReservkoder(db, aktor, { losenord: LOSENORD, kod }, klient(), nu)).toMatchObject({
      ok: false,
      fel: { kod: expect.any(String) },
    });
  });
});

describe("turning the second factor off", () => {
  it("needs the password and a code, removes the key and the codes, and is audited", async () => {
    const { u, aktor, hemlighet, koder } = await medTvastegs("stang-av@exempel.se", "HANDLAGGARE");
    const nu = new Date();
    expect(await stangAvTvastegs(db, aktor, { losenord: "Fel-lösenord-99", kod: await kodVid(hemlighet, nu) }, klient(), nu)).toMatchObject(
      { ok: false },
    );
    expect(await stangAvTvastegs(db, aktor, { losenord: LOSENORD, kod: "123456" }, klient(), nu)).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).totpHemlighet).not.toBeNull();

    // A recovery code is enough: someone who lost the phone can still turn it off.
    expect(await stangAvTvastegs(db, aktor, { losenord: LOSENORD, kod: koder[2] }, klient(), om(nu, 1))).toEqual({ ok: true });
    const rad = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(rad).toMatchObject({ totpHemlighet: null, totpNyckel: null, totpSenasteSteg: null });
    expect(await db.aterstallningskod.count({ where: { userId: u.id } })).toBe(0);
    expect(await granskning(u.id, "anvandare.tvastegs-av")).toBe(1);
  });

  it("is refused on the server for an admin who signs in with a password", async () => {
    const { u, aktor, hemlighet } = await medTvastegs("admin-stang-av@exempel.se", "ADMIN");
    const nu = new Date();
    expect(await stangAvTvastegs(db, aktor, { losenord: LOSENORD, kod: await kodVid(hemlighet, nu) }, klient(), nu)).toMatchObject({
      ok: false,
      fel: { formular: expect.stringContaining("Administratörer") },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).totpHemlighet).not.toBeNull();
    expect(await granskning(u.id, "anvandare.tvastegs-av")).toBe(0);
  });

  it("is allowed for a demo admin, who is exempt", async () => {
    const { aktor, hemlighet } = await medTvastegs("demo-admin-stang-av@exempel.se", "ADMIN", true);
    const nu = new Date();
    expect(await stangAvTvastegs(db, aktor, { losenord: LOSENORD, kod: await kodVid(hemlighet, nu) }, klient(), nu)).toEqual({ ok: true });
  });
});
