import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Sektioner } from "@/components/sektioner";
import { formatDatum } from "@/lib/datum";
import { getSida } from "@/lib/innehall/queries";

// Content pages kept in the database (Om förvaltningen, Tillgänglighetsredogörelse, …).
type Props = { params: Promise<{ sida: string }> };

// None made at build: each page is made on its first request and kept in the page cache (lib/cache.ts).
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const sida = await getSida((await params).sida);
  if (!sida) return {};
  return { title: sida.titel, description: sida.ingress, alternates: { canonical: `/${sida.slug}` } };
}

export default async function SidaPage({ params }: Props) {
  const sida = await getSida((await params).sida);
  if (!sida) notFound();
  return (
    <article>
      <PageHeader titel={sida.titel} ingress={sida.ingress} smulor={[{ href: `/${sida.slug}`, label: sida.titel }]} />
      <Sektioner sektioner={sida.sektioner} />
      <p className="mt-10 text-sm text-muted">
        Senast uppdaterad <time dateTime={String(sida.uppdaterad)}>{formatDatum(sida.uppdaterad)}</time>
      </p>
    </article>
  );
}
