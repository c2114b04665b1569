// Counts a page view (lib/besok): POSTed by public/besok.js with navigator.sendBeacon (the data in
// the body, so no page address or search lands in any access log), or fetched as the 1×1 image in
// the public layout's <noscript> (the page is then the Referer, as the same-origin policy sends it
// whole). Always answered with no body and never stored by a cache. The visitor's browser string
// is read to leave bots out and is never kept; neither is the address (only its keyed hash, in
// memory for a minute, for the rate limit).
import { isbot } from "isbot";
import { arKandSokvag } from "@/lib/besok/kanda";
import { besokSchema, domanFran, raknaBesok } from "@/lib/besok/rakna";
import { db } from "@/lib/db";
import { rapportstrypning } from "@/lib/http/csp-rapport";
import { lasHogst } from "@/lib/http/grans";
import { klientadress } from "@/lib/http/klient";
import { franOssSjalva } from "@/lib/http/ursprung";
import { logger } from "@/lib/logger";
import { klientnyckel } from "@/lib/sakerhet/klientnyckel";
import { sokfraga } from "@/lib/sok/schema";

export const dynamic = "force-dynamic";

/**
 * Page views per minute per client and instance: far more than anyone reads, far fewer than a
 * flood. `BESOK_PER_MINUT` changes it (the bench, whose load all comes from one address).
 */
const tillats = rapportstrypning(Number(process.env.BESOK_PER_MINUT ?? 120));

const svar = (status: number) => new Response(null, { status, headers: { "Cache-Control": "no-store" } });

/** Do Not Track or Global Privacy Control, as the browser sends them with every request. */
function avstar(headers: Headers): boolean {
  return headers.get("dnt") === "1" || headers.get("sec-gpc") === "1";
}

/** The path of a page of ours that sent the request as its Referer (the no-JS image). */
function sokvagFranReferer(request: Request): string | null {
  const referer = request.headers.get("referer");
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.host === request.headers.get("host") ? url.pathname : null;
  } catch {
    return null;
  }
}

async function rakna(request: Request, falt: URLSearchParams, bild: boolean): Promise<Response> {
  // Not counted, and answered like a counted one: nothing to tell apart.
  if (avstar(request.headers)) return svar(204);
  const ua = request.headers.get("user-agent") ?? "";
  if (ua === "" || isbot(ua)) return svar(204);
  if (!franOssSjalva(request)) return svar(403);
  if (!tillats(klientnyckel(klientadress(request.headers)))) return svar(429);

  let sokvag = falt.get("s");
  if (sokvag === null && bild) {
    sokvag = sokvagFranReferer(request);
    // The search page has an image of its own, with the query and its hits (app/(public)/sok).
    if (sokvag === "/sok") return svar(204);
  }
  const q = falt.get("q");
  const fraga = sokvag === "/sok" && q ? sokfraga.safeParse(q) : null;
  const traffar = Number(falt.get("t"));
  const data = besokSchema.safeParse({
    sokvag,
    doman: domanFran(falt.get("k")),
    sokning: fraga?.success && fraga.data && Number.isInteger(traffar) ? { fraga: fraga.data, traffar } : null,
  });
  if (!data.success) return svar(400);
  try {
    // A page the public site does not have (or one with a private key): refused, never written.
    if (!(await arKandSokvag(db, data.data.sokvag))) return svar(404);
    await raknaBesok(db, data.data);
  } catch (fel) {
    // A lost count is not the visitor's problem.
    logger.warn({ handelse: "besok.fel", fel: String(fel) }, "Besöket kunde inte räknas");
    return svar(503);
  }
  return svar(204);
}

export async function POST(request: Request) {
  const bytes = await lasHogst(request.body, 2048).catch(() => null);
  if (!bytes) return svar(413);
  return rakna(request, new URLSearchParams(new TextDecoder().decode(bytes)), false);
}

export async function GET(request: Request) {
  return rakna(request, new URL(request.url).searchParams, true);
}
