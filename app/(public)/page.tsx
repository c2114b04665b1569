import type { Metadata } from "next";
import { Startsida } from "@/components/innehall/startsida";
import { getForstarkningsomraden } from "@/lib/forstarkningsomraden/queries";
import { getForvaltning, getNyckeltal, getStartsida } from "@/lib/innehall/queries";
import { getPubliceradeSprak, sprakalternativ } from "@/lib/innehall/sidvarianter";
import { getSenasteUppdateringar } from "@/lib/insatser/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: { canonical: "/", languages: sprakalternativ("/", await getPubliceradeSprak("startsida", "startsida")) } };
}

export default async function StartPage() {
  const [texter, forvaltning, nyckeltal, omraden, uppdateringar, varianter] = await Promise.all([
    getStartsida(),
    getForvaltning(),
    getNyckeltal(),
    getForstarkningsomraden(),
    getSenasteUppdateringar(5),
    getPubliceradeSprak("startsida", "startsida"),
  ]);
  return (
    <Startsida
      texter={texter}
      forvaltning={forvaltning}
      nyckeltal={nyckeltal}
      omraden={omraden}
      uppdateringar={uppdateringar}
      varianter={varianter}
    />
  );
}
