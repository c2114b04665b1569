import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { SynpunktStatus } from "@/lib/db/generated/enums";
import { migrate } from "@/scripts/db/migrate";
import { gallra, gallringsrad } from "@/lib/synpunkter/gallring";
import { freshDatabase, type TestDatabase } from "../support/databases";

let database: TestDatabase;
let db: PrismaClient;
beforeAll(async () => {
  database = await freshDatabase("gallr");
  await migrate(database.url);
  db = createClient(database.url);
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const NU = new Date("2026-06-15T10:00:00Z");
const DYGN = 86_400_000;

async function arende(status: SynpunktStatus, avslutad: Date | null, extra: { gallrad?: Date; epost?: string | null } = {}) {
  return db.synpunkt.create({
    data: {
      typ: "KLAGOMAL",
      status,
      avslutad,
      meddelande: "Skolskjutsen kom inte.",
      namn: "Anna Andersson",
      epost: "anna@exempel.se",
      skapad: new Date("2020-01-01T00:00:00Z"),
      idempotensnyckel: randomUUID(),
      handelser: { create: { typ: "SKAPAD", tidpunkt: new Date("2020-01-01T00:00:00Z") } },
      ...extra,
    },
  });
}

/** Everything gallring may touch, for comparing before and after. */
async function allt() {
  const [synpunkter, handelser, utskick] = await Promise.all([
    db.synpunkt.findMany({ orderBy: { id: "asc" } }),
    db.synpunktHandelse.findMany({ orderBy: { id: "asc" } }),
    db.utskick.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { synpunkter, handelser, utskick };
}

describe("gallring", () => {
  it("scrubs name and e-mail of cases closed longer ago than the period, with an event, and nothing else", async () => {
    const gammal = await arende("AVSLUTAD", new Date("2025-06-14T09:00:00Z"));
    await db.utskick.createMany({
      data: [
        {
          synpunktId: gammal.id,
          till: "anna@exempel.se",
          amne: "Vi har tagit emot ditt ärende",
          text: "Hej Anna Andersson!",
          skickad: new Date("2025-01-01"),
        },
        { synpunktId: gammal.id, till: "anna@exempel.se", amne: "Svar på ditt ärende", text: "Hej Anna! Svaret.", skickad: null },
      ],
    });
    const nyligen = await arende("AVSLUTAD", new Date("2025-06-16T09:00:00Z"));
    const oppen = await arende("BESVARAD", null);
    const redan = await arende("AVSLUTAD", new Date("2024-01-01T00:00:00Z"), { gallrad: new Date("2025-01-01T00:00:00Z"), epost: null });
    await db.synpunkt.update({ where: { id: redan.id }, data: { namn: null } });
    await db.utskick.create({ data: { synpunktId: nyligen.id, till: "anna@exempel.se", amne: "Svar", text: "Hej", skickad: null } });
    const fore = await allt();

    const r = await gallra(db, { manader: 12, nu: NU });
    expect(r).toMatchObject({ arenden: 1, vantandeUtskick: 1, skickadeUtskick: 1, grans: new Date("2025-06-15T10:00:00Z") });
    expect(gallringsrad(r)).toMatch(
      /^Gallring klar: 1 ärende avslutade före 15 juni 2025 \(mer än 12 månader sedan\) fick namn och e-postadress borttagna; 1 ej skickade e-postmeddelanden togs bort och 1 skickade rensades/,
    );

    const s = await db.synpunkt.findUniqueOrThrow({
      where: { id: gammal.id },
      include: { handelser: { orderBy: { tidpunkt: "asc" } }, utskick: true },
    });
    expect(s).toMatchObject({ namn: null, epost: null, gallrad: NU, status: "AVSLUTAD", meddelande: "Skolskjutsen kom inte." });
    expect(s.handelser.map((h) => h.typ)).toEqual(["SKAPAD", "GALLRAD"]);
    expect(s.handelser[1]).toMatchObject({
      aktorId: null,
      tidpunkt: NU,
      text: expect.stringContaining("mer än 12 månader"),
      data: { regel: "avslutad-aldre-an", manader: 12, avslutadFore: "2025-06-15T10:00:00.000Z" },
    });
    // The admins' audit log says what the system did, and to which case.
    expect(await db.granskningshandelse.findMany({ where: { handling: "synpunkt.gallra" } })).toEqual([
      expect.objectContaining({
        aktorId: null,
        aktorNamn: "Systemet (gallring)",
        objektTyp: "synpunkt",
        data: expect.objectContaining({ manader: 12, arenden: 1, synpunkter: [gammal.id] }),
      }),
    ]);
    // The unsent mail is gone; the sent one remains as a record, without address or text.
    expect(s.utskick).toEqual([
      expect.objectContaining({ till: "", text: "", amne: "Vi har tagit emot ditt ärende", skickad: new Date("2025-01-01") }),
    ]);

    // Recently closed, open and already scrubbed cases, and their mail, are as they were.
    const efter = await allt();
    const utan = <T extends { id: string }>(rader: T[], id: string) => rader.filter((x) => x.id !== id);
    expect(utan(efter.synpunkter, gammal.id)).toEqual(utan(fore.synpunkter, gammal.id));
    expect(efter.handelser.filter((h) => h.synpunktId !== gammal.id)).toEqual(fore.handelser.filter((h) => h.synpunktId !== gammal.id));
    expect(efter.utskick.filter((u) => u.synpunktId !== gammal.id)).toEqual(fore.utskick.filter((u) => u.synpunktId !== gammal.id));
    for (const id of [nyligen.id, oppen.id])
      expect(await db.synpunkt.findUniqueOrThrow({ where: { id } })).toMatchObject({
        namn: "Anna Andersson",
        epost: "anna@exempel.se",
        gallrad: null,
      });
  });

  it("changes nothing when run again", async () => {
    const fore = await allt();
    expect(await gallra(db, { manader: 12, nu: NU })).toMatchObject({ arenden: 0, vantandeUtskick: 0, skickadeUtskick: 0 });
    expect(await gallra(db, { manader: 12, nu: new Date(NU.getTime() + 60_000) })).toMatchObject({ arenden: 0 });
    expect(await allt()).toEqual(fore);
    expect(await db.granskningshandelse.count({ where: { handling: "synpunkt.gallra" } })).toBe(1);
  });

  it("takes many cases batch by batch, each once", async () => {
    for (let i = 0; i < 7; i++) await arende("AVSLUTAD", new Date(Date.UTC(2024, 0, 1 + i)));
    const r = await gallra(db, { manader: 12, nu: NU, batch: 3 });
    expect(r.arenden).toBe(7);
    expect(await db.synpunktHandelse.count({ where: { typ: "GALLRAD" } })).toBe(8);
    // Batches of 3, 3 and 1, after the first test's one.
    expect(
      (await db.granskningshandelse.findMany({ where: { handling: "synpunkt.gallra" }, orderBy: { tidpunkt: "asc" } })).map(
        (g) => (g.data as { arenden: number }).arenden,
      ),
    ).toEqual([1, 3, 3, 1]);
    expect(
      await db.synpunkt.count({
        where: { status: "AVSLUTAD", avslutad: { lt: new Date("2025-06-15") }, OR: [{ epost: { not: null } }, { namn: { not: null } }] },
      }),
    ).toBe(0);
  });

  it("a shorter period reaches the recently closed case", async () => {
    expect((await gallra(db, { manader: 6, nu: NU })).arenden).toBe(1);
  });
});

describe("npm run gallra", () => {
  it("uses GALLRING_MANADER and prints one Swedish line", async () => {
    const nyss = await arende("AVSLUTAD", new Date(Date.now() - 40 * DYGN));
    const kor = (manader: string) =>
      promisify(execFile)("npx", ["tsx", "scripts/gallra.ts"], {
        env: { ...process.env, DATABASE_URL: database.url, GALLRING_MANADER: manader },
      });
    expect((await kor("2")).stdout).toMatch(/^Gallring klar: 0 ärenden avslutade före .* \(mer än 2 månader sedan\)/);
    expect((await db.synpunkt.findUniqueOrThrow({ where: { id: nyss.id } })).gallrad).toBeNull();
    expect((await kor("1")).stdout).toMatch(/^Gallring klar: 1 ärende avslutade före .* \(mer än 1 månad sedan\)/);
    expect(await db.synpunkt.findUniqueOrThrow({ where: { id: nyss.id } })).toMatchObject({
      namn: null,
      epost: null,
      gallrad: expect.any(Date),
    });
    await expect(kor("noll")).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("GALLRING_MANADER måste vara ett heltal") });
  });
});
