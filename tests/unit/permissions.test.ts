import { describe, expect, it } from "vitest";
import { can, behorigheter, type Aktor, type Behorighet } from "@/lib/auth/permissions";

const egen = "skola-egen";
const annan = "skola-annan";
const aktorer: Record<string, Aktor> = {
  ADMIN: { id: "a", roll: "ADMIN", skolaId: null },
  REDAKTOR: { id: "r", roll: "REDAKTOR", skolaId: null },
  HANDLAGGARE: { id: "h", roll: "HANDLAGGARE", skolaId: null },
  REKTOR: { id: "k", roll: "REKTOR", skolaId: egen },
};

// The whole matrix, written out: changing a rule means changing this table on purpose.
const tillatet: Record<Behorighet, string[]> = {
  "personal.oversikt": ["ADMIN", "REDAKTOR", "HANDLAGGARE", "REKTOR"],
  "konto.eget": ["ADMIN", "REDAKTOR", "HANDLAGGARE", "REKTOR"],
  "insats.lasa": ["ADMIN", "REDAKTOR", "REKTOR"],
  "insats.uppdatera": ["ADMIN", "REDAKTOR", "REKTOR"],
  "insats.redigera": ["ADMIN", "REDAKTOR"],
  "pilot.hantera": ["ADMIN", "REDAKTOR"],
  "innehall.redigera": ["ADMIN", "REDAKTOR"],
  "innehall.granska": ["ADMIN", "REDAKTOR"],
  "innehall.publicera-utan-granskning": ["ADMIN"],
  "synpunkt.lasa": ["ADMIN", "HANDLAGGARE"],
  "synpunkt.hantera": ["ADMIN", "HANDLAGGARE"],
  "synpunkt.vidarebefordrad": ["REKTOR"],
  "synpunkt.statistik": ["ADMIN", "HANDLAGGARE"],
  "synpunkt.exportera": ["ADMIN", "HANDLAGGARE"],
  "diarium.exportera": ["ADMIN", "REDAKTOR", "HANDLAGGARE", "REKTOR"],
  "diarium.sekretess": ["ADMIN", "HANDLAGGARE"],
  "svarsmall.hantera": ["ADMIN"],
  "tvastegs.valfri": ["REDAKTOR", "HANDLAGGARE", "REKTOR"],
  "anvandare.hantera": ["ADMIN"],
  "anvandare.ta-bort": ["ADMIN"],
  "granskningslogg.lasa": ["ADMIN"],
  "jobb.lasa": ["ADMIN"],
  "besok.lasa": ["ADMIN", "REDAKTOR"],
};

describe("who may do what", () => {
  it("covers every action the app knows", () => {
    expect(Object.keys(tillatet).sort()).toEqual([...behorigheter].sort());
  });

  for (const behorighet of behorigheter) {
    for (const [roll, aktor] of Object.entries(aktorer)) {
      const ja = tillatet[behorighet].includes(roll);
      it(`${roll.toLowerCase()} ${ja ? "may" : "may not"} ${behorighet}`, () => {
        expect(can(aktor, behorighet, { skolor: [egen] })).toBe(ja);
      });
    }
  }

  it("nobody signed out may do anything", () => {
    for (const behorighet of behorigheter) expect(can(null, behorighet, { skolor: [egen] })).toBe(false);
  });

  it("a rektor may update only insatser that concern their own school", () => {
    expect(can(aktorer.REKTOR, "insats.uppdatera", { skolor: [egen, annan] })).toBe(true);
    expect(can(aktorer.REKTOR, "insats.uppdatera", { skolor: [annan] })).toBe(false);
    expect(can(aktorer.REKTOR, "insats.uppdatera", { skolor: [] })).toBe(false);
    expect(can(aktorer.REKTOR, "insats.uppdatera")).toBe(false);
    expect(can({ ...aktorer.REKTOR, skolaId: null }, "insats.uppdatera", { skolor: [egen] })).toBe(false);
  });

  it("a rektor may handle only cases forwarded to their own school", () => {
    expect(can(aktorer.REKTOR, "synpunkt.vidarebefordrad", { skolor: [egen] })).toBe(true);
    expect(can(aktorer.REKTOR, "synpunkt.vidarebefordrad", { skolor: [annan] })).toBe(false);
    // Not forwarded (or taken back): no school.
    expect(can(aktorer.REKTOR, "synpunkt.vidarebefordrad", { skolor: [] })).toBe(false);
    expect(can(aktorer.REKTOR, "synpunkt.vidarebefordrad")).toBe(false);
    expect(can({ ...aktorer.REKTOR, skolaId: null }, "synpunkt.vidarebefordrad", { skolor: [egen] })).toBe(false);
    // A handläggare handles every case through synpunkt.hantera, never through this right.
    expect(can(aktorer.HANDLAGGARE, "synpunkt.vidarebefordrad", { skolor: [egen] })).toBe(false);
  });

  it("a redaktör may update insatser of any school", () => {
    expect(can(aktorer.REDAKTOR, "insats.uppdatera", { skolor: [annan] })).toBe(true);
    expect(can(aktorer.REDAKTOR, "insats.uppdatera", { skolor: [] })).toBe(true);
  });
});
