import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { SynpunktStatus, SynpunktTyp } from "@/lib/db/generated/enums";
import { ForbiddenError } from "@/lib/auth/permissions";
import { statistik, type Ledtid } from "@/lib/synpunkter/statistik";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
let skolor: { id: string; slug: string; namn: string }[];

const NU = new Date("2026-06-15T10:00:00Z");
const H = 3600;
const DYGN = 24 * H;

async function arende(
  typ: SynpunktTyp,
  skapad: string,
  { status = "MOTTAGEN" as SynpunktStatus, skolaId = null as string | null, svarEfter = null as number | null } = {},
) {
  const t = new Date(skapad);
  await db.synpunkt.create({
    data: {
      typ,
      status,
      skolaId,
      meddelande: "Statistik",
      idempotensnyckel: randomUUID(),
      skapad: t,
      forstaSvar: svarEfter === null ? null : new Date(t.getTime() + svarEfter * 1000),
      avslutad: status === "AVSLUTAD" ? new Date(t.getTime() + 5 * DYGN * 1000) : null,
    },
  });
}

// Known data, received at times chosen to sit on the edges of Swedish days and months.
beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("stat"));
  skolor = await db.skola.findMany({ select: { id: true, slug: true, namn: true }, orderBy: { namn: "asc" }, take: 12 });

  // January 2026, no school: the answered cases give the times to first answer.
  const jan = "2026-01-10T08:00:00Z";
  for (const timmar of [1, 2, 3, 4]) await arende("FRAGA", jan, { status: "BESVARAD", svarEfter: timmar * H });
  await arende("FRAGA", jan);
  await arende("KLAGOMAL", jan, { status: "AVSLUTAD", svarEfter: 1 * DYGN });
  await arende("KLAGOMAL", jan, { status: "AVSLUTAD", svarEfter: 3 * DYGN });
  await arende("SYNPUNKT", jan, { status: "UNDER_HANDLAGGNING" });
  // 00:30 on 1 January in Göteborg, still 31 December in UTC.
  await arende("BEROM", "2025-12-31T23:30:00Z");
  // 00:30 on 1 February in Göteborg: February, not January.
  await arende("FRAGA", "2026-01-31T23:30:00Z");
  // 23:30 on 30 June 2025 and 00:30 on 1 July 2025 in Göteborg.
  await arende("FRAGA", "2025-06-30T21:30:00Z");
  await arende("FRAGA", "2025-06-30T22:30:00Z");

  // Spring 2026, by school: 5, 4 and 3 cases, then nine schools with one each.
  for (let i = 0; i < 5; i++) await arende("SYNPUNKT", `2026-03-0${i + 1}T12:00:00Z`, { skolaId: skolor[0].id });
  for (let i = 0; i < 4; i++) await arende("SYNPUNKT", `2026-04-0${i + 1}T12:00:00Z`, { skolaId: skolor[1].id });
  for (let i = 0; i < 3; i++) await arende("SYNPUNKT", `2026-05-0${i + 1}T12:00:00Z`, { skolaId: skolor[2].id });
  for (let i = 3; i < 12; i++) await arende("SYNPUNKT", `2026-06-0${i - 2}T12:00:00Z`, { skolaId: skolor[i].id });
});
afterAll(() => drop());

describe("statistics", () => {
  it("counts by type, status, school and month, for everything", async () => {
    const s = await statistik(db, aktor.HANDLAGGARE, {}, NU);
    expect(s.totalt).toBe(33);
    expect(s.perTyp.map((r) => [r.etikett, r.antal])).toEqual([
      ["Fråga", 8],
      ["Synpunkt", 22],
      ["Klagomål", 2],
      ["Beröm", 1],
      // A request for a public record is a type of its own (lib/synpunkter/begaran.ts), counted like the others.
      ["Begäran om allmän handling", 0],
    ]);
    expect(s.perStatus.map((r) => [r.status, r.antal])).toEqual([
      ["MOTTAGEN", 26],
      ["UNDER_HANDLAGGNING", 1],
      ["BESVARAD", 4],
      ["AVSLUTAD", 2],
    ]);
    expect(s.perSkola).toEqual({
      skolor: [
        { namn: skolor[0].namn, slug: skolor[0].slug, antal: 5 },
        { namn: skolor[1].namn, slug: skolor[1].slug, antal: 4 },
        { namn: skolor[2].namn, slug: skolor[2].slug, antal: 3 },
        // Ties in name order.
        ...skolor.slice(3, 10).map((k) => ({ namn: k.namn, slug: k.slug, antal: 1 })),
      ],
      ovriga: 2,
      ovrigaSkolor: 2,
      ingenSkola: 12,
    });
    expect(s.perManad).toEqual([
      { manad: "2025-07", antal: 1 },
      { manad: "2025-08", antal: 0 },
      { manad: "2025-09", antal: 0 },
      { manad: "2025-10", antal: 0 },
      { manad: "2025-11", antal: 0 },
      { manad: "2025-12", antal: 0 },
      { manad: "2026-01", antal: 9 },
      { manad: "2026-02", antal: 1 },
      { manad: "2026-03", antal: 5 },
      { manad: "2026-04", antal: 4 },
      { manad: "2026-05", antal: 3 },
      { manad: "2026-06", antal: 9 },
    ]);
  });

  it("gives the median and 90th percentile of the time to first answer, overall and per type", async () => {
    const { ledtid } = await statistik(db, aktor.ADMIN, {}, NU);
    // Whole seconds: percentile_cont interpolates in floating point.
    const sek = (l: Ledtid) => ({
      ...l,
      median: l.median === null ? null : Math.round(l.median),
      p90: l.p90 === null ? null : Math.round(l.p90),
    });
    // Answered after 1, 2, 3, 4 hours, 1 and 3 days. For frågor the 90th percentile lies 70 % of
    // the way from 3 to 4 hours (3.7 h); for klagomål 90 % of the way from 1 to 3 days (2.8 days).
    expect(sek(ledtid.alla)).toEqual({ antal: 33, besvarade: 6, median: 3.5 * H, p90: 48 * H });
    const perTyp = Object.fromEntries(
      ledtid.perTyp.map(({ typ, antal, besvarade, median, p90 }) => [typ, sek({ antal, besvarade, median, p90 })]),
    );
    expect(perTyp.FRAGA).toEqual({ antal: 8, besvarade: 4, median: 2.5 * H, p90: 13_320 });
    expect(perTyp.KLAGOMAL).toEqual({ antal: 2, besvarade: 2, median: 2 * DYGN, p90: 241_920 });
    expect(perTyp.SYNPUNKT).toEqual({ antal: 22, besvarade: 0, median: null, p90: null });
    expect(perTyp.BEROM).toEqual({ antal: 1, besvarade: 0, median: null, p90: null });
  });

  it("limits everything to a period of Swedish days", async () => {
    const s = await statistik(db, aktor.HANDLAGGARE, { fran: "2026-01-01", till: "2026-01-31" }, NU);
    expect(s.totalt).toBe(9);
    expect(s.perTyp.map((r) => r.antal)).toEqual([5, 1, 2, 1, 0]);
    expect(s.perSkola).toEqual({ skolor: [], ovriga: 0, ovrigaSkolor: 0, ingenSkola: 9 });
    // The twelve months up to the period's end.
    expect(s.perManad[0]).toEqual({ manad: "2025-02", antal: 0 });
    expect(s.perManad.filter((m) => m.antal > 0)).toEqual([{ manad: "2026-01", antal: 9 }]);
    expect(s.ledtid.alla).toMatchObject({ antal: 9, besvarade: 6, median: 3.5 * H });
  });

  it("ends the months at the period's last month", async () => {
    const s = await statistik(db, aktor.HANDLAGGARE, { till: "2026-03-31" }, NU);
    expect(s.perManad.map((m) => m.manad)).toEqual([
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
    ]);
    expect(s.perManad.filter((m) => m.antal > 0)).toEqual([
      { manad: "2025-06", antal: 1 },
      { manad: "2025-07", antal: 1 },
      { manad: "2026-01", antal: 9 },
      { manad: "2026-02", antal: 1 },
      { manad: "2026-03", antal: 5 },
    ]);
  });

  it("is empty, not broken, for a period with no cases", async () => {
    const s = await statistik(db, aktor.HANDLAGGARE, { fran: "2030-01-01" }, NU);
    expect(s.totalt).toBe(0);
    expect(s.perTyp.every((r) => r.antal === 0)).toBe(true);
    expect(s.ledtid.alla).toEqual({ antal: 0, besvarade: 0, median: null, p90: null });
  });

  for (const roll of ["REDAKTOR", "REKTOR"] as const) {
    it(`is refused to a ${roll.toLowerCase()}`, async () => {
      await expect(statistik(db, aktor[roll], {}, NU)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(statistik(db, null, {}, NU)).rejects.toBeInstanceOf(ForbiddenError);
    });
  }
});
