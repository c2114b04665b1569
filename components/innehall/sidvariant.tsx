import { PageHeader } from "@/components/page-header";
import { formatDatum } from "@/lib/datum";
import type { SidaVy } from "@/lib/innehall/queries";
import type { SidvariantVy } from "@/lib/innehall/sidvarianter";
import { Sprakval } from "./sprakval";

const engelsktDatum = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Stockholm" });

/**
 * A page's lättläst or English version as the public sees it; the preview renders the same with a
 * draft. The English text carries lang="en"; the breadcrumb, the links and the site around it
 * stay Swedish (language of parts, WCAG 3.1.2).
 */
export function Sidvariant({ sida, variant }: { sida: SidaVy; variant: SidvariantVy }) {
  const en = variant.sprak === "en";
  const lang = en ? "en" : undefined;
  const smulor = [
    ...(sida.foralder ? [{ href: `/${sida.foralder.slug}`, label: sida.foralder.titel }] : []),
    { href: `/${sida.slug}`, label: sida.titel },
    { href: `/${sida.slug}/${variant.sprak}`, label: en ? variant.titel : "Lättläst", lang },
  ];
  const uppdaterad = new Date(variant.uppdaterad);
  return (
    <article>
      <PageHeader titel={variant.titel} ingress={variant.ingress || undefined} smulor={smulor} lang={lang} />
      <Sprakval slug={sida.slug} aktuell={variant.sprak} varianter={sida.varianter} />
      {/* Sanitized on the server by lib/innehall/markdown.ts: no raw HTML, only safe link schemes. */}
      <div className="brodtext" lang={lang} dangerouslySetInnerHTML={{ __html: variant.html }} />
      <p className="mt-10 text-sm text-muted" lang={lang}>
        {en ? "Last updated" : "Senast uppdaterad"}{" "}
        <time dateTime={uppdaterad.toISOString()}>{en ? engelsktDatum.format(uppdaterad) : formatDatum(uppdaterad)}</time>
      </p>
    </article>
  );
}
