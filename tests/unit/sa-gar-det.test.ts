import { describe, expect, it } from "vitest";
import type { SaGarDet } from "@/lib/insatser/oversikt";
import { saGarDetDiagram } from "@/lib/insatser/oversikt-diagram";

const noll = { KLAR: 0, PAGAR: 0, PAUSAD: 0, PLANERAD: 0 };
const tom: SaGarDet = {
  totalt: noll,
  perOmrade: [
    { slug: "a", namn: "Område A", antal: noll },
    { slug: null, namn: "Utanför förstärkningsområdena", antal: noll },
  ],
  perManad: [
    { manad: "2026-10", antal: noll },
    { manad: "2026-11", antal: noll },
  ],
  perStadsomrade: [{ stadsomrade: "CENTRUM", namn: "Centrum", skolor: 8, antal: noll }],
  forsenade: [],
  pilot: { skolor: 0, delar: [{ slug: "kartlaggning", namn: "Kartläggning", antal: { EJ_PABORJAD: 0, PAGAR: 0, KLAR: 0 } }] },
};

describe("the messages of Så går det", () => {
  it("say plainly that there is nothing yet", () => {
    expect(saGarDetDiagram(tom).map((d) => d.budskap)).toEqual([
      "Det finns inga insatser ännu.",
      "Ingen insats har bytt status under de senaste 24 månaderna.",
      "Ingen insats berör en enskild skola ännu.",
      "Det finns inga pilotskolor ännu.",
    ]);
  });

  it("state the share done, the busiest month, the busiest stadsområde and the pilot schools' progress", () => {
    const d: SaGarDet = {
      totalt: { KLAR: 12, PAGAR: 10, PAUSAD: 2, PLANERAD: 6 },
      perOmrade: [
        { slug: "a", namn: "Område A", antal: { KLAR: 2, PAGAR: 6, PAUSAD: 0, PLANERAD: 2 } },
        { slug: "b", namn: "Område B", antal: { KLAR: 6, PAGAR: 2, PAUSAD: 0, PLANERAD: 0 } },
        { slug: null, namn: "Utanför förstärkningsområdena", antal: { KLAR: 4, PAGAR: 2, PAUSAD: 2, PLANERAD: 4 } },
      ],
      perManad: [
        { manad: "2026-10", antal: { ...noll, PAGAR: 3, KLAR: 1 } },
        { manad: "2026-11", antal: { ...noll, KLAR: 2 } },
      ],
      perStadsomrade: [
        { stadsomrade: "CENTRUM", namn: "Centrum", skolor: 8, antal: { ...noll, PAGAR: 3 } },
        { stadsomrade: "NORDOST", namn: "Nordost", skolor: 8, antal: { ...noll, PAGAR: 3, KLAR: 2 } },
      ],
      forsenade: [],
      pilot: {
        skolor: 6,
        delar: [
          { slug: "a", namn: "Kartläggning", antal: { EJ_PABORJAD: 0, PAGAR: 2, KLAR: 4 } },
          { slug: "b", namn: "Kompetensutveckling", antal: { EJ_PABORJAD: 6, PAGAR: 0, KLAR: 0 } },
        ],
      },
    };
    expect(saGarDetDiagram(d).map((x) => x.budskap)).toEqual([
      "12 av 30 insatser är klara och 10 pågår. Störst andel klara har Område B: 6 av 8.",
      "Under de senaste 24 månaderna har insatserna bytt status 6 gånger, flest i oktober 2026 (4). 3 av ändringarna var till Klar.",
      "Flest insatser berör skolorna i Nordost: 5, varav 2 klara.",
      "4 av 6 pilotskolor är klara med Kartläggning. Ingen har ännu börjat med Kompetensutveckling.",
    ]);
    const omrade = saGarDetDiagram(d)[0];
    // Intl writes a no-break space between the number and the per cent sign.
    expect(omrade.rader.map((r) => omrade.extra!.varde(r).replace(/\u00a0/g, " "))).toEqual(["20 % klara", "75 % klara", "33 % klara"]);
  });
});
