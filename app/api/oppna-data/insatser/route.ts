import { getOppnaData } from "@/lib/insatser/queries";
import { insatserCsv } from "@/lib/insatser/csv";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const format = new URL(request.url).searchParams.get("format");
  const rader = await getOppnaData();
  const headers = { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" };
  if (format === "csv") {
    return new Response(insatserCsv(rader), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'inline; filename="insatser.csv"' },
    });
  }
  if (format && format !== "json") {
    return Response.json({ fel: "Okänt format. Använd format=json eller format=csv." }, { status: 400 });
  }
  return Response.json({ genererad: new Date().toISOString(), licens: "CC0 1.0", insatser: rader }, { headers });
}
