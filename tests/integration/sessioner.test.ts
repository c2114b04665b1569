import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { andraKonto, loggaUtOverallt } from "@/lib/anvandare/konton";
import {
  ABSOLUT_TIMMAR,
  aktivaSessioner,
  avslutaAllaSessioner,
  avslutaEgenSession,
  enhetsnamn,
  INAKTIV_MINUTER,
  kontrolleraSession,
  sessionsnyckel,
  startaSession,
} from "@/lib/auth/sessioner";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("sessioner"));
});
afterAll(() => drop());

const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const minuter = (d: Date, m: number) => new Date(d.getTime() + m * 60_000);
const ny = (userId: string, nu = new Date()) => startaSession(db, { userId, leverantor: "credentials", userAgent: FIREFOX }, nu);

describe("server-side sessions", () => {
  it("stores only a hash of the cookie's id, and the id finds its session", async () => {
    const sid = await ny(aktor.REDAKTOR.id);
    expect(await db.session.count({ where: { sessionToken: sid } })).toBe(0);
    expect(await kontrolleraSession(db, sid)).toEqual({ userId: aktor.REDAKTOR.id, nyckel: sessionsnyckel(sid) });
    expect(await kontrolleraSession(db, `${sid}x`)).toBeNull();
  });

  it(`ends after ${INAKTIV_MINUTER} idle minutes, and use moves the idle clock`, async () => {
    const start = new Date();
    const sid = await ny(aktor.REDAKTOR.id, start);
    expect(await kontrolleraSession(db, sid, minuter(start, INAKTIV_MINUTER - 1))).not.toBeNull();
    expect(await kontrolleraSession(db, sid, minuter(start, 2 * INAKTIV_MINUTER - 2))).not.toBeNull();
    expect(await kontrolleraSession(db, sid, minuter(start, 3 * INAKTIV_MINUTER))).toBeNull();
    // and it is gone for good, not only refused once
    expect(await kontrolleraSession(db, sid, minuter(start, 2 * INAKTIV_MINUTER - 2))).toBeNull();
  });

  it(`ends ${ABSOLUT_TIMMAR} hours after sign-in however busy it is`, async () => {
    const start = new Date();
    const sid = await ny(aktor.REDAKTOR.id, start);
    for (let m = 20; m < ABSOLUT_TIMMAR * 60; m += 20)
      expect(await kontrolleraSession(db, sid, minuter(start, m)), `minut ${m}`).not.toBeNull();
    expect(await kontrolleraSession(db, sid, minuter(start, ABSOLUT_TIMMAR * 60))).toBeNull();
  });

  it("lists a person's live sessions with their device, and a person ends only their own", async () => {
    const egen = await ny(aktor.REKTOR.id);
    const annans = await ny(aktor.HANDLAGGARE.id);
    const lista = await aktivaSessioner(db, aktor.REKTOR.id);
    expect(lista.map((s) => s.sessionToken)).toContain(sessionsnyckel(egen));
    expect(lista[0].enhet).toBe("Firefox på Windows");
    expect((await avslutaEgenSession(db, aktor.REKTOR.id, sessionsnyckel(annans))).count).toBe(0);
    expect(await kontrolleraSession(db, annans)).not.toBeNull();
    await avslutaEgenSession(db, aktor.REKTOR.id, sessionsnyckel(egen));
    expect(await kontrolleraSession(db, egen)).toBeNull();
  });

  it("ends every other session and keeps this one", async () => {
    const denna = await ny(aktor.REKTOR.id);
    const andra = [await ny(aktor.REKTOR.id), await ny(aktor.REKTOR.id)];
    await avslutaAllaSessioner(db, aktor.REKTOR.id, sessionsnyckel(denna));
    expect(await kontrolleraSession(db, denna)).not.toBeNull();
    for (const sid of andra) expect(await kontrolleraSession(db, sid)).toBeNull();
  });

  it("names devices from their User-Agent", () => {
    expect(
      enhetsnamn("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"),
    ).toBe("Safari på macOS");
    expect(enhetsnamn("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36")).toBe(
      "Chrome på Linux",
    );
    expect(enhetsnamn(null)).toBe("Okänd enhet");
  });
});

describe("account changes end sessions", () => {
  async function kontoMedSession(email: string) {
    const user = await db.user.create({ data: { email, name: "Test Testsson", roll: "REDAKTOR" } });
    return { user, sid: await ny(user.id) };
  }

  it("disabling an account ends its sessions, and enabling it again revives none", async () => {
    const { user, sid } = await kontoMedSession("stangs-av@exempel.se");
    await andraKonto(db, aktor.ADMIN, user.id, { roll: "REDAKTOR", skolaId: null, aktiv: false });
    expect(await kontrolleraSession(db, sid)).toBeNull();
    await andraKonto(db, aktor.ADMIN, user.id, { roll: "REDAKTOR", skolaId: null, aktiv: true });
    expect(await kontrolleraSession(db, sid)).toBeNull();
  });

  it("a role change ends the sessions; saving without a change keeps them", async () => {
    const { user, sid } = await kontoMedSession("byter-roll@exempel.se");
    await andraKonto(db, aktor.ADMIN, user.id, { roll: "REDAKTOR", skolaId: null, aktiv: true });
    expect(await kontrolleraSession(db, sid)).not.toBeNull();
    await andraKonto(db, aktor.ADMIN, user.id, { roll: "HANDLAGGARE", skolaId: null, aktiv: true });
    expect(await kontrolleraSession(db, sid)).toBeNull();
  });

  it("an admin's Logga ut överallt ends every session of the account and is logged", async () => {
    const { user, sid } = await kontoMedSession("overallt@exempel.se");
    const till = await ny(user.id);
    expect(await loggaUtOverallt(db, aktor.ADMIN, user.id)).toBe(2);
    expect(await kontrolleraSession(db, sid)).toBeNull();
    expect(await kontrolleraSession(db, till)).toBeNull();
    expect(await db.granskningshandelse.count({ where: { handling: "anvandare.logga-ut-overallt", objektId: user.id } })).toBe(1);
  });

  it("only an admin may sign another account out everywhere", async () => {
    const { user, sid } = await kontoMedSession("inte-redaktor@exempel.se");
    await expect(loggaUtOverallt(db, aktor.REDAKTOR, user.id)).rejects.toThrow();
    expect(await kontrolleraSession(db, sid)).not.toBeNull();
  });
});
