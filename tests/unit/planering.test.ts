import { describe, expect, it } from "vitest";
import { arForsenad, dag, planeradPeriod } from "@/lib/insatser/planering";

const pagar = { status: "PAGAR" as const, planeradSlut: "2026-12-04" };

describe("whether an insats is late (försenad)", () => {
  it("is not late on its planned end day, up to the last second of that day in Sweden", () => {
    expect(arForsenad(pagar, new Date("2026-12-04T00:00:00+01:00"))).toBe(false);
    expect(arForsenad(pagar, new Date("2026-12-04T23:59:59+01:00"))).toBe(false);
  });

  it("is late from midnight in Sweden after the end day, though it is still the end day in UTC", () => {
    const midnatt = new Date("2026-12-05T00:00:00+01:00");
    expect(midnatt.toISOString().slice(0, 10)).toBe("2026-12-04");
    expect(arForsenad(pagar, midnatt)).toBe(true);
    expect(arForsenad(pagar, new Date("2027-06-01T12:00:00Z"))).toBe(true);
  });

  it("follows summer time: the day ends at 22:00 UTC in June", () => {
    const juni = { status: "PLANERAD" as const, planeradSlut: "2026-06-30" };
    expect(arForsenad(juni, new Date("2026-06-30T21:59:59Z"))).toBe(false);
    expect(arForsenad(juni, new Date("2026-06-30T22:00:00Z"))).toBe(true);
  });

  it("is never late when done, archived or without a planned end", () => {
    const sent = new Date("2027-01-01T12:00:00Z");
    expect(arForsenad({ ...pagar, status: "KLAR" }, sent)).toBe(false);
    expect(arForsenad({ ...pagar, arkiverad: "2026-12-10T10:00:00Z" }, sent)).toBe(false);
    expect(arForsenad({ ...pagar, planeradSlut: null }, sent)).toBe(false);
    expect(arForsenad({ ...pagar, status: "PAUSAD" }, sent)).toBe(true);
  });
});

describe("the planned period as words", () => {
  it("reads as Swedish dates, with either end alone", () => {
    expect(planeradPeriod("2026-03-01", "2027-06-30")).toBe("1 mars 2026 – 30 juni 2027");
    expect(planeradPeriod("2026-03-01", null)).toBe("från 1 mars 2026");
    expect(planeradPeriod(null, "2027-06-30")).toBe("till 30 juni 2027");
    expect(planeradPeriod(null, null)).toBeNull();
  });

  it("takes a date column's day as it is stored, whatever the server's time zone", () => {
    expect(dag(new Date("2027-06-30T00:00:00Z"))).toBe("2027-06-30");
    expect(dag(null)).toBeNull();
  });
});
