import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { diarienummer, standardmening } from "@/lib/synpunkter/diarium";

const bas = { DATABASE_URL: "postgresql://u@localhost/db" };

describe("the diarienummer's prefix", () => {
  const fore = process.env.DIARIE_PREFIX;
  afterEach(() => {
    if (fore === undefined) delete process.env.DIARIE_PREFIX;
    else process.env.DIARIE_PREFIX = fore;
  });

  it("is GRF unless DIARIE_PREFIX says otherwise, and must be a short code", () => {
    expect(parseConfig(bas).DIARIE_PREFIX).toBe("GRF");
    expect(parseConfig({ ...bas, DIARIE_PREFIX: "" }).DIARIE_PREFIX).toBe("GRF");
    expect(parseConfig({ ...bas, DIARIE_PREFIX: "GSF-2" }).DIARIE_PREFIX).toBe("GSF-2");
    expect(() => parseConfig({ ...bas, DIARIE_PREFIX: "grf" })).toThrow(/DIARIE_PREFIX måste vara 1–10 versaler/);
    expect(() => parseConfig({ ...bas, DIARIE_PREFIX: "GRF 2026" })).toThrow(/DIARIE_PREFIX/);
  });

  it("goes in front of the year and a five-digit number", () => {
    delete process.env.DIARIE_PREFIX;
    expect(diarienummer(2026, 123)).toBe("GRF 2026/00123");
    process.env.DIARIE_PREFIX = "UBF";
    expect(diarienummer(2026, 100000)).toBe("UBF 2026/100000");
  });
});

describe("the default ärendemening", () => {
  it("says the type and the school, or the förvaltning without one", () => {
    expect(standardmening("SYNPUNKT", "Backaskolan")).toBe("Synpunkt om Backaskolan");
    expect(standardmening("KLAGOMAL", null)).toBe("Klagomål om grundskoleförvaltningen");
  });
});
