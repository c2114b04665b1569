import type { Metadata } from "next";
import { Startsida } from "@/components/innehall/startsida";
import { getForstarkningsomraden } from "@/lib/forstarkningsomraden/queries";
import { getForvaltning, getNyckeltal, getStartsida } from "@/lib/innehall/queries";
import { getSenasteUppdateringar } from "@/lib/insatser/queries";

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default async function StartPage() {
  const [texter, forvaltning, nyckeltal, omraden, uppdateringar] = await Promise.all([
    getStartsida(),
    getForvaltning(),
    getNyckeltal(),
    getForstarkningsomraden(),
    getSenasteUppdateringar(5),
  ]);
  return <Startsida texter={texter} forvaltning={forvaltning} nyckeltal={nyckeltal} omraden={omraden} uppdateringar={uppdateringar} />;
}
