import Link from "next/link";
import { formatDatum } from "@/lib/datum";

/** The significant changes editors noted on the site's pages, on /senaste-andringar. */
export function SenasteInnehallsandringar({
  andringar,
}: {
  andringar: { typ: string; nyckel: string; titel: string; adress: string; tidpunkt: string; not: string }[];
}) {
  if (andringar.length === 0) return null;
  return (
    <section aria-labelledby="sidornas-andringar" className="mt-10">
      <h2 id="sidornas-andringar" className="text-2xl font-bold">
        Ändringar på webbplatsens sidor
      </h2>
      <p className="mt-2 max-w-prose">Väsentliga ändringar av sidornas innehåll, nyast först, med redaktörens ändringsnot.</p>
      <ol className="mt-4 divide-y divide-line border-y border-line">
        {andringar.map((a) => (
          <li key={`${a.typ}/${a.nyckel}/${a.tidpunkt}`} className="py-4">
            <p className="text-sm text-muted">
              <time dateTime={a.tidpunkt}>{formatDatum(a.tidpunkt)}</time>
            </p>
            <h3 className="text-lg font-bold">
              <Link href={a.adress}>{a.titel}</Link>
            </h3>
            <p className="mt-1 max-w-prose">{a.not}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
