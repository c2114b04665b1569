// The search's address: one spelling per query, so nginx keeps one copy per query however it was
// typed. proxy.ts sends every other spelling to that one (308) and marks that one shareable.
import { utanRsc } from "../http/fragestrang";
import { sokfraga } from "./schema";

export type Sokadress =
  /** The canonical address: the same page for everyone. */
  | { typ: "sida"; q: string }
  /** Longer than a search may be: a message, never stored. */
  | { typ: "for-lang" }
  /** Another spelling of the address: sent there. */
  | { typ: "omdirigera"; adress: string };

/** `?q=…` for a canonical query (spaces as "+", as a browser's form sends them), "" for none. */
export function kanoniskSokstrang(q: string): string {
  return q ? `?${new URLSearchParams({ q })}` : "";
}

/**
 * Where a request for /sok with this query string (`?…`, or "") is answered. Only `q` counts;
 * any other parameter, an empty `q` or a second one is dropped by the redirect.
 */
export function sokadress(sokstrang: string): Sokadress {
  const fore = utanRsc(sokstrang);
  const tolkad = sokfraga.safeParse(new URLSearchParams(fore).get("q") ?? "");
  if (!tolkad.success) return { typ: "for-lang" };
  const kanonisk = kanoniskSokstrang(tolkad.data);
  return fore === kanonisk ? { typ: "sida", q: tolkad.data } : { typ: "omdirigera", adress: `/sok${kanonisk}` };
}
