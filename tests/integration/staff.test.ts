import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { seededDatabase, type Demoaktor } from "../support/seeded";
import { ForbiddenError } from "@/lib/auth/permissions";
import { kontrolleraInloggning, LAS_MINUTER, MAX_FORSOK } from "@/lib/auth/login";
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
    expect(await tillstand(annan.slug)).toEqual({ status: "PAGAR", progress: 55, version: fore.version + 1, historik: fore.historik + 1, logg: fore.logg + 1 });
    const senaste = await db.insatsUppdatering.findFirstOrThrow({ where: { insatsId: annan.id }, orderBy: { tidpunkt: "desc" } });
    expect(senaste).toMatchObject({ forfattareId: aktor.REDAKTOR.id, franStatus: fore.status, franProgress: fore.progress, tillProgress: 55 });
  });

  for (const [roll, far] of [["ADMIN", true], ["REDAKTOR", true], ["HANDLAGGARE", false], ["REKTOR", false]] as const) {
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
  async function nyttKonto(email: string) {
    return db.user.create({ data: { email, name: "Test Testsson", roll: "REDAKTOR", losenordHash: await hashPassword("Rätt-lösenord-1") } });
  }

  it("lets the right password in and keeps the wrong one out", async () => {
    const user = await db.user.findFirstOrThrow({ where: { roll: "ADMIN" } });
    expect(await kontrolleraInloggning(db, user.email, DEMO_PASSWORD)).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await kontrolleraInloggning(db, user.email, "fel")).toEqual({ ok: false, orsak: "fel" });
    expect(await kontrolleraInloggning(db, "finns-inte@exempel.se", "x")).toEqual({ ok: false, orsak: "fel" });
  });

  it(`locks the account for ${LAS_MINUTER} minutes after ${MAX_FORSOK} wrong passwords, even for the right one`, { timeout: 60_000 }, async () => {
    const user = await nyttKonto("las@exempel.se");
    const nu = new Date();
    for (let i = 1; i < MAX_FORSOK; i++) expect((await kontrolleraInloggning(db, user.email, "fel", nu)).ok).toBe(false);
    expect(await kontrolleraInloggning(db, user.email, "fel", nu)).toMatchObject({ ok: false, orsak: "last" });
    expect(await kontrolleraInloggning(db, user.email, "Rätt-lösenord-1", nu)).toMatchObject({ ok: false, orsak: "last" });
    expect(await db.granskningshandelse.count({ where: { handling: "inloggning.last", objektId: user.id } })).toBe(1);
    const senare = new Date(nu.getTime() + (LAS_MINUTER + 1) * 60_000);
    expect(await kontrolleraInloggning(db, user.email, "Rätt-lösenord-1", senare)).toMatchObject({ ok: true });
  });

  it("keeps a disabled account out even with the right password", async () => {
    const user = await nyttKonto("avstangd@exempel.se");
    await db.user.update({ where: { id: user.id }, data: { aktiv: false } });
    expect(await kontrolleraInloggning(db, user.email, "Rätt-lösenord-1")).toEqual({ ok: false, orsak: "avstangd" });
  });
});
