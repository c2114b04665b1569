import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arArbetsdag, arbetsdagarMellan, helgdag, helgdagar, laggTillArbetsdagar, paskdagen } from "@/lib/arbetsdagar";

describe("Easter", () => {
  it("falls on the dates the almanac gives, across centuries", () => {
    const kanda: Record<number, string> = {
      2000: "2000-04-23",
      2008: "2008-03-23",
      2011: "2011-04-24",
      2019: "2019-04-21",
      2024: "2024-03-31",
      2025: "2025-04-20",
      2026: "2026-04-05",
      2027: "2027-03-28",
      2028: "2028-04-16",
      2029: "2029-04-01",
      2030: "2030-04-21",
      2038: "2038-04-25",
      2285: "2285-03-22",
    };
    for (const [ar, datum] of Object.entries(kanda)) expect(paskdagen(Number(ar))).toBe(datum);
  });
});

describe("the Swedish holidays", () => {
  it("are the law's days and the closed eves, for 2026 as the almanac has them", () => {
    expect(helgdagar(2026).map((h) => `${h.datum} ${h.namn}`)).toEqual([
      "2026-01-01 Nyårsdagen",
      "2026-01-06 Trettondedag jul",
      "2026-04-03 Långfredagen",
      "2026-04-05 Påskdagen",
      "2026-04-06 Annandag påsk",
      "2026-05-01 Första maj",
      "2026-05-14 Kristi himmelsfärdsdag",
      "2026-05-24 Pingstdagen",
      "2026-06-06 Sveriges nationaldag",
      "2026-06-19 Midsommarafton",
      "2026-06-20 Midsommardagen",
      "2026-10-31 Alla helgons dag",
      "2026-12-24 Julafton",
      "2026-12-25 Juldagen",
      "2026-12-26 Annandag jul",
      "2026-12-31 Nyårsafton",
    ]);
    expect(helgdag("2026-06-19")?.allmanHelgdag).toBe(false);
    expect(helgdag("2026-06-20")?.allmanHelgdag).toBe(true);
  });

  it("move with Easter and with their weekday windows in other years", () => {
    const namn = (ar: number, n: string) => helgdagar(ar).find((h) => h.namn === n)?.datum;
    expect([2024, 2025, 2027, 2028].map((ar) => namn(ar, "Långfredagen"))).toEqual([
      "2024-03-29",
      "2025-04-18",
      "2027-03-26",
      "2028-04-14",
    ]);
    expect([2024, 2025, 2027, 2028].map((ar) => namn(ar, "Kristi himmelsfärdsdag"))).toEqual([
      "2024-05-09",
      "2025-05-29",
      "2027-05-06",
      "2028-05-25",
    ]);
    expect([2024, 2025, 2027, 2028].map((ar) => namn(ar, "Midsommarafton"))).toEqual([
      "2024-06-21",
      "2025-06-20",
      "2027-06-25",
      "2028-06-23",
    ]);
    expect([2024, 2025, 2027, 2028].map((ar) => namn(ar, "Alla helgons dag"))).toEqual([
      "2024-11-02",
      "2025-11-01",
      "2027-11-06",
      "2028-11-04",
    ]);
  });
});

describe("working days", () => {
  it("leave out weekends, holidays and the closed eves", () => {
    expect(arArbetsdag("2026-12-04")).toBe(true); // a Friday
    expect(arArbetsdag("2026-12-05")).toBe(false); // Saturday
    expect(arArbetsdag("2026-12-24")).toBe(false); // julafton, a Thursday
    expect(arArbetsdag("2026-05-14")).toBe(false); // Kristi himmelsfärdsdag
    expect(arArbetsdag("2026-05-15")).toBe(true); // the bridge day is a working day
  });

  it("give deadlines across Easter, Christmas and the turn of the year", () => {
    expect(laggTillArbetsdagar("2026-04-02", 1)).toBe("2026-04-07"); // skärtorsdag: past långfredag and annandag påsk
    expect(laggTillArbetsdagar("2026-12-21", 5)).toBe("2026-12-30");
    expect(laggTillArbetsdagar("2026-12-30", 2)).toBe("2027-01-05"); // nyårsafton, nyårsdagen, a weekend
    expect(laggTillArbetsdagar("2026-12-30", 3)).toBe("2027-01-07"); // and trettondedag jul
    expect(laggTillArbetsdagar("2026-12-04", 1)).toBe("2026-12-07"); // Friday → Monday
    expect(laggTillArbetsdagar("2026-12-05", 0)).toBe("2026-12-07");
    expect(laggTillArbetsdagar("2026-12-04", 0)).toBe("2026-12-04");
    expect(() => laggTillArbetsdagar("2026-12-04", -1)).toThrow(RangeError);
    expect(() => laggTillArbetsdagar("2026-02-30", 1)).toThrow(RangeError);
  });

  it("counted between two dates agree with the deadline that produced them", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 60 }),
        (start, antal) => {
          const fran = start.toISOString().slice(0, 10);
          const till = laggTillArbetsdagar(fran, antal);
          expect(arArbetsdag(till)).toBe(true);
          expect(arbetsdagarMellan(fran, till)).toBe(antal);
        },
      ),
    );
    expect(arbetsdagarMellan("2026-12-04", "2026-12-04")).toBe(0);
  });
});
