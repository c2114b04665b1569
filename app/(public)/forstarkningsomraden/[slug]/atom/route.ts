import { atomsvar } from "@/lib/atom";
import { siteUrl } from "@/lib/config";
import { getForvaltning } from "@/lib/innehall/queries";
import { andringsflode, getOmradetsAndringar } from "@/lib/insatser/flode";

// Kept in the page cache like the pages (lib/cache.ts); none made at build.
export const revalidate = 1;
export async function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const omrade = await getOmradetsAndringar((await params).slug);
  if (!omrade) return atomsvar(null);
  const { namn } = await getForvaltning();
  const sida = {
    adress: `/forstarkningsomraden/${omrade.slug}`,
    titel: omrade.namn,
    undertitel: `Ändringar i insatserna inom förstärkningsområdet ${omrade.namn}`,
  };
  return atomsvar(andringsflode(siteUrl(), sida, omrade.andringar, namn));
}
