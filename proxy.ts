import { NextResponse, type NextRequest } from "next/server";
import { giltigAdress, helaArgument, lasHogst, MAX_BODY_BYTES } from "@/lib/http/grans";
import { SOM_EN_SIDA } from "@/lib/http/fragestrang";
import { svarForGammalAdress } from "@/lib/innehall/gamla-adresser";
import { skoladress } from "@/lib/skolor/adress";
import { sokadress } from "@/lib/sok/adress";
import { diarieadress } from "@/lib/synpunkter/diarium-adress";

/** A plain page for requests refused before they reach the app. */
function avvisad(id: string, status: number, rubrik: string, text: string) {
  const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${rubrik} – Grundskoleförvaltningen</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<main><h1>${rubrik}</h1><p>${text}</p><p><a href="/">Till startsidan</a> · <a href="/kontakt">Kontakta oss</a></p></main></body></html>`;
  return new NextResponse(html, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "x-request-id": id, "cache-control": "no-store" },
  });
}

const forStor = (id: string) =>
  avvisad(
    id,
    413,
    "Det du skickade var för stort",
    "Vi tar emot högst 5 000 tecken i ett meddelande. Gå tillbaka, korta ner texten och skicka igen. Din text finns kvar i formuläret när du går tillbaka i webbläsaren.",
  );
const trasig = (id: string) =>
  avvisad(
    id,
    400,
    "Formuläret kom inte fram helt",
    "Det du skickade gick inte att läsa. Gå tillbaka och skicka formuläret igen; din text finns kvar i formuläret när du går tillbaka i webbläsaren.",
  );
const felAdress = (id: string) =>
  avvisad(
    id,
    400,
    "Adressen går inte att läsa",
    "Adressen innehåller tecken som inte hör hemma i en webbadress. Kontrollera länken, eller börja om från startsidan.",
  );

/**
 * A form's body, read here first (at most MAX_BODY_BYTES, counted as it arrives, so a chunked
 * body cannot slip past a missing Content-Length): a body Next could not parse would otherwise
 * end as a bare 500, and arguments nested thousands deep would exhaust the decoder's stack.
 */
async function lasbarKropp(request: NextRequest): Promise<"ok" | "for-stor" | "trasig"> {
  if (request.method === "GET" || request.method === "HEAD" || !request.body) return "ok";
  const typ = request.headers.get("content-type")?.toLowerCase() ?? "";
  const arAction = request.headers.has("next-action");
  const bytes = await lasHogst(request.clone().body);
  if (!bytes) return "for-stor";
  let falt: Map<string, string> | null = null;
  const namn = new Set<string>();
  if (typ.startsWith("multipart/form-data")) {
    try {
      // The header as sent: a multipart boundary is case-sensitive.
      const form = await new Response(bytes, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
      falt = new Map();
      for (const [n, varde] of form) {
        namn.add(n);
        if (typeof varde === "string") falt.set(n, varde);
      }
    } catch {
      return "trasig";
    }
  } else if (!arAction) {
    return "ok";
  }
  const text = falt ? null : new TextDecoder().decode(bytes);
  if (!helaArgument(falt, namn, text, arAction)) return "trasig";
  return "ok";
}

/**
 * Where a GET for /sok, /skolor or /diarium is answered (lib/sok/adress.ts, lib/skolor/adress.ts,
 * lib/synpunkter/diarium-adress.ts); null for
 * any other request. Next hands the proxy the query string parsed and written again, so spellings
 * that differ only in their percent-encoding are one address here, though nginx, keyed on the
 * address as sent, keeps a copy of each.
 */
function publikFraga(request: NextRequest, url: URL) {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (url.pathname === "/sok") return sokadress(url.search);
  if (url.pathname === "/skolor") return skoladress(url.search);
  if (url.pathname === "/diarium") return diarieadress(url.search);
  return null;
}

/**
 * 308: the canonical address is a pure function of the one asked for, so the move is permanent
 * and keeps the method (HEAD stays HEAD). Next sends an address on the request's own host as a
 * relative one. Kept an hour by the browser (not for ever, should the rules change) and never by
 * a shared cache: a flood of made-up spellings leaves nothing in nginx.
 */
function omdirigera(id: string, adress: URL) {
  const svar = NextResponse.redirect(adress, 308);
  svar.headers.set("x-request-id", id);
  svar.headers.set("cache-control", "private, max-age=3600");
  return svar;
}

/** Auth.js's session cookie (split into .0, .1 … when large; __Secure- over HTTPS). */
const SESSIONSCOOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

// Gives every request an id (or keeps the load balancer's), passed to the app as a request
// header and returned to the client, so one request's log lines can be found together.
export async function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  const url = new URL(request.url);
  if (!giltigAdress(url.pathname, url.search)) return felAdress(id);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return forStor(id);
  const kropp = await lasbarKropp(request);
  if (kropp === "for-stor") return forStor(id);
  if (kropp === "trasig") return trasig(id);

  // Old addresses of content pages: 301 to the page's new address, 410 for an archived page.
  const gammal = await svarForGammalAdress(request, url, id);
  if (gammal) return gammal;

  // Search and the school filter: one address per query.
  const fraga = publikFraga(request, url);
  if (fraga?.typ === "omdirigera") return omdirigera(id, new URL(fraga.adress, request.url));

  const headers = new Headers(request.headers);
  headers.set("x-request-id", id);
  // The host is the one the request was sent to, never a client's X-Forwarded-Host: the
  // server-action origin check and anything that builds an address read this header.
  const host = request.headers.get("host");
  if (host) headers.set("x-forwarded-host", host);
  // A page sent with `Referrer-Policy: no-referrer` (a case's private page, see next.config.ts)
  // makes the browser send `Origin: null` with its own forms, which Next's server actions refuse
  // as cross-site. Sec-Fetch-Site is set by the browser alone and says the form is our own, so
  // only then is the origin restored, to the host Next compares it with.
  if (request.headers.get("origin") === "null" && request.headers.get("sec-fetch-site") === "same-origin") {
    if (host) headers.set("origin", `${request.nextUrl.protocol}//${host}`);
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", id);
  // The canonical search or choice of filters: rendered per request (it reads its query), but
  // the same for everyone, so shared like a page (Next keeps a Cache-Control set here).
  if (fraga?.typ === "sida") response.headers.set("cache-control", SOM_EN_SIDA);
  // A search too long to be one: a message, but not one stored copy per such address.
  if (fraga?.typ === "for-lang") response.headers.set("cache-control", "private, no-store");
  if (process.env.PUBLIC_URL?.startsWith("https://")) {
    response.headers.set("strict-transport-security", "max-age=63072000; includeSubDomains");
  }
  // Whatever a signed-in person is sent stays between them and the server: a shared cache (the
  // proxy, a CDN) never stores it. Next.js keeps a Cache-Control set here.
  if (request.cookies.getAll().some((c) => SESSIONSCOOKIE.test(c.name))) response.headers.set("cache-control", "private, no-store");
  return response;
}

// Files from public/ and the build's hashed assets need no request id and no checks.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon\\.ico|favicon\\.svg|apple-touch-icon\\.png|\\.well-known/).*)"] };
