import { describe, expect, it } from "vitest";
import { forstarkningsomraden, forvaltning, program, sidor, sprakversioner } from "@/prisma/seed/content";
import { lasMarkdown } from "@/prisma/seed/markdown";

describe("the seed's content files", () => {
  it("read into the shapes the seed writes, Swedish intact", () => {
    expect(forvaltning).toMatchObject({
      namn: "Grundskoleförvaltningen",
      telefon: "031-365 09 60",
      postnummer: "405 21",
      latitud: 57.727959886790366,
    });
    expect(forstarkningsomraden.map((o) => o.nummer)).toEqual([1, 2, 3]);
    expect(forstarkningsomraden[0].relateradeLankar[0]).toEqual({
      titel: "Tydligare ansvar, styrning och ledning",
      beskrivning: "Här kan du läsa mer om grundskoleförvaltningens förstärkningsområde tydligare ansvar, styrning och ledning.",
      href: "/forstarkningsomraden/tydligare-ansvar-styrning-och-ledning",
    });
    const framtidsrustad = program.find((p) => p.slug === "framtidsrustad-skola")!;
    expect(framtidsrustad.delar.map((d) => d.slug)).toEqual([
      "kartlaggning",
      "samverkansrad",
      "kompetensutveckling",
      "processtod-till-pilotskolor",
    ]);
    const personuppgifter = sidor.find((s) => s.slug === "personuppgifter")!;
    expect(personuppgifter.sektioner.find((s) => s.rubrik === "Hur länge vi sparar uppgifterna")!.stycken).toHaveLength(1);
    expect(sprakversioner.find((v) => v.av === "sida" && v.sprak === "lattlast")!.brodtext).toMatch(
      /^## Det här är vi\n\nGrundskoleförvaltningen är en del av Göteborgs Stad\.\n/,
    );
  });

  it("name the file and the line when a file is wrong", () => {
    expect(() => lasMarkdown("sidor/x.md", "titel: X\n")).toThrow("sidor/x.md: filen ska börja med en rad med ---");
    expect(() => lasMarkdown("sidor/x.md", "---\ntitel X\n---\n")).toThrow('sidor/x.md: rad 2 ska vara "nyckel: värde"');
    expect(() => lasMarkdown("sidor/x.md", "---\ntitel: X\n---\n\nIngress.\n\n## A\n\n- en\n\nEtt stycke.\n")).toThrow(
      'sidor/x.md: rad 11: ett stycke efter listan i avsnittet "A"',
    );
  });

  it("join a wrapped paragraph and skip notes", () => {
    const md = lasMarkdown(
      "x.md",
      "---\ntitel: X\n---\n\nEn rad\noch en till.\n\n## Rubrik {#adress}\n\n<!-- en anteckning -->\n\nStycke.\n",
    );
    expect(md.inledning).toEqual(["En rad och en till."]);
    expect(md.avsnitt).toEqual([{ djup: 2, rubrik: "Rubrik", id: "adress", stycken: ["Stycke."], punkter: [] }]);
  });
});
