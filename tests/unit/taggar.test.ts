import { describe, expect, it } from "vitest";
import { taggar, type Tag } from "@/lib/taggar";
import { innehallstyp } from "@/lib/innehall/typer";
import type { Innehallsdata } from "@/lib/innehall/typ";

const typ = (namn: string) => innehallstyp(namn)!;
const sida = { titel: "Skolval", ingress: "", brodtext: "Text.", foralder: "om-forvaltningen", iNavigering: false };

describe("cache tags name one item or one list", () => {
  it("an item's tag carries its key, and two items never share one", () => {
    expect(taggar.sida("skolval")).toBe("sida:skolval");
    expect(taggar.skola("hjallboskolan")).toBe("skola:hjallboskolan");
    expect(taggar.sidvariant("skolval", "en")).toBe("sidvariant:skolval:en");
    const alla: Tag[] = [
      taggar.sida("a"),
      taggar.sidrubrik("a"),
      taggar.undersidor("a"),
      taggar.program("a"),
      taggar.omrade("a"),
      taggar.insats("a"),
      taggar.skola("a"),
      taggar.meny,
      taggar.kontakt,
      taggar.startsida,
      taggar.nyckeltal,
      taggar.omradeslista,
      taggar.insatssidor,
      taggar.uppdateringar,
      taggar.skolsidor,
      taggar.skollista,
      taggar.sagardet,
    ];
    expect(new Set(alla).size).toBe(alla.length);
    // Next.js refuses tags over 256 characters; a slug is at most 100.
    expect(taggar.sidvariant("a".repeat(100), "lattlast").length).toBeLessThan(256);
  });
});

describe("a publish expires what shows the changed item, nothing else", () => {
  const sidtaggar = (d: Innehallsdata, fore: Partial<Innehallsdata> | null) => typ("sida").taggar("skolval", d, fore);

  it("a page's new text expires only its own page", () => {
    expect(sidtaggar({ ...sida, brodtext: "Ny text." }, sida)).toEqual([taggar.sida("skolval")]);
  });

  it("a new title also expires its parent's list and its sub-pages' breadcrumb, and the menu only when it is in the menu", () => {
    expect(sidtaggar({ ...sida, titel: "Välja skola" }, sida)).toEqual([
      taggar.sida("skolval"),
      taggar.sidrubrik("skolval"),
      taggar.undersidor("om-forvaltningen"),
    ]);
    const iMenyn = { ...sida, iNavigering: true };
    expect(sidtaggar({ ...iMenyn, titel: "Välja skola" }, iMenyn)).toContain(taggar.meny);
    expect(sidtaggar({ ...iMenyn, brodtext: "Ny text." }, iMenyn)).toEqual([taggar.sida("skolval")]);
  });

  it("a page that moves or leaves the menu expires both parents' lists and the menu", () => {
    const flyttad = sidtaggar({ ...sida, foralder: "kontakta-oss" }, { ...sida, iNavigering: true });
    expect(flyttad).toEqual(
      expect.arrayContaining([taggar.undersidor("kontakta-oss"), taggar.undersidor("om-forvaltningen"), taggar.meny]),
    );
  });

  it("a first publish (or one after being off the site) expires every list that will show it", () => {
    expect(sidtaggar(sida, null)).toEqual([taggar.sida("skolval"), taggar.sidrubrik("skolval"), taggar.undersidor("om-forvaltningen")]);
    expect(typ("sida-en").taggar("skolval", { titel: "School choice", ingress: "", brodtext: "" }, null)).toEqual([
      taggar.sidvariant("skolval", "en"),
      taggar.sida("skolval"),
    ]);
    // The start page's and an område's: the version's own page, and on a first publish the original's.
    const en = { titel: "Equity", ingress: "", brodtext: "" };
    expect(typ("forstarkningsomrade-en").taggar("likvardighet", en, en)).toEqual(["sprakversion:forstarkningsomrade:likvardighet:en"]);
    expect(typ("startsida-lattlast").taggar("startsida", en, null)).toEqual([
      "sprakversion:startsida:startsida:lattlast",
      taggar.startsida,
    ]);
  });

  it("a key figure, the contact details and the start page's texts each expire their own tag", () => {
    const nyckeltal = { etikett: "Elever", varde: "48 900", enhet: "", kalla: "SCB, 2025" };
    expect(typ("nyckeltal").taggar("elever", nyckeltal, nyckeltal)).toEqual([taggar.nyckeltal]);
    expect(typ("kontaktuppgifter").taggar("forvaltning", {}, {})).toEqual([taggar.kontakt]);
    expect(typ("startsida").taggar("startsida", {}, {})).toEqual([taggar.startsida]);
  });

  it("a programme's or area's new name reaches its insatser's pages; new parts reach the pilot schools and Så går det", () => {
    const program = { namn: "Jämlikt Göteborg", delar: "" };
    expect(typ("program").taggar("jamlikt-goteborg", program, program)).toEqual([taggar.program("jamlikt-goteborg")]);
    expect(typ("program").taggar("jamlikt-goteborg", { ...program, namn: "Jämlik skola" }, program)).toContain(taggar.insatssidor);
    expect(typ("program").taggar("jamlikt-goteborg", { ...program, delar: "Del | Text" }, program)).toEqual([
      taggar.program("jamlikt-goteborg"),
      taggar.sagardet,
      taggar.skolsidor,
    ]);
    const omrade = { namn: "Likvärdighet" };
    expect(typ("forstarkningsomrade").taggar("likvardighet", omrade, omrade)).toEqual([taggar.omrade("likvardighet"), taggar.omradeslista]);
  });
});
