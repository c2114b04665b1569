import { db } from "@/lib/db";
import { requestLogger } from "@/lib/logger";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the app and its database answer, 503 otherwise. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", databas: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    (await requestLogger()).error({ err: (error as Error).message }, "Hälsokontroll: databasen svarar inte");
    return Response.json({ status: "fel", databas: "svarar inte" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
