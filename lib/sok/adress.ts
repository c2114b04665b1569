// The search's address: one spelling per query, so nginx and the page cache keep one copy per
// query however it was typed. proxy.ts sends every other spelling to that one (308) and hands
// the canonical one to the page cache as a path, which it caches (a query string it does not).
import { utanRsc } from "../http/fragestrang";
import { sokfraga } from "./schema";

export type Sokadress =
  /** Served from this path (a page in app/(public)/sok), shared by every visitor. */
  | { typ: "sida"; sokvag: string }
  /** Longer than a search may be: a message, per request, never stored. */
  | { typ: "for-lang"; sokvag: string }
  /** Another spelling of the address: sent there. */
  | { typ: "omdirigera"; adress: string };

/** The folder under /sok that holds a query's results; the page reads the query from the path. */
const TRAFFAR = "/sok/traffar";
export const FOR_LANG_SOKVAG = "/sok/for-lang";
/** A path segment's share of the encoded query: well under a file name's 255 bytes (the file-system page cache). */
const DEL = 200;

/** `?q=…` for a canonical query (spaces as "+", as a browser's form sends them), "" for none. */
export function kanoniskSokstrang(q: string): string {
  return q ? `?${new URLSearchParams({ q })}` : "";
}

/**
 * Where a request for /sok with this query string (`?…` as sent, or "") is answered. Only `q`
 * counts; any other parameter, an empty `q` or a second one is dropped by the redirect.
 */
export function sokadress(sokstrang: string): Sokadress {
  const fore = utanRsc(sokstrang);
  const tolkad = sokfraga.safeParse(new URLSearchParams(fore).get("q") ?? "");
  if (!tolkad.success) return { typ: "for-lang", sokvag: FOR_LANG_SOKVAG };
  const kanonisk = kanoniskSokstrang(tolkad.data);
  if (fore !== kanonisk) return { typ: "omdirigera", adress: `/sok${kanonisk}` };
  return { typ: "sida", sokvag: tolkad.data ? `${TRAFFAR}/${traffarSegment(tolkad.data)}` : "/sok" };
}

/** The query as path segments: base64url of its UTF-8 (no "/", "." or "%" to be reinterpreted), in parts. */
function traffarSegment(q: string): string {
  const kodad = Buffer.from(q, "utf8").toString("base64url");
  return (kodad.match(new RegExp(`.{1,${DEL}}`, "g")) ?? []).join("/");
}

/** The query a results page's path stands for, or null when it is not a canonical query's path. */
export function fragaFranSokvag(delar: string[]): string | null {
  const kodad = delar.join("");
  if (!/^[A-Za-z0-9_-]+$/.test(kodad)) return null;
  const q = Buffer.from(kodad, "base64url").toString("utf8");
  const tolkad = sokfraga.safeParse(q);
  if (!tolkad.success || tolkad.data !== q || !q) return null;
  return traffarSegment(q) === delar.join("/") ? q : null;
}
