import { describe, expect, it } from "vitest";
import { granska } from "@/lib/innehall/klarsprak";
import { innehallstyp } from "@/lib/innehall/typer";

const langaOrd =
  "Förvaltningens verksamhetsplanering förutsätter kontinuerlig kvalitetsuppföljning inom organisationens samtliga ansvarsområden och förvaltningsövergripande stödfunktioner under kommande verksamhetsår.";
const lattText = "Vi har en skola nära dig. Alla barn får gå i skolan. Du kan fråga oss om du vill veta mer.";

describe("klarspråk for a page's language versions", () => {
  it("a lättläst text with LIX above 30 gets a warning, as advice: nothing blocks publishing", () => {
    const lattlast = innehallstyp("sida-lattlast")!;
    const g = granska("", langaOrd, { sprak: lattlast.sprak, lixGrans: lattlast.lixGrans });
    expect(g.lix!.varde).toBeGreaterThan(30);
    expect(g.lixVarning).toMatch(/^LIX är \d+, över 30\. En lättläst text ska vara lätt att läsa/);
    expect(g.fel).toEqual([]);
    expect(granska("", lattText, { lixGrans: 30 }).lixVarning).toBeUndefined();
    // The page itself has no limit: the same text gets its LIX and band, no warning.
    expect(granska("", langaOrd).lixVarning).toBeUndefined();
  });

  it("English gets no LIX (a Swedish measure) and English vague link texts, but the same structure check", () => {
    const en = innehallstyp("sida-en")!;
    expect(en.sprak).toBe("en");
    const g = granska(
      "",
      "## About us\n\n#### Details\n\nFor the whole story, [click here](/kontakt). Also see [läs mer](/kontakt). " +
        "word ".repeat(40).trim() +
        ".",
      { sprak: en.sprak, lixGrans: en.lixGrans },
    );
    expect(g.lix).toBeNull();
    expect(g.lixVarning).toBeUndefined();
    expect(g.fel).toHaveLength(1);
    expect(g.rad.filter((r) => r.startsWith("Länktexten"))).toEqual([expect.stringContaining("”click here”")]);
    expect(g.rad.some((r) => r.includes("har 40 ord"))).toBe(true);
  });

  it("each version type is a page version, previewable, at its own address", () => {
    for (const [typ, sprak] of [
      ["sida-lattlast", "lattlast"],
      ["sida-en", "en"],
    ]) {
      const t = innehallstyp(typ)!;
      expect(t.variant).toMatchObject({ av: "sida", sprak });
      expect(t.forhandsvisning).toBe(true);
      expect(t.adress("om-forvaltningen", { titel: "", ingress: "", brodtext: "" })).toBe(`/om-forvaltningen/${sprak}`);
    }
  });

  it("the start page's and an område's versions are at the original's address with /lattlast or /en after it", () => {
    const tom = { titel: "", ingress: "", brodtext: "" };
    expect(innehallstyp("startsida-lattlast")!.adress("startsida", tom)).toBe("/lattlast");
    expect(innehallstyp("startsida-en")!.adress("startsida", tom)).toBe("/en");
    expect(innehallstyp("forstarkningsomrade-en")!.adress("likvardighet", tom)).toBe("/forstarkningsomraden/likvardighet/en");
    expect(innehallstyp("forstarkningsomrade-en")!.variant).toMatchObject({ av: "forstarkningsomrade", sprak: "en" });
    expect(innehallstyp("forstarkningsomrade-lattlast")!.lixGrans).toBe(30);
  });
});
