import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/config";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const [omraden, insatser, skolor, sidor] = await Promise.all([
    db.forstarkningsomrade.findMany({ select: { slug: true } }),
    db.insats.findMany({ where: { arkiverad: null }, select: { slug: true, andrad: true } }),
    db.skola.findMany({ select: { slug: true } }),
    db.sida.findMany({ select: { slug: true, uppdaterad: true } }),
  ]);
  const fasta = ["", "/forstarkningsomraden", "/jamlikt-goteborg", "/framtidsrustad-skola", "/skolor", "/kontakt", "/oppna-data", "/sa-gar-det"];
  return [
    ...fasta.map((p) => ({ url: `${base}${p}` })),
    ...sidor.map((s) => ({ url: `${base}/${s.slug}`, lastModified: s.uppdaterad })),
    ...omraden.map((o) => ({ url: `${base}/forstarkningsomraden/${o.slug}` })),
    ...insatser.map((i) => ({ url: `${base}/insatser/${i.slug}`, lastModified: i.andrad })),
    ...skolor.map((s) => ({ url: `${base}/skolor/${s.slug}` })),
  ];
}
