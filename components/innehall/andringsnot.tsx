import Link from "next/link";
import { formatDatum } from "@/lib/datum";
import type { Andringsnot } from "@/lib/innehall/andringsnoter";

/** "Senast ändrad <datum>: <not> – Se alla ändringar", from the page's latest significant change. */
export function SenastAndrad({ slug, not }: { slug: string; not: Andringsnot | undefined }) {
  if (!not) return null;
  return (
    <p className="mt-6 max-w-prose rounded-sm border-l-4 border-brand-soft bg-white p-3">
      Senast ändrad <time dateTime={not.tidpunkt}>{formatDatum(not.tidpunkt)}</time>: {not.not} –{" "}
      <Link href={`/${slug}/andringar`}>Se alla ändringar</Link>
    </p>
  );
}
