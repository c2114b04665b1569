import { describe, expect, it } from "vitest";
import { granska, lix } from "@/lib/innehall/klarsprak";

describe("plain-language checks", () => {
  it("LIX counts words per sentence and long words, with the usual bands", () => {
    // 16 words, 2 sentences, 2 words longer than six letters: 16/2 + 100*2/16 = 8 + 12.5 ≈ 21.
    expect(lix("Vi har en skola nära dig. Alla barn får gå i skolan varje förmiddag och eftermiddag.")).toEqual({
      varde: 21,
      band: "mycket lätt",
    });
    // 11 words, 1 sentence, 6 long: 11 + 54.5 ≈ 66.
    expect(lix("Förvaltningen planerar omfattande förändringar av verksamheten under kommande år enligt beslut.")).toEqual({
      varde: 66,
      band: "mycket svår",
    });
    expect(lix("Kort text.")).toBeNull();
    const svar =
      "Grundskoleförvaltningens verksamhetsplanering förutsätter kontinuerlig kvalitetsuppföljning inom organisationens samtliga ansvarsområden och förvaltningsövergripande funktioner.";
    expect(lix(svar)!.band).toBe("mycket svår");
  });

  it("a skipped heading level blocks publishing; vague link texts and long sentences are advice", () => {
    const g = granska(
      "",
      "## Om oss\n\n#### Detaljer\n\nLäs [här](/kontakt) eller [läs mer](/om-forvaltningen).\n\n" + "ord ".repeat(30).trim() + ".",
    );
    expect(g.fel).toEqual(["Rubriken ”Detaljer” hoppar över en rubriknivå. Använd ### i stället för ####."]);
    expect(g.rad).toHaveLength(3);
    expect(g.rad[0]).toContain("”här”");
    expect(g.rad[1]).toContain("”läs mer”");
    expect(g.rad[2]).toContain("har 30 ord");
  });

  it("a body that starts at # counts its levels from there", () => {
    expect(granska("", "# Ett\n\n## Två\n\n### Tre").fel).toEqual([]);
    expect(granska("", "## Ett\n\n### Två\n\n## Tre").fel).toEqual([]);
  });
});
