import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { seededDatabase, type Demoaktor } from "../support/seeded";
import { ForbiddenError } from "@/lib/auth/permissions";
import { felFranAuthjs, inloggningsfel, kontrolleraInloggning } from "@/lib/auth/login";
import { enhetskaka, enhetsnyckel, fordrojning, KLIENT, KONTO, kontonyckel, vantetid } from "@/lib/auth/strypning";
import { logger } from "@/lib/logger";
import { hashPassword } from "@/lib/auth/password";
import { uppdateraInsats } from "@/lib/insatser/uppdatera";
import { DEMO_PASSWORD } from "@/prisma/seed";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("staff"));
});
afterAll(() => drop());

async function tillstand(slug: string) {
  const i = await db.insats.findUniqueOrThrow({ where: { slug }, include: { _count: { select: { uppdateringar: true } } } });
  const logg = await db.granskningshandelse.count({ where: { objektId: slug } });
  return { status: i.status, progress: i.progress, version: i.version, historik: i._count.uppdateringar, logg };
}

/** An insats that concerns the rektor's school, and one that does not. */
async function insatser() {
  const rektorSkola = aktor.REKTOR.skolaId!;
  const egen = await db.insats.findFirstOrThrow({ where: { skolor: { some: { skolaId: rektorSkola } } } });
  const annan = await db.insats.findFirstOrThrow({ where: { skolor: { none: { skolaId: rektorSkola } } } });
  return { egen, annan };
}

const andring = (version: number) => ({ status: "PAGAR" as const, progress: 55, kommentar: "Testuppdatering.", version });

describe("updating an insats", () => {
  it("appends to its history and the audit log, and bumps the version", async () => {
    const { annan } = await insatser();
    const fore = await tillstand(annan.slug);
    const utfall = await uppdateraInsats(db, aktor.REDAKTOR, annan.slug, andring(fore.version));
    expect(utfall).toEqual({ ok: true, version: fore.version + 1 });
    expect(await tillstand(annan.slug)).toEqual({
      status: "PAGAR",
      progress: 55,
      version: fore.version + 1,
      historik: fore.historik + 1,
      logg: fore.logg + 1,
    });
    const senaste = await db.insatsUppdatering.findFirstOrThrow({ where: { insatsId: annan.id }, orderBy: { tidpunkt: "desc" } });
    expect(senaste).toMatchObject({
      forfattareId: aktor.REDAKTOR.id,
      franStatus: fore.status,
      franProgress: fore.progress,
      tillProgress: 55,
    });
  });

  for (const [roll, far] of [
    ["ADMIN", true],
    ["REDAKTOR", true],
    ["HANDLAGGARE", false],
    ["REKTOR", false],
  ] as const) {
    it(`${roll.toLowerCase()} ${far ? "may" : "may not"} update an insats of another school; a refusal changes nothing`, async () => {
      const { annan } = await insatser();
      const fore = await tillstand(annan.slug);
      const forsok = uppdateraInsats(db, aktor[roll], annan.slug, andring(fore.version));
      if (far) {
        await expect(forsok).resolves.toMatchObject({ ok: true });
      } else {
        await expect(forsok).rejects.toBeInstanceOf(ForbiddenError);
        expect(await tillstand(annan.slug)).toEqual(fore);
      }
    });
  }

  it("a rektor may update an insats that concerns their own school", async () => {
    const { egen } = await insatser();
    const fore = await tillstand(egen.slug);
    await expect(uppdateraInsats(db, aktor.REKTOR, egen.slug, andring(fore.version))).resolves.toMatchObject({ ok: true });
  });

  it("nobody signed out may update, and nothing changes", async () => {
    const { egen } = await insatser();
    const fore = await tillstand(egen.slug);
    await expect(uppdateraInsats(db, null, egen.slug, andring(fore.version))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await tillstand(egen.slug)).toEqual(fore);
  });

  it("refuses the second of two saves made from the same version, and returns the current state", async () => {
    const { annan } = await insatser();
    const fore = await tillstand(annan.slug);
    const [a, b] = await Promise.all([
      uppdateraInsats(db, aktor.REDAKTOR, annan.slug, { ...andring(fore.version), progress: 60, kommentar: "Först." }),
      uppdateraInsats(db, aktor.ADMIN, annan.slug, { ...andring(fore.version), progress: 70, kommentar: "Sedan." }),
    ]);
    const [vann, forlorade] = a.ok ? [a, b] : [b, a];
    expect(vann.ok).toBe(true);
    expect(forlorade).toMatchObject({ ok: false, orsak: "konflikt", aktuell: { version: fore.version + 1 } });
    const efter = await tillstand(annan.slug);
    expect(efter.historik).toBe(fore.historik + 1);
    expect(efter.version).toBe(fore.version + 1);
  });
});

describe("staff sign-in", () => {
  const RATT = "Rätt-lösenord-1";
  async function nyttKonto(email: string) {
    return db.user.create({ data: { email, name: "Test Testsson", roll: "REDAKTOR", losenordHash: await hashPassword(RATT) } });
  }
  let n = 0;
  /** A client address of its own for each test, so that tests do not throttle each other. */
  const nyKlient = () => `198.51.100.${++n}`;
  const forsok = (email: string, password: string, klient: string, enhet: string | null = null, nu = new Date()) =>
    kontrolleraInloggning(db, { email, password, klient, enhet }, nu);
  const sekunder = (d: Date, s: number) => new Date(d.getTime() + s * 1000);

  it("lets the right password in, and gives a wrong password and an unknown address the same answer", async () => {
    const user = await db.user.findFirstOrThrow({ where: { roll: "ADMIN" } });
    const klient = nyKlient();
    expect(await forsok(user.email, DEMO_PASSWORD, klient)).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await forsok(user.email, "fel", klient)).toEqual({ ok: false, orsak: "fel" });
    expect(await forsok("finns-inte@exempel.se", "x", klient)).toEqual({ ok: false, orsak: "fel" });
  });

  it(`slows an account down after ${KONTO.fria} failures, with delays that grow, and never locks it for good`, async () => {
    const user = await nyttKonto("strypt@exempel.se");
    const nu = new Date();
    const vanta = (t: Date) => vantetid(db, [kontonyckel(user.email)], t);
    for (let i = 1; i <= KONTO.fria; i++) {
      expect(await forsok(user.email, "fel", nyKlient(), null, nu)).toEqual({ ok: false, orsak: "fel" });
      expect(await vanta(nu)).toBe(0);
    }
    expect((await forsok(user.email, "fel", nyKlient(), null, nu)).ok).toBe(false);
    expect(await vanta(nu)).toBe(fordrojning(KONTO, KONTO.fria + 1));
    // during the wait even the right password gets the same answer, and the wait grows
    const strax = sekunder(nu, 1);
    expect(await forsok(user.email, RATT, nyKlient(), null, strax)).toEqual({ ok: false, orsak: "fel" });
    const langre = await vanta(strax);
    expect(langre).toBe(fordrojning(KONTO, KONTO.fria + 2));
    expect(langre).toBeGreaterThan(fordrojning(KONTO, KONTO.fria + 1));
    expect(fordrojning(KONTO, 1000)).toBe(KONTO.tak);
    // once it has passed, the right password gets in and the count starts over
    const sedan = sekunder(strax, langre);
    expect(await forsok(user.email, RATT, nyKlient(), null, sedan)).toMatchObject({ ok: true });
    expect(await db.inloggningsgrans.count({ where: { nyckel: kontonyckel(user.email) } })).toBe(0);
  });

  it("throttles an address without an account exactly like one with", async () => {
    const nu = new Date();
    for (const email of ["strypt-finns@exempel.se", "strypt-finns-inte@exempel.se"]) {
      if (email.includes("-finns@")) await nyttKonto(email);
      for (let i = 0; i <= KONTO.fria; i++) await forsok(email, "fel", nyKlient(), null, nu);
      expect(await vantetid(db, [kontonyckel(email)], nu), email).toBe(fordrojning(KONTO, KONTO.fria + 1));
    }
  });

  it("a colleague on their known device gets in while a stranger hammers their address", async () => {
    const user = await nyttKonto("kollega@exempel.se");
    const angripare = nyKlient();
    const nu = new Date();
    for (let i = 0; i < KONTO.fria + 4; i++) await forsok(user.email, "fel", angripare, null, nu);
    expect(await forsok(user.email, RATT, nyKlient(), null, nu)).toEqual({ ok: false, orsak: "fel" });
    const kaka = enhetskaka(user.email, nu.getTime() - 86_400_000);
    expect(enhetsnyckel("annan@exempel.se", kaka)).toBeNull();
    expect(enhetsnyckel(user.email, `${kaka}x`)).toBeNull();
    expect(await forsok(user.email, RATT, nyKlient(), enhetsnyckel(user.email, kaka), nu)).toMatchObject({ ok: true });
  });

  it(`slows one client down after ${KLIENT.fria} failures across any addresses, and not other clients`, async () => {
    const user = await nyttKonto("klientstrypt@exempel.se");
    const klient = nyKlient();
    const nu = new Date();
    for (let i = 0; i <= KLIENT.fria; i++) await forsok(`gissning-${i}@exempel.se`, "fel", klient, null, nu);
    expect(await forsok(user.email, RATT, klient, null, nu)).toEqual({ ok: false, orsak: "fel" });
    expect(await forsok(user.email, RATT, nyKlient(), null, nu)).toMatchObject({ ok: true });
  });

  it("logs every refusal without the address typed", async () => {
    const rader: string[] = [];
    const spion = vi.spyOn(logger, "info").mockImplementation((...args: unknown[]) => void rader.push(JSON.stringify(args)));
    try {
      const klient = nyKlient();
      await forsok("hemlig-adress@exempel.se", "fel", klient);
      await forsok("hemlig-adress@exempel.se", "fel", klient);
    } finally {
      spion.mockRestore();
    }
    expect(rader.filter((r) => r.includes("inloggning.misslyckad"))).toHaveLength(2);
    expect(rader.join("\n")).not.toContain("hemlig-adress");
    expect(rader.join("\n")).not.toContain("198.51.100");
  });

  it("answers an unknown address, a wrong password and a throttled account in the same order of time", async () => {
    const user = await nyttKonto("tidtagning@exempel.se");
    const strypt = await nyttKonto("tidtagning-strypt@exempel.se");
    for (let i = 0; i <= KONTO.fria + 2; i++) await forsok(strypt.email, "fel", nyKlient());
    expect(await vantetid(db, [kontonyckel(strypt.email)])).toBeGreaterThan(0);
    const tid = async (email: string) => {
      const matt: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        expect((await forsok(email, "fel-lösenord-igen", nyKlient())).ok).toBe(false);
        matt.push(performance.now() - start);
      }
      return matt.sort((a, b) => a - b)[2];
    };
    const okand = await tid("finns-inte-alls@exempel.se");
    const fel = await tid(user.email);
    const stryp = await tid(strypt.email);
    const [min, max] = [Math.min(okand, fel, stryp), Math.max(okand, fel, stryp)];
    // Each includes one password hash; without it a throttled or unknown answer would be ~100 times
    // faster. The bound leaves room for a busy machine (other test files run alongside) and still
    // fails by an order of magnitude when a path skips the hash.
    expect(max / min, `okänd ${okand.toFixed(0)} ms, fel ${fel.toFixed(0)} ms, strypt ${stryp.toFixed(0)} ms`).toBeLessThan(10);
  });

  it("words Auth.js's error codes in Swedish, for the right way of signing in", () => {
    expect(felFranAuthjs("CredentialsSignin")).toBe(inloggningsfel("fel"));
    expect(felFranAuthjs("AccessDenied")).toContain("det finns inget aktivt konto här med din e-postadress");
    expect(felFranAuthjs("Configuration")).toContain("logga in med e-post och lösenord");
  });

  it("keeps a disabled account out even with the right password, and says so only to the right password", async () => {
    const user = await nyttKonto("avstangd@exempel.se");
    await db.user.update({ where: { id: user.id }, data: { aktiv: false } });
    expect(await forsok(user.email, RATT, nyKlient())).toEqual({ ok: false, orsak: "avstangd" });
    expect(await forsok(user.email, "fel", nyKlient())).toEqual({ ok: false, orsak: "fel" });
  });
});
