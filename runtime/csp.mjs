// The Content-Security-Policy, built per HTML response from the response itself.
//
// Public pages come whole from the page cache (lib/cache.ts), so a per-request nonce cannot be in
// their HTML. Instead every inline <script> (and <style>) that Next.js and React wrote is allowed
// by its sha256 hash, computed when the response leaves the server (runtime/server.mjs); cached,
// per-request, 404 and error pages alike. Which inline scripts are Next's own is told by a marker:
// the server hands every render a fixed nonce (one per build, the same on every instance, so a
// page cached by one is understood by all), Next puts it on each script it writes, and only
// scripts carrying it are hashed. The marker is removed from the HTML before
// it is sent, so no client ever learns it; a script that reached the page any other way (an
// injection) carries no marker, gets no hash, and the browser refuses to run it.
//
// Plain JavaScript: loaded by the server entry outside Next's bundle, and by the tests.
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";

/** Where browsers send violation reports (app/api/csp-rapport). */
export const RAPPORTADRESS = "/api/csp-rapport";
/** The Reporting API's name for that endpoint (`report-to`, `Reporting-Endpoints`). */
export const RAPPORTGRUPP = "csp";

/**
 * The marker nonce: made once per build (scripts/app-server.ts writes it next to the server
 * entry), so every instance running that build agrees, as they must: one renders a page into the
 * shared cache, another serves it, and the cache itself is kept per build. A new build has a new
 * marker and a new cache. Without the file (a hand-copied build): random for this process.
 * @param {string} fil
 * @returns {{ mark: string, fran: "bygget" | "slumpad" }}
 */
export function markering(fil) {
  try {
    const mark = readFileSync(fil, "utf8").trim();
    if (/^[A-Za-z0-9_-]{16,}$/.test(mark)) return { mark, fran: "bygget" };
  } catch {
    // below
  }
  return { mark: nyMarkering(), fran: "slumpad" };
}

export const nyMarkering = () => randomBytes(18).toString("base64url");

/** @param {string} text */
const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const SKRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STIL = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi;

/**
 * The HTML as it is sent (the marker removed) and the hashes of the inline scripts and styles
 * that carried the marker. `markerad` is false when no element carried it: a page rendered
 * without the marker (by another secret, or outside a request) gets no inline script at all.
 * The marker is also in the page's own data (React's props for the scripts it preloads): it is
 * removed there too, before the hash is taken.
 * @param {string} html
 * @param {string} mark
 */
export function hashaHtml(html, mark) {
  const attribut = ` nonce="${mark}"`;
  /** @type {Set<string>} */
  const skript = new Set();
  /** @type {Set<string>} */
  const stilar = new Set();
  let markerad = false;
  /** @param {Set<string>} hashar @param {string} tagg */
  const ersatt = (hashar, tagg) => (/** @type {string} */ hel, /** @type {string} */ attr, /** @type {string} */ innehall) => {
    if (!attr.includes(attribut)) return hel;
    markerad = true;
    const ren = innehall.split(mark).join("");
    if (!/\ssrc\s*=/i.test(attr)) hashar.add(sha256(ren));
    return `<${tagg}${attr.split(attribut).join("")}>${ren}</${tagg}>`;
  };
  const ut = html.replace(SKRIPT, ersatt(skript, "script")).replace(STIL, ersatt(stilar, "style"));
  // Elsewhere (a preload link's attribute) the marker is dropped as well: no client ever sees it.
  return { html: ut.split(attribut).join("").split(mark).join(""), skript: [...skript], stilar: [...stilar], markerad };
}

/**
 * The policy. Without hashes (a response that is not HTML, or HTML with no inline script) it is
 * the same policy with nothing inline allowed.
 * @param {{ skript?: string[], stilar?: string[], formular?: string[], https?: boolean }} [delar]
 */
export function policy({ skript = [], stilar = [], formular = [], https = false } = {}) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...skript].join(" "),
    // <style> elements only by hash; style attributes (a progress bar's width, a hidden field)
    // are allowed: they cannot select other elements, and every url() they could name is
    // limited to this site by default-src.
    ["style-src 'self'", ...stilar].join(" "),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    // Chromium checks form-action on the redirect after a form, too: signing in with Entra ID
    // posts here and is redirected to the identity provider.
    ["form-action 'self'", ...formular].join(" "),
    ...(https ? ["upgrade-insecure-requests"] : []),
    `report-uri ${RAPPORTADRESS}`,
    // Chromium sends reports through the Reporting API instead when report-to is present, and
    // it delivered none to a plain-http endpoint in our tests: report-to only over HTTPS, where
    // the other browsers still use report-uri.
    ...(https ? [`report-to ${RAPPORTGRUPP}`] : []),
  ].join("; ");
}

/**
 * The parts of the policy that come from the configuration.
 * @param {NodeJS.ProcessEnv} env
 */
export function installningar(env) {
  /** @type {string[]} */
  const formular = [];
  try {
    if (env.AUTH_MICROSOFT_ENTRA_ID_ISSUER) formular.push(new URL(env.AUTH_MICROSOFT_ENTRA_ID_ISSUER).origin);
  } catch {
    // An unreadable issuer is reported by the configuration check at start.
  }
  return { formular, https: (env.PUBLIC_URL ?? "").startsWith("https://") };
}
