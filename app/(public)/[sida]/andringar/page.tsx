import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { formatDatum } from "@/lib/datum";
import { getAndringsnoter } from "@/lib/innehall/andringsnoter";
import { getSidaUtanUndersidor } from "@/lib/innehall/queries";

// A content page's public list of significant changes: the date and the editor's note, newest
// first. Never drafts, texts or diffs. Shown while the page itself is public.
type Props = { params: Promise<{ sida: string }> };

// None made at build: each is made on its first request and kept in the page cache (lib/cache.ts).
export async function generateStaticParams() {
  return [];
}

async function las(params: Props["params"]) {
  const { sida: slug } = await params;
  const [sida, noter] = await Promise.all([getSidaUtanUndersidor(slug), getAndringsnoter(slug)]);
  return sida ? { sida, noter } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = await las(params);
  if (!r) return {};
  return {
    title: `Ändringar i ${r.sida.titel}`,
    description: `Väsentliga ändringar av sidan ${r.sida.titel}, med datum.`,
    alternates: { canonical: `/${r.sida.slug}/andringar` },
  };
}

export default async function Andringar({ params }: Props) {
  const r = await las(params);
  if (!r) notFound();
  const { sida, noter } = r;
  return (
    <>
      <PageHeader
        titel={`Ändringar i ${sida.titel}`}
        smulor={[
          { href: `/${sida.slug}`, label: sida.titel },
          { href: `/${sida.slug}/andringar`, label: "Ändringar" },
        ]}
      />
      <p className="max-w-prose">
        Här står de väsentliga ändringarna av sidan <Link href={`/${sida.slug}`}>{sida.titel}</Link>, nyast först. Mindre ändringar, som
        stavning och formuleringar, står inte här.
      </p>
      {noter.length === 0 ? (
        <p className="mt-6">Sidan har inga väsentliga ändringar ännu.</p>
      ) : (
        <ol className="mt-6 max-w-prose space-y-3">
          {noter.map((n) => (
            <li key={n.tidpunkt} className="border-l-4 border-brand-soft pl-3">
              <p className="text-sm text-muted">
                <time dateTime={n.tidpunkt}>{formatDatum(n.tidpunkt)}</time>
              </p>
              <p>{n.not}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
