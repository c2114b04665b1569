import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { sprakalternativ } from "@/lib/innehall/sidvarianter";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const [omraden, insatser, skolor, sidor, varianter] = await Promise.all([
    db.forstarkningsomrade.findMany({ select: { slug: true } }),
    db.insats.findMany({ where: { arkiverad: null }, select: { slug: true, andrad: true } }),
    db.skola.findMany({ select: { slug: true } }),
    db.sida.findMany({ select: { slug: true, uppdaterad: true } }),
    db.sidaVariant.findMany({ select: { slug: true, sprak: true, uppdaterad: true } }),
  ]);
  // A page's versions are public only while the page is; hreflang alternates pair Swedish and English.
  const publika = new Set(sidor.map((s) => s.slug));
  const synliga = varianter.filter((v) => publika.has(v.slug));
  const sprakAv = (slug: string) => synliga.filter((v) => v.slug === slug).map((v) => v.sprak);
  const alternativ = (slug: string) => {
    const languages = sprakalternativ(slug, sprakAv(slug));
    return languages
      ? { alternates: { languages: Object.fromEntries(Object.entries(languages).map(([k, v]) => [k, `${base}${v}`])) } }
      : {};
  };
  const fasta = [
    "",
    "/forstarkningsomraden",
    "/jamlikt-goteborg",
    "/framtidsrustad-skola",
    "/skolor",
    "/kontakt",
    "/oppna-data",
    "/sa-gar-det",
    "/senaste-andringar",
  ];
  return [
    ...fasta.map((p) => ({ url: `${base}${p}` })),
    ...sidor.map((s) => ({ url: `${base}/${s.slug}`, lastModified: s.uppdaterad, ...alternativ(s.slug) })),
    ...synliga.map((v) => ({
      url: `${base}/${v.slug}/${v.sprak}`,
      lastModified: v.uppdaterad,
      ...(v.sprak === "en" ? alternativ(v.slug) : {}),
    })),
    ...omraden.map((o) => ({ url: `${base}/forstarkningsomraden/${o.slug}` })),
    ...insatser.map((i) => ({ url: `${base}/insatser/${i.slug}`, lastModified: i.andrad })),
    ...skolor.map((s) => ({ url: `${base}/skolor/${s.slug}` })),
  ];
}
