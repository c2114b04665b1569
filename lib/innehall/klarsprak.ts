// Plain-language checks shown while editing (språklagen asks public bodies for plain Swedish):
// the LIX readability index with its usual bands, heading order, vague link texts and over-long
// sentences. Only a skipped heading level blocks publishing (it breaks the page's structure for
// screen readers); the rest is advice.
import { Marked, type Tokens } from "marked";
import { LANG_MENING, langaMeningar, lix, type Lix } from "../lasbarhet";
import { rubriker } from "./markdown";

export { LANG_MENING, lix, type Lix } from "../lasbarhet";

const VAGA_LANKTEXTER = ["klicka här", "läs mer", "här", "länk", "mer", "klicka"];
const VAGA_LANKTEXTER_EN = ["click here", "read more", "here", "link", "more", "click", "this page"];

/** The body's readable text: paragraphs, list items, table cells and headings, without Markdown. */
function lopande(markdown: string): { text: string; meningar: string[]; lankar: string[] } {
  const delar: string[] = [];
  const lankar: string[] = [];
  const m = new Marked({ gfm: true });
  m.walkTokens(m.lexer(markdown), (t) => {
    if (t.type === "text" && !("tokens" in t && t.tokens)) delar.push((t as Tokens.Text).text);
    if (t.type === "codespan") delar.push((t as Tokens.Codespan).text);
    if (t.type === "link") lankar.push((t as Tokens.Link).text.trim());
  });
  const text = delar.join(" ").replace(/\s+/g, " ");
  const meningar = text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
  return { text, meningar, lankar };
}

export interface Granskning {
  lix: Lix | null;
  /** The LIX is above the type's limit (lättläst: 30): advice, never a block. */
  lixVarning?: string;
  /** Blocks publishing. */
  fel: string[];
  rad: string[];
}

/**
 * `sprak: "en"`: LIX is a measure of Swedish (its long-word share counts Swedish compounds), so
 * English text gets none, and English vague link texts are looked for instead.
 */
export function granska(ingress: string, markdown: string, { sprak, lixGrans }: { sprak?: "en"; lixGrans?: number } = {}): Granskning {
  const { text, meningar, lankar } = lopande(markdown);
  const fel: string[] = [];
  const rad: string[] = [];
  const r = rubriker(markdown);
  const forsta = Math.min(2, ...r.map((h) => h.djup));
  let forra = forsta - 1;
  for (const h of r) {
    if (h.djup > forra + 1)
      fel.push(`Rubriken ”${h.text}” hoppar över en rubriknivå. Använd ${"#".repeat(forra + 1)} i stället för ${"#".repeat(h.djup)}.`);
    forra = h.djup;
  }
  for (const l of lankar) {
    const vaga = sprak === "en" ? VAGA_LANKTEXTER_EN : VAGA_LANKTEXTER;
    if (vaga.includes(l.toLowerCase().replace(/[.!]$/, "")))
      rad.push(
        `Länktexten ”${l}” säger inte vart länken leder. Skriv vad man hittar där, till exempel ”${sprak === "en" ? "Contact the administration" : "Kontakta förvaltningen"}”.`,
      );
  }
  for (const m of [ingress, ...meningar].flatMap(langaMeningar))
    rad.push(`Meningen som börjar ”${m.borjan} …” har ${m.ord} ord. Dela gärna upp den; högst ${LANG_MENING} ord läses lättare.`);
  const varde = sprak === "en" ? null : lix(`${ingress} ${text}`.trim());
  const lixVarning =
    varde && lixGrans !== undefined && varde.varde > lixGrans
      ? `LIX är ${varde.varde}, över ${lixGrans}. En lättläst text ska vara lätt att läsa: skriv kortare meningar, byt långa och sammansatta ord mot vanliga, korta ord och förklara ord som läsaren kanske inte kan.`
      : undefined;
  return { lix: varde, ...(lixVarning ? { lixVarning } : {}), fel, rad };
}
