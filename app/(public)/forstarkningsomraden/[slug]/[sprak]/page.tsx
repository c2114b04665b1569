import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Sidvariant, sprakversionMetadata, type SprakversionOriginal } from "@/components/innehall/sidvariant";
import { getForstarkningsomrade } from "@/lib/forstarkningsomraden/queries";
import { arSprakversion, getPubliceradeSprak, getSprakversion } from "@/lib/innehall/sidvarianter";

// A förstärkningsområde's lättläst (/forstarkningsomraden/<slug>/lattlast) or English (…/en)
// version, as published. Any other third segment is a 404 (atom is its own route).
type Props = { params: Promise<{ slug: string; sprak: string }> };

// None made at build: each is made on its first request and kept in the page cache (lib/cache.ts).
export async function generateStaticParams() {
  return [];
}

async function las(params: Props["params"]) {
  const { slug, sprak } = await params;
  if (!arSprakversion(sprak)) return null;
  const [omrade, varianter, variant] = await Promise.all([
    getForstarkningsomrade(slug),
    getPubliceradeSprak("forstarkningsomrade", slug),
    getSprakversion("forstarkningsomrade", slug, sprak),
  ]);
  if (!omrade || !variant) return null;
  const original: SprakversionOriginal = {
    adress: `/forstarkningsomraden/${omrade.slug}`,
    titel: omrade.namn,
    smulor: [{ href: "/forstarkningsomraden", label: "Förstärkningsområden" }],
    varianter,
  };
  return { original, variant, ingress: omrade.ingress };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = await las(params);
  return r ? sprakversionMetadata(r.original, r.variant, r.ingress) : {};
}

export default async function OmradetsSprakversion({ params }: Props) {
  const r = await las(params);
  if (!r) notFound();
  return <Sidvariant original={r.original} variant={r.variant} />;
}
