import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { requestLogger } from "@/lib/logger";

// Auth.js answers some malformed requests (a GET to the credentials callback, an odd
// callbackUrl) as if its configuration were broken, with a 500. The endpoints the portal uses are
// listed here; anything else is refused with a 4xx before Auth.js sees it, and an error Auth.js
// still reports is logged and answered as a bad request, never as a server fault.
const TILLATNA: Record<"GET" | "POST", RegExp> = {
  GET: /^\/api\/auth\/(csrf|session|providers|signin|signout|error|signin\/microsoft-entra-id|callback\/microsoft-entra-id)$/,
  POST: /^\/api\/auth\/(signin\/(credentials|microsoft-entra-id)|signout|session|callback\/(credentials|microsoft-entra-id))$/,
};

function skyddad(method: "GET" | "POST", handler: (req: NextRequest) => Promise<Response>) {
  return async (req: NextRequest) => {
    if (!TILLATNA[method].test(req.nextUrl.pathname)) {
      return Response.json({ fel: "Okänd adress." }, { status: 404, headers: { "Cache-Control": "no-store" } });
    }
    const res = await handler(req);
    if (res.status < 500) return res;
    (await requestLogger()).error({ status: res.status, path: req.nextUrl.pathname }, "Inloggningstjänsten avvisade en begäran");
    return Response.json({ fel: "Begäran kunde inte tolkas." }, { status: 400, headers: { "Cache-Control": "no-store" } });
  };
}

export const GET = skyddad("GET", handlers.GET);
export const POST = skyddad("POST", handlers.POST);
