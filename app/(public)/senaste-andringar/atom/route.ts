import { atomsvar } from "@/lib/atom";
import { siteUrl } from "@/lib/config";
import { getForvaltning } from "@/lib/innehall/queries";
import { andringsflode, getSenasteAndringar } from "@/lib/insatser/flode";

// Kept in the page cache like the pages (lib/cache.ts). What the build makes without a database
// is a 404 that scripts/app-server.ts removes, so the first request makes the feed.
export const revalidate = 1;

export async function GET() {
  const andringar = await getSenasteAndringar();
  const { namn } = await getForvaltning();
  const sida = { adress: "/senaste-andringar", titel: "Senaste ändringar", undertitel: "De senaste ändringarna i alla insatser" };
  return atomsvar(andringsflode(siteUrl(), sida, andringar, namn));
}
