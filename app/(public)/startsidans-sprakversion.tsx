import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Sidvariant, sprakversionMetadata, type SprakversionOriginal } from "@/components/innehall/sidvariant";
import { getStartsida } from "@/lib/innehall/queries";
import { getPubliceradeSprak, getSprakversion, type Sprakversion } from "@/lib/innehall/sidvarianter";

// The start page's lättläst (/lattlast) and English (/en) versions: two fixed routes (a page may
// not take either address, lib/innehall/redigera.ts), one page. Each is a 404 until published.

async function las(sprak: Sprakversion) {
  const [texter, varianter, variant] = await Promise.all([
    getStartsida(),
    getPubliceradeSprak("startsida", "startsida"),
    getSprakversion("startsida", "startsida", sprak),
  ]);
  if (!variant) return null;
  const original: SprakversionOriginal = { adress: "/", titel: texter.rubrik, smulor: [], varianter };
  return { original, variant, ingress: texter.ingress };
}

export async function startsidansVersionMetadata(sprak: Sprakversion): Promise<Metadata> {
  const r = await las(sprak);
  return r ? sprakversionMetadata(r.original, r.variant, r.ingress) : {};
}

export async function StartsidansVersion({ sprak }: { sprak: Sprakversion }) {
  const r = await las(sprak);
  if (!r) notFound();
  return <Sidvariant original={r.original} variant={r.variant} />;
}
