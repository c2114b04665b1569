import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Sida } from "@/components/innehall/sida";
import { Sidresponsfraga } from "@/components/innehall/sidrespons";
import { getSida } from "@/lib/innehall/queries";
import { sprakalternativ } from "@/lib/innehall/sidvarianter";
import { getAndringsnoter } from "@/lib/innehall/andringsnoter";
import { SenastAndrad } from "@/components/innehall/andringsnot";

// Content pages editors own (Om förvaltningen, Tillgänglighetsredogörelse, …), as published.
type Props = { params: Promise<{ sida: string }> };

// None made at build: each page is made on its first request and kept in the page cache (lib/cache.ts).
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const sida = await getSida((await params).sida);
  if (!sida) return {};
  return {
    title: sida.titel,
    description: sida.ingress,
    alternates: { canonical: `/${sida.slug}`, languages: sprakalternativ(`/${sida.slug}`, sida.varianter) },
  };
}

export default async function SidaPage({ params }: Props) {
  const slug = (await params).sida;
  const [sida, noter] = await Promise.all([getSida(slug), getAndringsnoter(slug)]);
  if (!sida) notFound();
  return (
    <>
      <Sida sida={sida} />
      <SenastAndrad slug={sida.slug} not={noter[0]} />
      <Sidresponsfraga sida={sida.slug} />
    </>
  );
}
