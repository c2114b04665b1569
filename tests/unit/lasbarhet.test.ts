import { describe, expect, it } from "vitest";
import { granskaText, LANG_MENING } from "@/lib/lasbarhet";

describe("the readability of an answer", () => {
  it("gives LIX with the editors' bands and points out sentences over the limit", () => {
    const kort = "Hej! Tack för din fråga. Välkommen!";
    expect(granskaText(kort).lix).toBeNull(); // under ten words: no figure
    const latt = "Hej! Tack för din fråga om skolan. Vi har pratat med rektorn. Hon ringer dig på måndag. Ha en fin dag!";
    expect(granskaText(latt)).toEqual({ lix: { varde: expect.any(Number), band: "mycket lätt" }, langa: [] });
    const ord = Array.from({ length: LANG_MENING + 3 }, (_, i) => (i % 2 ? "förvaltningsövergripande" : "och")).join(" ");
    const svar = `Hej! ${ord}. Vänliga hälsningar.`;
    const g = granskaText(svar);
    expect(g.langa).toEqual([
      { borjan: "och förvaltningsövergripande och förvaltningsövergripande och förvaltningsövergripande", ord: LANG_MENING + 3 },
    ]);
    expect(g.lix!.band).toBe("mycket svår");
  });
});
