// Body text is Markdown (CommonMark with GitHub's tables), turned into HTML on the server by
// `marked` and then cleaned by `sanitize-html` against a short allow-list. Raw HTML that an
// editor types is shown as text, never as markup; links keep only http(s), mailto and tel;
// headings are shifted so that a body's first level is h2 (the page's h1 is its title).
import { Marked, type Token, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function markedFor(forskjutning: number, breaks = false) {
  return new Marked({
    gfm: true,
    breaks,
    renderer: {
      html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
      heading({ tokens, depth }: Tokens.Heading) {
        const niva = Math.min(6, depth + forskjutning);
        return `<h${niva}>${this.parser.parseInline(tokens)}</h${niva}>\n`;
      },
    },
  });
}

const tillatet: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href"], th: ["align"], td: ["align"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "escape",
};

function rubrikdjup(tokens: Token[]): number[] {
  const djup: number[] = [];
  for (const t of tokens) {
    if (t.type === "heading") djup.push((t as Tokens.Heading).depth);
  }
  return djup;
}

/**
 * Markdown → sanitized HTML for a page body. `radbrytningar`: a line break in the text is one on
 * the page (lättläst is written a sentence or a phrase per line).
 */
export function renderaMarkdown(markdown: string, { radbrytningar = false } = {}): string {
  const tokens = new Marked({ gfm: true }).lexer(markdown);
  const minsta = Math.min(2, ...rubrikdjup(tokens));
  const html = markedFor(2 - minsta, radbrytningar).parse(markdown, { async: false });
  return sanitizeHtml(html, tillatet);
}

/** Every link target in a Markdown text, in order (tables and lists included). */
export function lankar(markdown: string): string[] {
  const hittade: string[] = [];
  new Marked({ gfm: true }).walkTokens(new Marked({ gfm: true }).lexer(markdown), (t) => {
    if (t.type === "link") hittade.push((t as Tokens.Link).href);
  });
  return hittade;
}

/** The headings of a Markdown text as written (1 = "#"), for the editor's structure check. */
export function rubriker(markdown: string): { djup: number; text: string }[] {
  const ut: { djup: number; text: string }[] = [];
  new Marked({ gfm: true }).walkTokens(new Marked({ gfm: true }).lexer(markdown), (t) => {
    if (t.type === "heading") ut.push({ djup: (t as Tokens.Heading).depth, text: (t as Tokens.Heading).text });
  });
  return ut;
}

/** Escapes Markdown's punctuation so a plain text reads as itself (same rules as the migration). */
export function somText(s: string): string {
  return s
    .replace(/([\\`*_[\]<>#|~])/g, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2")
    .replace(/^([-+=])/, "\\$1");
}

export interface Sektion {
  rubrik: string;
  stycken: string[];
  punkter?: string[];
}

/** The seed's old section format as Markdown: "## heading", paragraphs, a "- " list. */
export function sektionerTillMarkdown(sektioner: Sektion[]): string {
  return sektioner
    .map((s) => {
      let md = `## ${somText(s.rubrik)}`;
      for (const p of s.stycken) md += `\n\n${somText(p)}`;
      if (s.punkter && s.punkter.length > 0) md += `\n\n${s.punkter.map((p) => `- ${somText(p)}`).join("\n")}`;
      return md;
    })
    .join("\n\n");
}
