import { redirect } from "next/navigation";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { svensktDatum } from "@/lib/datum";
import { requestLogger } from "@/lib/logger";
import { inkorgSchema } from "@/lib/synpunkter/inkorg";
import { exportera } from "@/lib/synpunkter/export";

export const dynamic = "force-dynamic";

/** The inbox's filtered cases as CSV, with the inbox's query parameters. */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const filter = inkorgSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  let strom: ReadableStream<Uint8Array>;
  try {
    strom = await exportera(db, user, filter);
  } catch (error) {
    if (error instanceof ForbiddenError) {
      return new Response("Du har inte behörighet att exportera ärenden.\n", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    }
    throw error;
  }
  (await requestLogger()).info({ handelse: "synpunkt.export", aktorId: user.id }, "Ärenden exporterade som CSV");
  return new Response(strom, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="synpunkter-${svensktDatum()}.csv"`,
      // Message texts: never kept by a browser or proxy cache.
      "Cache-Control": "no-store",
    },
  });
}
