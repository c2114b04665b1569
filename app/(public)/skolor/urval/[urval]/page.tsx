import { notFound } from "next/navigation";
import { filterFranSegment } from "@/lib/skolor/adress";
import { SkolVy, skolorMetadata } from "../../skol-vy";

// The list for /skolor?stadsomrade=…&arskurs=…&pilot=ja: proxy.ts puts the canonical filters in
// this path (lib/skolor/adress.ts), so each choice is one page in the page cache (lib/cache.ts).
export const metadata = skolorMetadata;

export async function generateStaticParams() {
  return [];
}

export default async function SkolurvalPage({ params }: { params: Promise<{ urval: string }> }) {
  const filter = filterFranSegment((await params).urval);
  if (!filter) notFound();
  return <SkolVy filter={filter} />;
}
