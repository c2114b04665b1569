import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { sokSchema } from "@/lib/sok/schema";
import { sok, type Traff } from "@/lib/sok/queries";

export const metadata: Metadata = { title: "Sök", alternates: { canonical: "/sok" }, robots: { index: false } };

const typnamn: Record<Traff["typ"], string> = {
  sida: "Sida",
  omrade: "Förstärkningsområde",
  program: "Program",
  insats: "Insats",
  skola: "Skola",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SokPage({ searchParams }: Props) {
  const { q } = sokSchema.parse(await searchParams);
  const traffar = q ? await sok(q) : [];
  return (
    <>
      <PageHeader titel="Sök på webbplatsen" smulor={[{ href: "/sok", label: "Sök" }]} />
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block font-semibold">Vad letar du efter?</label>
          <input id="q" name="q" type="search" defaultValue={q ?? ""} maxLength={200} className="mt-1 w-72 rounded-sm border-2 border-ink bg-white px-2 py-1" />
        </div>
        <button type="submit" className="rounded-sm bg-brand px-4 py-2 font-semibold text-white">Sök</button>
      </form>
      {q && (
        <section aria-labelledby="resultat" className="mt-8">
          <h2 id="resultat" className="text-2xl font-bold">
            {traffar.length === 0 ? `Inga träffar på ”${q}”` : `${traffar.length} träffar på ”${q}”`}
          </h2>
          {traffar.length === 0 && (
            <p className="mt-2">Prova ett annat eller kortare ord, eller gå till <Link href="/forstarkningsomraden">förstärkningsområdena</Link> eller <Link href="/skolor">skolorna</Link>.</p>
          )}
          <ol className="mt-4 space-y-4">
            {traffar.map((t) => (
              <li key={t.href}>
                <p className="text-sm text-muted">{typnamn[t.typ]}</p>
                <Link href={t.href} className="text-lg font-semibold">{t.titel}</Link>
                <p className="max-w-prose">{t.utdrag}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
