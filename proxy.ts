import { NextResponse, type NextRequest } from "next/server";

/**
 * The largest request body any form here needs: the contact form's 5 000 characters are at most
 * 20 KB of UTF-8. Anything far larger is refused up front with a page in Swedish, before Next's
 * own server-action limit (1 MB) would answer it with a bare 500.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/** A plain page for requests refused before they reach the app. */
function avvisad(id: string, status: number, rubrik: string, text: string) {
  const html = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${rubrik} – Grundskoleförvaltningen</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<main><h1>${rubrik}</h1><p>${text}</p><p><a href="/kontakt">Till kontaktformuläret</a></p></main></body></html>`;
  return new NextResponse(html, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "x-request-id": id, "cache-control": "no-store" },
  });
}

const forStor = (id: string) =>
  avvisad(id, 413, "Det du skickade var för stort",
    "Vi tar emot högst 5 000 tecken i ett meddelande. Gå tillbaka, korta ner texten och skicka igen. Din text finns kvar i formuläret när du går tillbaka i webbläsaren.");
const trasig = (id: string) =>
  avvisad(id, 400, "Formuläret kom inte fram helt",
    "Det du skickade gick inte att läsa. Gå tillbaka och skicka formuläret igen; din text finns kvar i formuläret när du går tillbaka i webbläsaren.");

/**
 * A form posted without JavaScript reaches Next as multipart; a body that is not valid multipart
 * would make Next answer with a bare 500, so it is read here first (it is at most MAX_BODY_BYTES).
 */
async function lasbartFormular(request: NextRequest): Promise<boolean> {
  if (request.method !== "POST" || request.headers.has("next-action")) return true;
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) return true;
  try {
    await request.clone().formData();
    return true;
  } catch {
    return false;
  }
}

// Gives every request an id (or keeps the load balancer's), passed to the app as a request
// header and returned to the client, so one request's log lines can be found together.
export async function proxy(request: NextRequest) {
  const incoming = request.headers.get("x-request-id");
  const id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) return forStor(id);
  if (!(await lasbartFormular(request))) return trasig(id);
  const headers = new Headers(request.headers);
  headers.set("x-request-id", id);
  // A page sent with `Referrer-Policy: no-referrer` (a case's private page, see next.config.ts)
  // makes the browser send `Origin: null` with its own forms, which Next's server actions refuse
  // as cross-site. Sec-Fetch-Site is set by the browser alone and says the form is our own, so
  // only then is the origin restored, to the host Next compares it with.
  if (request.headers.get("origin") === "null" && request.headers.get("sec-fetch-site") === "same-origin") {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (host) headers.set("origin", `${request.nextUrl.protocol}//${host}`);
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("x-request-id", id);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
