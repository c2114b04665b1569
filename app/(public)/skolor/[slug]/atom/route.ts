import { atomsvar } from "@/lib/atom";
import { siteUrl } from "@/lib/config";
import { getForvaltning } from "@/lib/innehall/queries";
import { andringsflode, getSkolansAndringar } from "@/lib/insatser/flode";

// Kept in the page cache like the pages (lib/cache.ts); none made at build.
export const revalidate = 1;
export async function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const skola = await getSkolansAndringar((await params).slug);
  if (!skola) return atomsvar(null);
  const { namn } = await getForvaltning();
  const sida = { adress: `/skolor/${skola.slug}`, titel: skola.namn, undertitel: `Ändringar i insatserna som berör ${skola.namn}` };
  return atomsvar(andringsflode(siteUrl(), sida, skola.andringar, namn));
}
