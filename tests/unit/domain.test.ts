import { describe, expect, it } from "vitest";
import { parseConfig, siteUrl } from "@/lib/config";
import { insatserCsv } from "@/lib/insatser/csv";
import { insatsStatusar, statusEtikett } from "@/lib/insatser/status";
import { skolfilterSchema } from "@/lib/skolor/schema";
import { arskurser } from "@/lib/skolor/stadsomrade";
import { slugify } from "@/lib/slug";
import { sokfraga } from "@/lib/sok/schema";
import { exportSchema, inkorgSchema } from "@/lib/synpunkter/inkorg";

describe("configuration", () => {
  it("accepts a complete environment and fills in defaults", () => {
    const c = parseConfig({ DATABASE_URL: "postgresql://u@localhost/db" });
    expect(c).toMatchObject({ DATABASE_POOL_SIZE: 10, PUBLIC_URL: "http://localhost:3000", LOG_LEVEL: "info" });
  });

  it("puts the public address where the server listens when PUBLIC_URL is unset", () => {
    const db = "postgresql://u@localhost/db";
    expect(parseConfig({ DATABASE_URL: db, PORT: "3100" }).PUBLIC_URL).toBe("http://localhost:3100");
    expect(parseConfig({ DATABASE_URL: db, PORT: "3100", PUBLIC_URL: "" }).PUBLIC_URL).toBe("http://localhost:3100");
    expect(parseConfig({ DATABASE_URL: db, PORT: "3100", PUBLIC_URL: "https://grundskola.goteborg.se" }).PUBLIC_URL).toBe(
      "https://grundskola.goteborg.se",
    );
    const fore = { PORT: process.env.PORT, PUBLIC_URL: process.env.PUBLIC_URL };
    try {
      process.env.PORT = "3100";
      delete process.env.PUBLIC_URL;
      expect(siteUrl()).toBe("http://localhost:3100");
    } finally {
      for (const [k, v] of Object.entries(fore)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it("stops with one line naming the variable that is missing or wrong", () => {
    expect(() => parseConfig({})).toThrow(/^Felaktig konfiguration: DATABASE_URL saknas/);
    expect(() => parseConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL måste börja med postgresql/);
    expect(() => parseConfig({ DATABASE_URL: "postgresql://x", DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
  });
});

describe("insats statuses", () => {
  it("have a Swedish label for every status", () => {
    expect(Object.keys(insatsStatusar).sort()).toEqual(["KLAR", "PAGAR", "PAUSAD", "PLANERAD"]);
    expect(statusEtikett("PAGAR")).toBe("Pågår");
  });
});

describe("names and labels", () => {
  it("turn Swedish titles into plain URL slugs", () => {
    expect(slugify("Ökad likvärdighet mellan skolor")).toBe("okad-likvardighet-mellan-skolor");
    expect(slugify("  Tydligare ansvar, styrning och ledning ")).toBe("tydligare-ansvar-styrning-och-ledning");
  });

  it("write grade ranges with F for förskoleklass", () => {
    expect(arskurser(0, 9)).toBe("F–9");
    expect(arskurser(4, 6)).toBe("4–6");
  });
});

describe("filters from the query string", () => {
  it("keep valid school filters and drop unknown values instead of failing", () => {
    expect(skolfilterSchema.parse({ stadsomrade: "NORDOST", arskurs: "3", pilot: "ja" })).toEqual({
      stadsomrade: "NORDOST",
      arskurs: 3,
      pilot: "ja",
    });
    expect(skolfilterSchema.parse({ stadsomrade: "MARS", arskurs: "12", pilot: "<script>" })).toEqual({
      stadsomrade: undefined,
      arskurs: undefined,
      pilot: undefined,
    });
  });

  it("drop a control character in the inbox's filter, and refuse it in the export's", () => {
    expect(inkorgSchema.parse({ q: "a\u0000b", skola: "\u0000", status: "MOTTAGEN" })).toEqual({ status: "MOTTAGEN" });
    for (const falt of [{ q: "a\u0000b" }, { skola: "x\u001b" }, { status: "FINNS_INTE" }, { fran: "2026-02-30" }, { efter: "\u0000" }]) {
      expect(exportSchema.safeParse(falt).success, JSON.stringify(falt)).toBe(false);
    }
    expect(exportSchema.parse({ status: "", q: " klagomål ", fran: "2026-01-01", okänt: "\u0000" })).toEqual({
      q: "klagomål",
      fran: "2026-01-01",
    });
  });

  it("trim a search and refuse one that is too long", () => {
    expect(sokfraga.parse("  likvärdig ")).toBe("likvärdig");
    expect(sokfraga.safeParse("x".repeat(201)).error?.issues[0].message).toBe(
      "Sökningen får vara högst 200 tecken. Korta den och sök igen.",
    );
  });
});

describe("open data as CSV", () => {
  const rad = {
    id: "a",
    titel: 'Titel; med "citat"',
    beskrivning: '=HYPERLINK("x")',
    status: "PAGAR" as const,
    progress: 40,
    ansvarigEnhet: "Elevhälsa",
    planeradStart: "2026-01-01",
    planeradSlut: null,
    forsenad: false,
    senastAndrad: "2026-11-22T10:00:00.000Z",
    overordnadInsats: null,
    program: "jamlikt-goteborg",
    forstarkningsomrade: null,
    skolor: ["s1", "s2"],
    historik: [],
  };

  it("quotes every cell and joins lists with |", () => {
    const csv = insatserCsv([rad]);
    expect(csv.startsWith("\uFEFFid;titel;beskrivning;status;progress;ansvarigEnhet;planeradStart;planeradSlut;forsenad;")).toBe(true);
    expect(csv).toContain('"2026-01-01";"";"false"');
    expect(csv).toContain('"Titel; med ""citat"""');
    expect(csv).toContain('"s1|s2"');
  });

  it("never lets a cell start a spreadsheet formula", () => {
    expect(insatserCsv([rad])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
