// One of the usage figures' tables as CSV, for the period on the page (?tabell=…&fran=…&till=…).
// Counts only, nothing personal, and no state changes: a plain GET link.
import { inloggad, medBehorighet } from "@/lib/atgard/personal";
import { besoksstatistik, fylldPeriod, periodSchema } from "@/lib/besok/queries";
import { db } from "@/lib/db";
import { arTabell, tabellCsv } from "../tabeller";

export const dynamic = "force-dynamic";

const text = (status: number, t: string) =>
  new Response(`${t}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(request: Request) {
  const user = await inloggad();
  const fraga = new URL(request.url).searchParams;
  const tabell = fraga.get("tabell");
  const period = periodSchema.safeParse({ fran: fraga.get("fran") ?? undefined, till: fraga.get("till") ?? undefined });
  return medBehorighet(
    user,
    { behorighet: "besok.lasa" },
    null,
    () => text(403, "Du har inte behörighet att se besöksstatistiken."),
    async () => {
      if (!arTabell(tabell)) return text(404, "Tabellen finns inte.");
      if (!period.success) return text(400, period.error.issues[0].message);
      const p = fylldPeriod(period.data);
      const s = await besoksstatistik(db, p, null);
      return new Response(tabellCsv(tabell, s), {
        headers: {
          "Cache-Control": "private, no-store",
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="besok-${tabell}-${p.fran}-${p.till}.csv"`,
        },
      });
    },
  );
}
