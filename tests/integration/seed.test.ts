import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/client";
import { migrate } from "@/scripts/db/migrate";
import type { PrismaClient } from "@/lib/db/generated/client";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, demoUsers, seed } from "@/prisma/seed";
import { freshDatabase, type TestDatabase } from "../support/databases";

let database: TestDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await freshDatabase("seed");
  await migrate(database.url);
  db = createClient(database.url);
  await seed(db, { demoUsers: true });
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

async function snapshot() {
  const tables = [
    db.forvaltning,
    db.nyckeltal,
    db.sida,
    db.forstarkningsomrade,
    db.relateradLank,
    db.program,
    db.programPunkt,
    db.programdel,
    db.insats,
    db.insatsSkola,
    db.insatsUppdatering,
    db.skola,
    db.pilotskolaDel,
    db.user,
  ] as unknown as { findMany(): Promise<unknown[]> }[];
  // Sorted, so that only content counts, not the order rows happen to come back in.
  const rows = await Promise.all(tables.map((t) => t.findMany()));
  return rows.map((r) => r.map((x) => JSON.stringify(x)).sort());
}

describe("the seed", () => {
  it("loads the förvaltning's content with its Swedish intact", async () => {
    const f = await db.forvaltning.findUniqueOrThrow({ where: { id: 1 } });
    expect(f).toMatchObject({ namn: "Grundskoleförvaltningen", telefon: "031-365 09 60", besoksadress: "Gamlestads Torg 5" });
    const elever = await db.nyckeltal.findUniqueOrThrow({ where: { nyckel: "elever" } });
    expect(elever.varde).toBe("48 900");
    const omraden = await db.forstarkningsomrade.findMany({ orderBy: { nummer: "asc" } });
    expect(omraden.map((o) => o.namn)).toEqual([
      "Ökad kvalitet i undervisningen",
      "Tydligare ansvar, styrning och ledning",
      "Ökad likvärdighet mellan skolor",
    ]);
  });

  it("builds the Jämlikt Göteborg insats tree as the slide deck shows it", async () => {
    const top = await db.insats.findMany({
      where: { parentId: null, program: { slug: "jamlikt-goteborg" } },
      orderBy: { ordning: "asc" },
      include: { _count: { select: { delinsatser: true } } },
    });
    expect(top.map((i) => i.titel)).toEqual([
      "Utveckla familjecentrerat arbetssätt (6–18 år)",
      "Vidareutveckla föräldrastödet",
      "Utveckla samverkan mellan skola och vårdnadshavare",
      "Öppna upp skolan som arena",
      "Vägledning för att främja skolnärvaro",
      "Skapa likvärdig fysisk skolmiljö och materiell standard",
      "Studiehandledning på modersmål",
      "Likvärdig tillgång till kultur och fritid",
    ]);
    expect(top.map((i) => i._count.delinsatser)).toEqual([2, 2, 0, 2, 1, 3, 2, 2]);
  });

  it("gives every insats a history whose last entry is its current status", async () => {
    const insatser = await db.insats.findMany({ include: { uppdateringar: { orderBy: { tidpunkt: "asc" } } } });
    for (const i of insatser) {
      expect(i.uppdateringar.length, i.slug).toBeGreaterThan(0);
      const last = i.uppdateringar.at(-1)!;
      expect([last.tillStatus, last.tillProgress], i.slug).toEqual([i.status, i.progress]);
      expect(i.uppdateringar.every((u) => u.demo)).toBe(true);
    }
  });

  it("spreads the demo schools over the four stadsområden, marked as demo, with pilot schools", async () => {
    const skolor = await db.skola.findMany();
    expect(new Set(skolor.map((s) => s.stadsomrade))).toEqual(new Set(["CENTRUM", "HISINGEN", "NORDOST", "SYDVAST"]));
    expect(skolor.every((s) => s.demo)).toBe(true);
    expect(skolor.filter((s) => s.framtidsrustadPilot).length).toBeGreaterThan(0);
  });

  it("creates one demo account per role, with a hashed password and the rektor tied to a school", async () => {
    const users = await db.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((u) => u.roll).sort()).toEqual(demoUsers.map((u) => u.roll).sort());
    for (const u of users) {
      expect(u.demo).toBe(true);
      expect(u.losenordHash).not.toContain(DEMO_PASSWORD);
      expect(u.skolaId !== null).toBe(u.roll === "REKTOR");
    }
    expect(await verifyPassword(DEMO_PASSWORD, users[0].losenordHash!)).toBe(true);
  });

  it("changes nothing when run a second time", async () => {
    const before = await snapshot();
    await seed(db, { demoUsers: true });
    expect(await snapshot()).toEqual(before);
  });

  it("keeps a status that staff changed when it runs again", async () => {
    const insats = await db.insats.findFirstOrThrow({ where: { status: "PLANERAD" } });
    await db.insats.update({ where: { id: insats.id }, data: { status: "PAGAR", progress: 5 } });
    await seed(db, { demoUsers: true });
    expect(await db.insats.findUniqueOrThrow({ where: { id: insats.id } })).toMatchObject({ status: "PAGAR", progress: 5 });
  });
});
