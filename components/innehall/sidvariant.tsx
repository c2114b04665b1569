import { PageHeader } from "@/components/page-header";
import { formatDatum } from "@/lib/datum";
import type { Metadata } from "next";
import { sprakadress, sprakalternativ, type SidvariantVy } from "@/lib/innehall/sidvarianter";
import { Sprakval } from "./sprakval";

const engelsktDatum = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Stockholm" });

/**
/** What a version shows of its original: the way back to it and which other versions it has. */
export interface SprakversionOriginal {
  /** The original's address: "/om-forvaltningen", "/", "/forstarkningsomraden/<slug>". */
  adress: string;
  titel: string;
  /** The breadcrumb before the original (a page's parent, "Förstärkningsområden"). */
  smulor: { href: string; label: string }[];
  /** Its published versions ("lattlast", "en"). */
  varianter: readonly string[];
}

/** What a content page's version shows of it. */
export function sidansOriginal(sida: {
  slug: string;
  titel: string;
  foralder: { slug: string; titel: string } | null;
  varianter: string[];
}): SprakversionOriginal {
  return {
    adress: `/${sida.slug}`,
    titel: sida.titel,
    smulor: sida.foralder ? [{ href: `/${sida.foralder.slug}`, label: sida.foralder.titel }] : [],
    varianter: sida.varianter,
  };
}

/**
 * A lättläst or English version (of a page, the start page or an område) as the public sees it;
 * the preview renders the same with a draft. The English text carries lang="en"; the breadcrumb,
 * the links and the site around it stay Swedish (language of parts, WCAG 3.1.2).
 */
export function Sidvariant({ original, variant }: { original: SprakversionOriginal; variant: SidvariantVy }) {
  const en = variant.sprak === "en";
  const lang = en ? "en" : undefined;
  // The start page is the breadcrumb's root already ("Start"): it is not named twice.
  const smulor = [
    ...original.smulor,
    ...(original.adress === "/" ? [] : [{ href: original.adress, label: original.titel }]),
    { href: sprakadress(original.adress, variant.sprak), label: en ? variant.titel : "Lättläst", lang },
  ];
  const uppdaterad = new Date(variant.uppdaterad);
  return (
    <article>
      <PageHeader titel={variant.titel} ingress={variant.ingress || undefined} smulor={smulor} lang={lang} />
      <Sprakval adress={original.adress} aktuell={variant.sprak} varianter={original.varianter} />
      {/* Sanitized on the server by lib/innehall/markdown.ts: no raw HTML, only safe link schemes. */}
      <div className="brodtext" lang={lang} dangerouslySetInnerHTML={{ __html: variant.html }} />
      <p className="mt-10 text-sm text-muted" lang={lang}>
        {en ? "Last updated" : "Senast uppdaterad"}{" "}
        <time dateTime={uppdaterad.toISOString()}>{en ? engelsktDatum.format(uppdaterad) : formatDatum(uppdaterad)}</time>
      </p>
    </article>
  );
}

/** A version's title, description, canonical address and (English) hreflang pairs. */
export function sprakversionMetadata(original: SprakversionOriginal, variant: SidvariantVy, beskrivning: string): Metadata {
  const alternates = {
    canonical: sprakadress(original.adress, variant.sprak),
    languages: variant.sprak === "en" ? sprakalternativ(original.adress, original.varianter) : undefined,
  };
  if (variant.sprak === "lattlast")
    return { title: `${variant.titel} – lättläst`, description: variant.ingress || beskrivning, alternates };
  return {
    title: { absolute: `${variant.titel} – Grundskoleförvaltningen, City of Gothenburg` },
    description: variant.ingress,
    alternates,
    openGraph: { locale: "en_GB", alternateLocale: "sv_SE", siteName: "Grundskoleförvaltningen, City of Gothenburg", type: "website" },
  };
}
