import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forstarkningsomrade } from "@/components/innehall/forstarkningsomrade";
import { atomAlternativ } from "@/components/atomlank";
import { getForstarkningsomrade } from "@/lib/forstarkningsomraden/queries";
import { getInsatsTrad } from "@/lib/insatser/queries";
import { getNiSaViGjorde } from "@/lib/innehall/ni-sa-vi-gjorde";
import { NiSaViGjorde } from "@/components/ni-sa/ni-sa-vi-gjorde";
import { getPubliceradeSprak, sprakalternativ } from "@/lib/innehall/sidvarianter";

type Props = { params: Promise<{ slug: string }> };

// None made at build: each page is made on its first request and kept in the page cache (lib/cache.ts).
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [omrade, varianter] = await Promise.all([getForstarkningsomrade(slug), getPubliceradeSprak("forstarkningsomrade", slug)]);
  if (!omrade) return {};
  const adress = `/forstarkningsomraden/${omrade.slug}`;
  return {
    title: omrade.namn,
    description: omrade.ingress,
    alternates: {
      canonical: adress,
      languages: sprakalternativ(adress, varianter),
      types: atomAlternativ(adress, `Ändringar i insatserna inom ${omrade.namn}`),
    },
  };
}

export default async function ForstarkningsomradePage({ params }: Props) {
  const { slug } = await params;
  const omrade = await getForstarkningsomrade(slug);
  if (!omrade) notFound();
  const [insatser, niSa, varianter] = await Promise.all([
    getInsatsTrad({ omradeSlug: slug }),
    getNiSaViGjorde(slug),
    getPubliceradeSprak("forstarkningsomrade", slug),
  ]);
  return (
    <>
      <Forstarkningsomrade omrade={omrade} insatser={insatser} varianter={varianter} />
      <NiSaViGjorde html={niSa?.html ?? null} />
    </>
  );
}
