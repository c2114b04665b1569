import { atomsvar } from "@/lib/atom";
import { siteUrl } from "@/lib/config";
import { getForvaltning } from "@/lib/innehall/queries";
import { andringsflode, getInsatsensAndringar } from "@/lib/insatser/flode";

// Kept in the page cache like the pages (lib/cache.ts): made on the first request, expired with
// the insatser's tag. None made at build, which has no database.
export const revalidate = 1;
export async function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const insats = await getInsatsensAndringar((await params).slug);
  if (!insats) return atomsvar(null);
  const { namn } = await getForvaltning();
  const sida = { adress: `/insatser/${insats.slug}`, titel: insats.titel, undertitel: `Ändringar i insatsen ${insats.titel}` };
  return atomsvar(andringsflode(siteUrl(), sida, insats.andringar, namn));
}
