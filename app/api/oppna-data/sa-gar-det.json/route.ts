import { getSaGarDet } from "@/lib/insatser/oversikt";

export const dynamic = "force-dynamic";

/** The figures behind the page "Så går det", with codes as in /api/oppna-data/insatser. */
export async function GET() {
  const d = await getSaGarDet();
  return Response.json(
    {
      genererad: new Date().toISOString(),
      licens: "CC0 1.0",
      totalt: d.totalt,
      perForstarkningsomrade: d.perOmrade,
      statusandringarPerManad: d.perManad,
      perStadsomrade: d.perStadsomrade,
      forsenade: d.forsenade,
      pilotskolor: { antal: d.pilot.skolor, perDel: d.pilot.delar },
    },
    { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } },
  );
}
