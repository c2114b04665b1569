// The diarium's export for the municipality's records system, as CSV (diarium.csv) and JSON
// (diarium.json); `?sedan=<ISO time>` gives the cases registered or changed since then.
import { inloggad, medBehorighet } from "@/lib/atgard/personal";
import { svensktDatum } from "@/lib/datum";
import { db } from "@/lib/db";
import { requestLogger } from "@/lib/logger";
import { diarieCsv, diarieexport, sedanSchema } from "@/lib/synpunkter/diarium";

const text = (status: number, t: string) =>
  new Response(`${t}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function diarieexportSvar(request: Request, format: "csv" | "json"): Promise<Response> {
  const user = await inloggad();
  const sedanText = new URL(request.url).searchParams.get("sedan");
  const sedan = sedanText === null ? undefined : sedanSchema.safeParse(sedanText);
  if (sedan && !sedan.success) return text(400, sedan.error.issues[0].message);
  const tid = sedan?.data ? new Date(sedan.data) : undefined;
  return medBehorighet(
    user,
    { behorighet: "diarium.exportera" },
    null,
    () => text(403, "Du har inte behörighet att exportera diariet."),
    async () => {
      const poster = await diarieexport(db, user, tid);
      (await requestLogger()).info({ handelse: "diarium.export", aktorId: user.id, format, antal: poster.length }, "Diariet exporterat");
      const headers = { "Cache-Control": "no-store" };
      if (format === "json") return Response.json({ sedan: tid?.toISOString() ?? null, poster }, { headers });
      return new Response(diarieCsv(poster), {
        headers: {
          ...headers,
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="diarium-${svensktDatum()}.csv"`,
        },
      });
    },
  );
}
