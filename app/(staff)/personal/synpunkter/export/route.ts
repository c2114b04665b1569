import { franOssSjalva } from "@/lib/http/ursprung";
import { redirect } from "next/navigation";
import { inloggad, medBehorighet } from "@/lib/atgard/personal";
import { db } from "@/lib/db";
import { svensktDatum } from "@/lib/datum";
import { requestLogger } from "@/lib/logger";
import { exportSchema } from "@/lib/synpunkter/inkorg";
import { exportera } from "@/lib/synpunkter/export";

export const dynamic = "force-dynamic";

const text = (status: number, t: string) =>
  new Response(`${t}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** A refused filter: a Swedish page with the way back, as a handläggare who pressed the button sees it. */
const ogiltigtFilter = () =>
  new Response(
    `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Exporten gick inte att göra – Grundskoleförvaltningen</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
<main><h1>Exporten gick inte att göra</h1><p>Filtret som skickades innehåller tecken eller värden som inte går att söka på, så ingen fil skapades. Gå tillbaka till inkorgen, välj filtret igen och exportera på nytt.</p><p><a href="/personal/synpunkter">Till inkorgen</a></p></main></body></html>`,
    { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } },
  );

/** An export is started by the inbox's form (POST); an address typed or linked goes to the inbox. */
export async function GET(request: Request) {
  redirect(`/personal/synpunkter${new URL(request.url).search}`);
}

/** The inbox's filtered cases as CSV; the filter comes as the inbox's fields. */
export async function POST(request: Request) {
  const user = await inloggad();
  if (!franOssSjalva(request)) return text(403, "Exporten startas från inkorgen.");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return text(400, "Formuläret gick inte att läsa. Gå tillbaka till inkorgen och försök igen.");
  }
  const falt = exportSchema.safeParse(Object.fromEntries([...form].filter(([, v]) => typeof v === "string")));
  if (!falt.success) {
    (await requestLogger()).warn(
      { handelse: "synpunkt.export.nekad", falt: falt.error.issues.map((i) => i.path.join(".")) },
      "Export med ogiltigt filter nekad",
    );
    return ogiltigtFilter();
  }
  const nekad = () => text(403, "Du har inte behörighet att exportera ärenden.");
  const strom = await medBehorighet<null, Response | ReadableStream<Uint8Array>>(
    user,
    { behorighet: "synpunkt.exportera" },
    null,
    nekad,
    () => exportera(db, user, falt.data),
  );
  if (strom instanceof Response) return strom;
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
