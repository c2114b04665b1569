import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { FASTA_SIDOR, publikaSidor } from "@/lib/innehall";
import { sprakalternativ } from "@/lib/innehall/sidvarianter";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const { sidor, omraden, insatser, skolor, versioner } = await publikaSidor(db);
  // hreflang alternates pair Swedish and English.
  const sprakAv = (original: string) => versioner.filter((v) => v.original === original).map((v) => v.sprak);
  const alternativ = (original: string) => {
    const languages = sprakalternativ(original, sprakAv(original));
    return languages
      ? { alternates: { languages: Object.fromEntries(Object.entries(languages).map(([k, v]) => [k, `${base}${v}`])) } }
      : {};
  };
  return [
    ...FASTA_SIDOR.map((p) => ({ url: `${base}${p === "/" ? "" : p}`, ...(p === "/" ? alternativ("/") : {}) })),
    ...sidor.map((s) => ({ url: `${base}/${s.slug}`, lastModified: s.uppdaterad, ...alternativ(`/${s.slug}`) })),
    ...versioner.map((v) => ({
      url: `${base}${v.adress}`,
      lastModified: v.uppdaterad,
      ...(v.sprak === "en" ? alternativ(v.original) : {}),
    })),
    ...omraden.map((o) => ({ url: `${base}/forstarkningsomraden/${o.slug}`, ...alternativ(`/forstarkningsomraden/${o.slug}`) })),
    ...insatser.map((i) => ({ url: `${base}/insatser/${i.slug}`, lastModified: i.andrad })),
    ...skolor.map((s) => ({ url: `${base}/skolor/${s.slug}` })),
  ];
}
