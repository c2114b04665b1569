import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { formatDatum } from "@/lib/datum";
import type { SidaVy } from "@/lib/innehall/queries";
import { Sprakval } from "./sprakval";

/** A content page as the public sees it; the preview renders the same with a draft. */
export function Sida({ sida }: { sida: SidaVy }) {
  const smulor = [
    ...(sida.foralder ? [{ href: `/${sida.foralder.slug}`, label: sida.foralder.titel }] : []),
    { href: `/${sida.slug}`, label: sida.titel },
  ];
  return (
    <article>
      <PageHeader titel={sida.titel} ingress={sida.ingress || undefined} smulor={smulor} />
      <Sprakval adress={`/${sida.slug}`} aktuell="sv" varianter={sida.varianter} />
      {/* Sanitized on the server by lib/innehall/markdown.ts: no raw HTML, only safe link schemes. */}
      <div className="brodtext" dangerouslySetInnerHTML={{ __html: sida.html }} />
      {sida.undersidor.length > 0 && (
        <nav aria-labelledby="undersidor" className="mt-10">
          <h2 id="undersidor" className="text-2xl font-bold">
            Mer om {sida.titel.charAt(0).toLowerCase() + sida.titel.slice(1)}
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {sida.undersidor.map((u) => (
              <li key={u.slug}>
                <Link href={`/${u.slug}`}>{u.titel}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p className="mt-10 text-sm text-muted">
        Senast uppdaterad <time dateTime={new Date(sida.uppdaterad).toISOString()}>{formatDatum(sida.uppdaterad)}</time>
      </p>
    </article>
  );
}
