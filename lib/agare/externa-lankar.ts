// External links (http/https) are checked only on hosts the operator has allowlisted
// (LANKKONTROLL_VARDAR, subdomains included), one request at a time and at most
// LANKKONTROLL_PER_MINUT requests a minute. The allowlist is the only gate: an address on any
// other host is never requested, and a redirect to one ends the check there (the allowlisted
// server answered, so the link leads somewhere).
import { siteUrl } from "../config";

export interface Lankinstallningar {
  /** Allowlisted hosts, lower case: "goteborg.se" also allows "www.goteborg.se". Empty: no external checks. */
  vardar: string[];
  /** Requests a minute, every request counted (HEAD, GET and each redirect). */
  perMinut: number;
  /** Each request's limit. */
  tidsgransMs: number;
  /** Redirects followed before the link counts as broken. */
  maxOmdirigeringar: number;
}

export const STANDARD_PER_MINUT = 20;

/** LANKKONTROLL_VARDAR and LANKKONTROLL_PER_MINUT; a malformed rate stops the run with a message that says so. */
export function lankinstallningar(env: Record<string, string | undefined> = process.env): Lankinstallningar {
  const vardar = (env.LANKKONTROLL_VARDAR ?? "")
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean)
    .map((v) => {
      // "https://skolverket.se/" written by mistake still means the host.
      try {
        return v.includes("://") ? new URL(v).hostname : v;
      } catch {
        return v;
      }
    })
    .map((v) => v.replace(/\.$/, ""));
  const rad = (env.LANKKONTROLL_PER_MINUT ?? "").trim();
  const perMinut = rad === "" ? STANDARD_PER_MINUT : Number(rad);
  if (!Number.isInteger(perMinut) || perMinut < 1 || perMinut > 600)
    throw new Error(`Felaktig konfiguration: LANKKONTROLL_PER_MINUT måste vara ett heltal 1–600 (nu ”${rad}”)`);
  return { vardar, perMinut, tidsgransMs: 10_000, maxOmdirigeringar: 5 };
}

/** An http(s) address whose host is on the allowlist (or a subdomain of an entry). */
export function tillatenVard(href: string | URL, vardar: readonly string[]): boolean {
  let url: URL;
  try {
    url = typeof href === "string" ? new URL(href) : href;
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const vard = url.hostname.toLowerCase().replace(/\.$/, "");
  return vardar.some((v) => vard === v || vard.endsWith(`.${v}`));
}

/** Waits so that calls start at most `perMinut` a minute, evenly spaced. */
export function takt(perMinut: number): () => Promise<void> {
  const mellan = 60_000 / perMinut;
  let nasta = 0;
  return async () => {
    const nu = Date.now();
    const start = Math.max(nu, nasta);
    nasta = start + mellan;
    if (start > nu) await new Promise((r) => setTimeout(r, start - nu));
  };
}

export type Lankutfall =
  | { lage: "ok" }
  | { lage: "trasig"; orsak: string }
  /** No verdict this time (429 Too Many Requests): what was known before stands. */
  | { lage: "okand"; orsak: string };

const sekunder = (ms: number) => `${String(Math.round(ms / 100) / 10).replace(".", ",")} s`;

function anvandaragent() {
  return `Grundskoleportalen-lankkontroll/1.0 (+${siteUrl().replace(/\/$/, "")})`;
}

/** Checks one allowlisted address: HEAD, GET when HEAD is refused (405/501), a few redirects. */
export async function kontrolleraExtern(href: string, s: Lankinstallningar, vanta: () => Promise<void>): Promise<Lankutfall> {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { lage: "trasig", orsak: "Adressen är felaktig" };
  }
  for (let hopp = 0; hopp <= s.maxOmdirigeringar; hopp += 1) {
    url.hash = "";
    // Never a request to a host off the list, also not after a redirect.
    if (!tillatenVard(url, s.vardar)) return hopp === 0 ? { lage: "okand", orsak: "Värden är inte med i kontrollen" } : { lage: "ok" };
    let svar: Response;
    try {
      svar = await fraga(url, "HEAD", s, vanta);
      if (svar.status === 405 || svar.status === 501) svar = await fraga(url, "GET", s, vanta);
    } catch (e) {
      const namn = (e as Error)?.name;
      if (namn === "TimeoutError" || namn === "AbortError")
        return { lage: "trasig", orsak: `Svarade inte inom ${sekunder(s.tidsgransMs)}` };
      return { lage: "trasig", orsak: "Gick inte att nå" };
    }
    const till = svar.headers.get("location");
    if (svar.status >= 300 && svar.status < 400 && till) {
      try {
        url = new URL(till, url);
      } catch {
        return { lage: "trasig", orsak: "Skickar vidare till en felaktig adress" };
      }
      continue;
    }
    if (svar.status < 400) return { lage: "ok" };
    if (svar.status === 429) return { lage: "okand", orsak: "Svarade 429" };
    return { lage: "trasig", orsak: `Svarade ${svar.status}` };
  }
  return { lage: "trasig", orsak: "Skickar vidare för många gånger" };
}

async function fraga(url: URL, method: "HEAD" | "GET", s: Lankinstallningar, vanta: () => Promise<void>): Promise<Response> {
  await vanta();
  const svar = await fetch(url, {
    method,
    redirect: "manual",
    signal: AbortSignal.timeout(s.tidsgransMs),
    headers: { "user-agent": anvandaragent(), accept: "*/*" },
  });
  // Only the status matters: the body is never read.
  await svar.body?.cancel().catch(() => {});
  return svar;
}
