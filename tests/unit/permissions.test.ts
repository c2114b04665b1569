import { describe, expect, it } from "vitest";
import { can, handlingar, type Aktor, type Handling } from "@/lib/auth/permissions";

const egen = "skola-egen";
const annan = "skola-annan";
const aktorer: Record<string, Aktor> = {
  ADMIN: { id: "a", roll: "ADMIN", skolaId: null },
  REDAKTOR: { id: "r", roll: "REDAKTOR", skolaId: null },
  HANDLAGGARE: { id: "h", roll: "HANDLAGGARE", skolaId: null },
  REKTOR: { id: "k", roll: "REKTOR", skolaId: egen },
};

// The whole matrix, written out: changing a rule means changing this table on purpose.
const tillatet: Record<Handling, string[]> = {
  "personal.oversikt": ["ADMIN", "REDAKTOR", "HANDLAGGARE", "REKTOR"],
  "konto.eget": ["ADMIN", "REDAKTOR", "HANDLAGGARE", "REKTOR"],
  "insats.lasa": ["ADMIN", "REDAKTOR", "REKTOR"],
  "insats.uppdatera": ["ADMIN", "REDAKTOR", "REKTOR"],
  "insats.redigera": ["ADMIN", "REDAKTOR"],
  "pilot.hantera": ["ADMIN", "REDAKTOR"],
  "innehall.redigera": ["ADMIN", "REDAKTOR"],
  "synpunkt.lasa": ["ADMIN", "HANDLAGGARE"],
  "synpunkt.hantera": ["ADMIN", "HANDLAGGARE"],
  "synpunkt.statistik": ["ADMIN", "HANDLAGGARE"],
  "synpunkt.exportera": ["ADMIN", "HANDLAGGARE"],
  "tvastegs.valfri": ["REDAKTOR", "HANDLAGGARE", "REKTOR"],
  "anvandare.hantera": ["ADMIN"],
  "anvandare.ta-bort": ["ADMIN"],
  "granskningslogg.lasa": ["ADMIN"],
  "jobb.lasa": ["ADMIN"],
};

describe("who may do what", () => {
  it("covers every action the app knows", () => {
    expect(Object.keys(tillatet).sort()).toEqual([...handlingar].sort());
  });

  for (const handling of handlingar) {
    for (const [roll, aktor] of Object.entries(aktorer)) {
      const ja = tillatet[handling].includes(roll);
      it(`${roll.toLowerCase()} ${ja ? "may" : "may not"} ${handling}`, () => {
        expect(can(aktor, handling, { skolor: [egen] })).toBe(ja);
      });
    }
  }

  it("nobody signed out may do anything", () => {
    for (const handling of handlingar) expect(can(null, handling, { skolor: [egen] })).toBe(false);
  });

  it("a rektor may update only insatser that concern their own school", () => {
    expect(can(aktorer.REKTOR, "insats.uppdatera", { skolor: [egen, annan] })).toBe(true);
    expect(can(aktorer.REKTOR, "insats.uppdatera", { skolor: [annan] })).toBe(false);
    expect(can(aktorer.REKTOR, "insats.uppdatera", { skolor: [] })).toBe(false);
    expect(can(aktorer.REKTOR, "insats.uppdatera")).toBe(false);
    expect(can({ ...aktorer.REKTOR, skolaId: null }, "insats.uppdatera", { skolor: [egen] })).toBe(false);
  });

  it("a redaktör may update insatser of any school", () => {
    expect(can(aktorer.REDAKTOR, "insats.uppdatera", { skolor: [annan] })).toBe(true);
    expect(can(aktorer.REDAKTOR, "insats.uppdatera", { skolor: [] })).toBe(true);
  });
});
