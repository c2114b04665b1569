// A word-level comparison of two versions, field by field, for the history page. The `diff`
// package finds the changes; the page marks them with <ins>/<del> and words, not colour alone.
import { diffWordsWithSpace } from "diff";
import type { Innehallstyp } from "./typ";

export interface Del {
  text: string;
  slag: "lika" | "tillagt" | "borttaget";
}

export interface Faltjamforelse {
  namn: string;
  etikett: string;
  andrat: boolean;
  delar: Del[];
}

function somText(v: unknown, slag: string): string {
  if (slag === "kryss") return v === true ? "Ja" : "Nej";
  return v === undefined || v === null ? "" : String(v);
}

export function jamfor(typ: Innehallstyp, fran: Record<string, unknown>, till: Record<string, unknown>): Faltjamforelse[] {
  return typ.falt.map((f) => {
    const a = somText(fran[f.namn], f.slag);
    const b = somText(till[f.namn], f.slag);
    const delar: Del[] =
      a === b
        ? [{ text: a, slag: "lika" }]
        : diffWordsWithSpace(a, b).map((c) => ({ text: c.value, slag: c.added ? "tillagt" : c.removed ? "borttaget" : "lika" }));
    return { namn: f.namn, etikett: f.etikett, andrat: a !== b, delar };
  });
}
