// One-click unsubscribe (RFC 8058) for Bevaka: the address in every subscriber mail's
// List-Unsubscribe header. A mail program POSTs "List-Unsubscribe=One-Click" here, without
// cookies or JavaScript, and every subscription of the address ends (the rows are deleted). A GET
// (a person who opened the link, or a link scanner) goes to the private page, which asks first.
import { NextResponse } from "next/server";
import { avslutaAlla } from "@/lib/bevakning/bevaka";
import { prenumerantAvToken } from "@/lib/bevakning/nyckel";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

type Ctx = { params: Promise<{ token: string }> };
const svar = (status: number, text: string) =>
  new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function POST(_request: Request, { params }: Ctx) {
  const id = prenumerantAvToken(decodeURIComponent((await params).token));
  if (!id) return svar(404, "Länken gäller inte.");
  if (await avslutaAlla(db, id)) logger.info({ handelse: "bevakning.avslutad", via: "list-unsubscribe" }, "Alla bevakningar avslutade");
  return svar(200, "Du bevakar inte längre något och får ingen mer e-post om insatserna.");
}

export async function GET(request: Request, { params }: Ctx) {
  return NextResponse.redirect(
    new URL(`/bevaka/hantera/${encodeURIComponent(decodeURIComponent((await params).token))}`, request.url),
    303,
  );
}
