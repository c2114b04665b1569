import { describe, expect, it } from "vitest";
import { BOM, csvCell, csvRad } from "@/lib/csv";
import { dygnetsBorjan, dygnetsSlut, flyttaManad, formatManad, manaderFram, svensktDatum } from "@/lib/datum";
import { EXPORTKOLUMNER, exportRad } from "@/lib/synpunkter/export";
import { formatLedtid, statistikSchema } from "@/lib/synpunkter/statistik";

describe("CSV cells", () => {
  it("quotes every cell and doubles quotes, keeping semicolons and line breaks inside", () => {
    expect(csvCell('Säg "hej"; sen\r\nnästa rad')).toBe('"Säg ""hej""; sen\r\nnästa rad"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(["a", "b"])).toBe('"a|b"');
  });

  for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
    it(`puts an apostrophe before a text starting with ${JSON.stringify(start)}`, () => {
      expect(csvCell(`${start}SUM(A1:A9)`)).toBe(`"'${start}SUM(A1:A9)"`);
    });
  }

  it("leaves harmless texts and numbers alone", () => {
    expect(csvCell("Åsa har 3 frågor = många")).toBe('"Åsa har 3 frågor = många"');
    expect(csvCell(" =inte först")).toBe('" =inte först"');
    expect(csvCell(-5)).toBe('"-5"');
    expect(csvCell("-5")).toBe(`"'-5"`);
  });

  it("joins a row with semicolons and ends it with CRLF", () => {
    expect(csvRad(["a", "b;c", 1])).toBe('"a";"b;c";"1"\r\n');
    expect(BOM).toBe("\uFEFF");
  });
});

describe("an exported case", () => {
  const rad = {
    lopnummer: 42,
    typ: "KLAGOMAL" as const,
    status: "AVSLUTAD" as const,
    skapad: new Date("2026-03-10T13:05:00Z"),
    forstaSvar: new Date("2026-07-01T08:00:00Z"),
    avslutad: null,
    meddelande: "@SUM(1+1)*cmd|' /C calc'!A0",
    skola: { namn: "Ängås skola" },
    handlaggare: { name: "Hanna Handläggare" },
  };

  it("has one cell per column, Swedish labels and times in Swedish time", () => {
    expect(exportRad(rad)).toBe(
      `"GF-2026-00042";"Klagomål";"Avslutad";"Ängås skola";"2026-03-10 14:05";"2026-07-01 10:00";"";"Hanna Handläggare";"'@SUM(1+1)*cmd|' /C calc'!A0"\r\n`,
    );
    expect(EXPORTKOLUMNER).toHaveLength(9);
    expect(EXPORTKOLUMNER).not.toContain("E-post");
  });
});

describe("Swedish days and months", () => {
  it("begins and ends a day at Swedish midnight, summer and winter", () => {
    expect(dygnetsBorjan("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(dygnetsBorjan("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    // The day the clocks go forward is 23 hours long; the day they go back, 25.
    expect(dygnetsSlut("2026-03-29").getTime() - dygnetsBorjan("2026-03-29").getTime()).toBe(23 * 3600_000);
    expect(dygnetsSlut("2026-10-25").getTime() - dygnetsBorjan("2026-10-25").getTime()).toBe(25 * 3600_000);
    expect(dygnetsSlut("2026-12-31").toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(svensktDatum(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });

  it("counts months back across a year", () => {
    expect(flyttaManad("2026-01", -1)).toBe("2025-12");
    expect(flyttaManad("2026-12", 1)).toBe("2027-01");
    expect(manaderFram("2026-03")).toEqual([
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
    expect(formatManad("2026-03")).toBe("mars 2026");
  });
});

describe("times to answer", () => {
  it("reads as minutes, hours up to two days, then days", () => {
    expect(formatLedtid(null)).toBe("–");
    expect(formatLedtid(60)).toBe("1 minut");
    expect(formatLedtid(45 * 60)).toBe("45 minuter");
    expect(formatLedtid(3600)).toBe("1 timme");
    expect(formatLedtid(2.5 * 3600)).toBe("2,5 timmar");
    expect(formatLedtid(47.94 * 3600)).toBe("47,9 timmar");
    expect(formatLedtid(48 * 3600)).toBe("2 dygn");
    expect(formatLedtid(2.8 * 86400)).toBe("2,8 dygn");
  });
});

describe("the statistics period", () => {
  it("takes empty fields as no limit and refuses a malformed or reversed period in Swedish", () => {
    expect(statistikSchema.parse({ fran: "", till: "" })).toEqual({});
    expect(statistikSchema.parse({ fran: "2026-01-01", till: "2026-01-31" })).toEqual({ fran: "2026-01-01", till: "2026-01-31" });
    const fel = (v: object) => statistikSchema.safeParse(v).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(fel({ fran: "1/1 2026" })).toEqual([["fran", "Skriv från-datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-31."]]);
    expect(fel({ fran: "2026-02-01", till: "2026-01-01" })).toEqual([["till", "Till-datumet kan inte vara före från-datumet."]]);
  });
});
