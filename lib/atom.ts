// Atom feeds (RFC 4287), written by hand: a feed is a few elements, and every value that goes into
// one passes through `xml` below, so no text a person typed can break the document.

export interface AtomEntry {
  /** A permanent, unique IRI: the same change keeps its id in every feed it appears in. */
  id: string;
  title: string;
  updated: Date | string;
  /** The entry's page (rel="alternate"). */
  link: string;
  /** Plain text. */
  summary?: string;
  /** The body, as plain text or as HTML (escaped into the element, type="html"). */
  content?: { type: "text" | "html"; value: string };
}

export interface AtomFeed {
  /** The feed's canonical address, or a tag: URI. */
  id: string;
  title: string;
  subtitle?: string;
  updated: Date | string;
  /** The feed's own address (rel="self"). */
  self: string;
  /** The page the feed follows (rel="alternate"). */
  alternate: string;
  author: { name: string; uri?: string; email?: string };
  entries: AtomEntry[];
}

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

// Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF):
// removed rather than escaped, since no escape makes them legal.
const OGILTIGA =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe for an XML element or a double- or single-quoted attribute. */
export function xml(text: string): string {
  return text
    .replace(OGILTIGA, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** RFC 3339 in UTC, to the second: "2026-12-04T15:29:11Z". */
export function rfc3339(tid: Date | string): string {
  const d = new Date(tid);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Ogiltig tidpunkt: ${String(tid)}`);
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

const element = (namn: string, text: string, attribut = "") => `<${namn}${attribut}>${xml(text)}</${namn}>`;

function lank(href: string, rel: string, type?: string): string {
  return `<link rel="${xml(rel)}" href="${xml(href)}"${type ? ` type="${xml(type)}"` : ""}/>`;
}

function post(e: AtomEntry): string {
  return [
    "<entry>",
    element("id", e.id),
    element("title", e.title, ' type="text"'),
    element("updated", rfc3339(e.updated)),
    lank(e.link, "alternate", "text/html"),
    e.summary !== undefined ? element("summary", e.summary, ' type="text"') : "",
    e.content ? element("content", e.content.value, ` type="${e.content.type}"`) : "",
    "</entry>",
  ].join("");
}

/** The whole feed document. */
export function atomflode(f: AtomFeed): string {
  const forfattare = [
    element("name", f.author.name),
    f.author.uri ? element("uri", f.author.uri) : "",
    f.author.email ? element("email", f.author.email) : "",
  ].join("");
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    element("id", f.id),
    element("title", f.title, ' type="text"'),
    f.subtitle ? element("subtitle", f.subtitle, ' type="text"') : "",
    element("updated", rfc3339(f.updated)),
    lank(f.self, "self", "application/atom+xml"),
    lank(f.alternate, "alternate", "text/html"),
    `<author>${forfattare}</author>`,
    ...f.entries.map(post),
    "</feed>\n",
  ].join("");
}

/** A route handler's answer: the feed, or 404 when the page it follows does not exist. */
export function atomsvar(f: AtomFeed | null): Response {
  if (!f) return new Response("Det finns inget sådant flöde.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(atomflode(f), { headers: { "Content-Type": ATOM_CONTENT_TYPE } });
}
