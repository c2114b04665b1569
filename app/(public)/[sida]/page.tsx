import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Sida } from "@/components/innehall/sida";
import { getSida } from "@/lib/innehall/queries";

// Content pages editors own (Om förvaltningen, Tillgänglighetsredogörelse, …), as published.
type Props = { params: Promise<{ sida: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const sida = await getSida((await params).sida);
  if (!sida) return {};
  return { title: sida.titel, description: sida.ingress, alternates: { canonical: `/${sida.slug}` } };
}

export default async function SidaPage({ params }: Props) {
  const sida = await getSida((await params).sida);
  if (!sida) notFound();
  return <Sida sida={sida} />;
}
