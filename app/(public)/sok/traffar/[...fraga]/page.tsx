import { notFound } from "next/navigation";
import { fragaFranSokvag } from "@/lib/sok/adress";
import { sok } from "@/lib/sok/queries";
import { SokVy, sokMetadata } from "../../sok-vy";

// The results for /sok?q=…: proxy.ts puts the canonical query in this path (lib/sok/adress.ts),
// so each query is one page in the page cache, made on its first request (lib/cache.ts).
export const metadata = sokMetadata;

export async function generateStaticParams() {
  return [];
}

export default async function SokTraffarPage({ params }: { params: Promise<{ fraga: string[] }> }) {
  const q = fragaFranSokvag((await params).fraga);
  if (!q) notFound();
  return <SokVy q={q} traffar={await sok(q)} />;
}
