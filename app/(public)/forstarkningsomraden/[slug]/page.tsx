import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InsatsLista } from "@/components/insats-lista";
import { PageHeader } from "@/components/page-header";
import { getForstarkningsomrade } from "@/lib/forstarkningsomraden/queries";
import { getInsatsTrad } from "@/lib/insatser/queries";

type Props = { params: Promise<{ slug: string }> };

// None made at build: each page is made on its first request and kept in the page cache (lib/cache.ts).
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const omrade = await getForstarkningsomrade((await params).slug);
  if (!omrade) return {};
  return { title: omrade.namn, description: omrade.ingress, alternates: { canonical: `/forstarkningsomraden/${omrade.slug}` } };
}

export default async function ForstarkningsomradePage({ params }: Props) {
  const { slug } = await params;
  const omrade = await getForstarkningsomrade(slug);
  if (!omrade) notFound();
  const insatser = await getInsatsTrad({ omradeSlug: slug });
  return (
    <>
      <PageHeader
        titel={omrade.namn}
        ingress={omrade.ingress}
        smulor={[
          { href: "/forstarkningsomraden", label: "Förstärkningsområden" },
          { href: `/forstarkningsomraden/${slug}`, label: omrade.namn },
        ]}
      />
      <section aria-labelledby="syfte">
        <h2 id="syfte" className="text-2xl font-bold">Därför arbetar vi med det</h2>
        <p className="mt-3 max-w-prose">
          {omrade.namn} {omrade.syfte}.
        </p>
      </section>
      <section aria-labelledby="atgarder" className="mt-8">
        <h2 id="atgarder" className="text-2xl font-bold">Det här gör förvaltningen</h2>
        <ul className="mt-3 max-w-prose list-disc space-y-1 pl-6">
          {omrade.atgarder.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
        <p className="mt-4">Inom det här området arbetar vi med att:</p>
        <ul className="mt-2 max-w-prose list-disc space-y-1 pl-6">
          {omrade.arbetsomraden.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="skolorna" className="mt-8">
        <h2 id="skolorna" className="text-2xl font-bold">Så arbetar skolorna</h2>
        {omrade.skolornasArbete.map((p) => (
          <p key={p} className="mt-3 max-w-prose">
            {p}
          </p>
        ))}
      </section>
      <section aria-labelledby="insatser" className="mt-8">
        <h2 id="insatser" className="text-2xl font-bold">Insatser inom området</h2>
        <p className="mt-2">
          Hur det går för insatserna i alla förstärkningsområden, i diagram och tabeller: <Link href="/sa-gar-det">Så går det</Link>.
        </p>
        <InsatsLista insatser={insatser} />
      </section>
      <section aria-labelledby="relaterat" className="mt-10 rounded-sm bg-brand-soft p-5">
        <h2 id="relaterat" className="text-2xl font-bold">Relaterad information</h2>
        <ul className="mt-3 space-y-3">
          {omrade.relateradeLankar.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="font-semibold">
                {l.titel}
              </Link>
              <p>{l.beskrivning}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
