import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { sprakadress, sprakalternativ } from "@/lib/innehall/sidvarianter";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const [omraden, insatser, skolor, sidor, varianter] = await Promise.all([
    db.forstarkningsomrade.findMany({ select: { slug: true } }),
    db.insats.findMany({ where: { arkiverad: null }, select: { slug: true, andrad: true } }),
    db.skola.findMany({ select: { slug: true } }),
    db.sida.findMany({ select: { slug: true, uppdaterad: true } }),
    db.sidaVariant.findMany({ select: { av: true, slug: true, sprak: true, uppdaterad: true } }),
  ]);
  // A version is public only while its original is; hreflang alternates pair Swedish and English.
  const publika = new Set([
    ...sidor.map((s) => `sida:${s.slug}`),
    "startsida:startsida",
    ...omraden.map((o) => `forstarkningsomrade:${o.slug}`),
  ]);
  const adress = (v: { av: string; slug: string }) =>
    v.av === "startsida" ? "/" : v.av === "forstarkningsomrade" ? `/forstarkningsomraden/${v.slug}` : `/${v.slug}`;
  const synliga = varianter.filter((v) => publika.has(`${v.av}:${v.slug}`)).map((v) => ({ ...v, adress: adress(v) }));
  const sprakAv = (original: string) => synliga.filter((v) => v.adress === original).map((v) => v.sprak);
  const alternativ = (original: string) => {
    const languages = sprakalternativ(original, sprakAv(original));
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
    ...fasta.map((p) => ({ url: `${base}${p}`, ...(p === "" ? alternativ("/") : {}) })),
    ...sidor.map((s) => ({ url: `${base}/${s.slug}`, lastModified: s.uppdaterad, ...alternativ(`/${s.slug}`) })),
    ...synliga.map((v) => ({
      url: `${base}${sprakadress(v.adress, v.sprak)}`,
      lastModified: v.uppdaterad,
      ...(v.sprak === "en" ? alternativ(v.adress) : {}),
    })),
    ...omraden.map((o) => ({ url: `${base}/forstarkningsomraden/${o.slug}`, ...alternativ(`/forstarkningsomraden/${o.slug}`) })),
    ...insatser.map((i) => ({ url: `${base}/insatser/${i.slug}`, lastModified: i.andrad })),
    ...skolor.map((s) => ({ url: `${base}/skolor/${s.slug}` })),
  ];
}
