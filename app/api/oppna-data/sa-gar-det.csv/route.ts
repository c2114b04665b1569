import { saGarDetCsv } from "@/lib/insatser/csv";
import { getSaGarDet } from "@/lib/insatser/oversikt";

export const dynamic = "force-dynamic";

export async function GET() {
  return new Response(saGarDetCsv(await getSaGarDet()), {
    headers: {
      "Cache-Control": "public, max-age=60",
      "Access-Control-Allow-Origin": "*",
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'inline; filename="sa-gar-det.csv"',
    },
  });
}
