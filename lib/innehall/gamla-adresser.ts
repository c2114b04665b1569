// The proxy's answer for a content page's old address: 301 to where the page is now, or 410
// Gone with a Swedish page for an archived one. The map is in memory (./adresskarta.ts),
// so this costs no query; only GET and HEAD are answered here.
import { NextResponse } from "next/server";
import { slaUpp } from "./adresskarta";

const BORTA = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Sidan har tagits bort – Grundskoleförvaltningen</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b">
<header><p><a href="/">Grundskoleförvaltningen i Göteborg</a></p></header>
<main><h1>Sidan har tagits bort</h1>
<p>Sidan som fanns på den här adressen finns inte längre. Den har tagits bort med avsikt, så länken kommer inte att fungera igen.</p>
<form action="/sok" method="get" role="search"><label for="q" style="display:block;font-weight:600">Sök på webbplatsen</label>
<input id="q" name="q" type="search" style="padding:.4rem;border:2px solid #1b1b1b"> <button type="submit" style="padding:.4rem 1rem">Sök</button></form>
<p><a href="/">Till startsidan</a> · <a href="/sok">Sök</a> · <a href="/kontakt">Kontakta oss</a></p></main></body></html>`;

export async function svarForGammalAdress(request: Request, url: URL, id: string): Promise<NextResponse | null> {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const utfall = await slaUpp(url.pathname);
  if (!utfall) return null;
  if (utfall.slag === "borta") {
    return new NextResponse(BORTA, {
      status: 410,
      headers: { "content-type": "text/html; charset=utf-8", "x-request-id": id, "cache-control": "public, max-age=60" },
    });
  }
  // On the request's own origin, which Next turns into a relative Location: the proxy sees the
  // server's internal host, not the one the visitor used.
  const till = new URL(`${utfall.till}${url.search}`, url);
  return new NextResponse(null, {
    status: 301,
    headers: { location: till.toString(), "x-request-id": id, "cache-control": "public, max-age=300" },
  });
}
