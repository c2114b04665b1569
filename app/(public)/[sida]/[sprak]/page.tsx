import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { sidansOriginal, Sidvariant, sprakversionMetadata } from "@/components/innehall/sidvariant";
import { getSidaUtanUndersidor } from "@/lib/innehall/queries";
import { arSprakversion, getSidvariant } from "@/lib/innehall/sidvarianter";

// A content page's lättläst (/<slug>/lattlast) or English (/<slug>/en) version, as published,
// shown only while the page itself is. Any other second segment is a 404.
type Props = { params: Promise<{ sida: string; sprak: string }> };

// None made at build: each is made on its first request and kept in the page cache (lib/cache.ts).
export async function generateStaticParams() {
  return [];
}

async function las(params: Props["params"]) {
  const { sida: slug, sprak } = await params;
  if (!arSprakversion(sprak)) return null;
  const [sida, variant] = await Promise.all([getSidaUtanUndersidor(slug), getSidvariant(slug, sprak)]);
  return sida && variant ? { sida, variant } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = await las(params);
  return r ? sprakversionMetadata(sidansOriginal(r.sida), r.variant, r.sida.ingress) : {};
}

export default async function SprakversionSida({ params }: Props) {
  const r = await las(params);
  if (!r) notFound();
  return <Sidvariant original={sidansOriginal(r.sida)} variant={r.variant} />;
}
