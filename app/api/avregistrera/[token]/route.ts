// One-click unsubscribe (RFC 8058): the address in a notification's List-Unsubscribe header.
// A mail program POSTs "List-Unsubscribe=One-Click" here, without cookies or JavaScript. A GET
// (a person who opened the link) goes to the page, which asks before it does anything, so a
// link scanner that follows every URL in a mail never unsubscribes anyone.
import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { avregistrera } from "@/lib/synpunkter/arende";
import { kontrollera } from "@/lib/sakerhet/signatur";

type Ctx = { params: Promise<{ token: string }> };
const svar = (status: number, text: string) =>
  new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function POST(_request: Request, { params }: Ctx) {
  const id = kontrollera((await params).token, "avregistrera");
  if (!id || !(await avregistrera(db, id))) return svar(404, "Länken gäller inte.");
  logger.info({ handelse: "synpunkt.avregistrerad", via: "list-unsubscribe" }, "Avsändaren slutade få e-post om ärendet");
  return svar(200, "Du får inte längre e-post när ärendet ändras.");
}

export async function GET(request: Request, { params }: Ctx) {
  return NextResponse.redirect(new URL(`/avregistrera/${encodeURIComponent((await params).token)}`, request.url), 303);
}
