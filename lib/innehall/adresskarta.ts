// The old addresses of content pages, held in memory on every instance so that the proxy can
// answer 301 (a page that moved) or 410 (an archived page) without a database query per request.
// No database or Next.js import here: proxy.ts imports this file. The proxy and the server's
// code are separate bundles in one process, so the map is one per process (runtime/process-wide.mjs).
// lib/innehall/adresser.ts fills it: at start, after each address change on this instance, and
// every ADRESS_SEKUNDER seconds when the table has changed (so other instances follow within that).
import { oncePerProcess } from "@/runtime/process-wide.mjs";

export interface Adresskarta {
  /** Old slug → the page's current slug, or null for an archived page's address (410). */
  adresser: Map<string, string | null>;
  /** What the table looked like when read (row count and last change), to skip unchanged reloads. */
  version: string;
  /** Resolves once the first read has been tried, whether or not it succeeded. */
  forstaLasningen: Promise<void>;
  klar: () => void;
  laddad: boolean;
}

export function adresskarta(): Adresskarta {
  return oncePerProcess("gamla-adresser", () => {
    let klar = () => {};
    const forstaLasningen = new Promise<void>((r) => (klar = r));
    return { adresser: new Map(), version: "", forstaLasningen, klar, laddad: false };
  });
}

export type Adressutfall = { slag: "flyttad"; till: string } | { slag: "borta" } | null;

/**
 * What an address path is, by its first segment: "/gammal/x?y" → moved to "/ny/x", or gone.
 * A first call before the first read waits for it (at most `vantaMs`), so a restarted instance
 * does not answer 404 for a moved page in its first moment.
 */
export async function slaUpp(pathname: string, vantaMs = 2_000): Promise<Adressutfall> {
  const karta = adresskarta();
  const [, forsta, ...rest] = pathname.split("/");
  if (!forsta || !/^[a-z0-9-]+$/.test(forsta)) return null;
  if (!karta.laddad) await Promise.race([karta.forstaLasningen, new Promise((r) => setTimeout(r, vantaMs).unref?.())]);
  if (!karta.adresser.has(forsta)) return null;
  const till = karta.adresser.get(forsta);
  if (till === null || till === undefined) return { slag: "borta" };
  return { slag: "flyttad", till: ["", till, ...rest].join("/") };
}
