// Readability of a Swedish text: the LIX index with its usual bands, and the sentences too long
// to read easily. Pure functions, used where editors write (lib/innehall/klarsprak.ts) and where a
// handläggare answers a citizen, on the server and in the browser alike.

/** Words in a sentence above which it is pointed out. */
export const LANG_MENING = 25;

export interface Lix {
  varde: number;
  band: string;
}

/** LIX = words per sentence + the share of words longer than six letters, in per cent. */
export function lix(text: string): Lix | null {
  const ord = text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
  if (ord.length < 10) return null;
  const meningar = Math.max(1, (text.match(/[.!?:]+(\s|$)/g) ?? []).length);
  const langa = ord.filter((o) => o.replace(/[-'’]/g, "").length > 6).length;
  const varde = Math.round(ord.length / meningar + (100 * langa) / ord.length);
  const band =
    varde < 25
      ? "mycket lätt"
      : varde < 30
        ? "lätt"
        : varde < 40
          ? "medelsvår, som vanlig tidningstext"
          : varde < 50
            ? "svår, som officiella texter"
            : "mycket svår";
  return { varde, band };
}

export interface LangMening {
  /** Its first six words. */
  borjan: string;
  ord: number;
}

/** Sentences (split after . ! ?) of more than LANG_MENING words. */
export function langaMeningar(text: string): LangMening[] {
  const ut: LangMening[] = [];
  for (const s of text.split(/(?<=[.!?])\s+/)) {
    const ord = s.split(/\s+/).filter(Boolean);
    if (ord.length > LANG_MENING) ut.push({ borjan: ord.slice(0, 6).join(" "), ord: ord.length });
  }
  return ut;
}

export interface Textgranskning {
  lix: Lix | null;
  langa: LangMening[];
}

/** A plain text (an answer to a citizen), before it is sent. */
export function granskaText(text: string): Textgranskning {
  return { lix: lix(text), langa: langaMeningar(text.replace(/\s+/g, " ").trim()) };
}
