import type { Metadata } from "next";
import Link from "next/link";
import { FelSammanfattning } from "@/components/forms/fel-sammanfattning";
import { PageHeader } from "@/components/page-header";
import { kanoniskSokstrang } from "@/lib/sok/adress";
import { sok, type Traff } from "@/lib/sok/queries";
import { SOK_MAX_TECKEN, sokfraga } from "@/lib/sok/schema";

export const metadata: Metadata = { title: "Sök", alternates: { canonical: "/sok" }, robots: { index: false } };

const typnamn: Record<Traff["typ"], string> = {
  sida: "Sida",
  omrade: "Förstärkningsområde",
  program: "Program",
  insats: "Insats",
  skola: "Skola",
};

// A language version's label, in its own language.
const sprakversion: Record<Exclude<Traff["sprak"], "sv">, { etikett: string; lang?: string }> = {
  lattlast: { etikett: "Lättläst" },
  en: { etikett: "In English", lang: "en" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Rendered per request, but the same for everyone who asks the same query: proxy.ts sends every
// spelling of a query to one address (lib/sok/adress.ts) and lets nginx share that page.
export default async function SokPage({ searchParams }: Props) {
  const skrivet = [(await searchParams).q].flat()[0] ?? "";
  const tolkad = sokfraga.safeParse(skrivet);
  const q = tolkad.success ? tolkad.data : undefined;
  // Too long: the message, with the text kept to shorten (this answer is never shared).
  const fel = tolkad.error?.issues[0].message;
  const { traffar, menadeDu } = q ? await sok(q) : { traffar: [], menadeDu: null };
  return (
    <>
      <PageHeader titel="Sök på webbplatsen" smulor={[{ href: "/sok", label: "Sök" }]} />
      <FelSammanfattning fel={{ q: fel }} />
      <form action="/sok" method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block font-semibold">
            Vad letar du efter?
          </label>
          {fel && (
            <p id="q-fel" className="font-semibold text-stop">
              {fel}
            </p>
          )}
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q ?? skrivet.trim()}
            maxLength={SOK_MAX_TECKEN}
            aria-invalid={fel ? true : undefined}
            aria-describedby={fel ? "q-fel" : undefined}
            className="mt-1 w-72 rounded-sm border-2 border-ink bg-white px-2 py-1"
          />
        </div>
        <button type="submit" className="rounded-sm bg-brand px-4 py-2 font-semibold text-white">
          Sök
        </button>
      </form>
      {q && (
        <section aria-labelledby="resultat" className="mt-8" data-besok-fraga={q} data-besok-traffar={traffar.length}>
          <h2 id="resultat" className="text-2xl font-bold">
            {traffar.length === 0 ? `Inga träffar på ”${q}”` : `${traffar.length} träffar på ”${q}”`}
          </h2>
          {menadeDu && (
            <p className="mt-2 text-lg">
              Menade du <Link href={`/sok${kanoniskSokstrang(menadeDu)}`}>{menadeDu}</Link>?
            </p>
          )}
          {traffar.length === 0 && (
            <p className="mt-2">
              Prova ett annat eller kortare ord, eller gå till <Link href="/forstarkningsomraden">förstärkningsområdena</Link> eller{" "}
              <Link href="/skolor">skolorna</Link>.
            </p>
          )}
          <ol className="mt-4 space-y-4">
            {traffar.map((t) => (
              <li key={t.href}>
                <p className="text-sm text-muted">
                  {typnamn[t.typ]}
                  {t.sprak !== "sv" && (
                    <>
                      {" · "}
                      <span lang={sprakversion[t.sprak].lang} className="font-semibold text-ink">
                        {sprakversion[t.sprak].etikett}
                      </span>
                    </>
                  )}
                </p>
                <Link href={t.href} lang={t.sprak === "en" ? "en" : undefined} className="text-lg font-semibold">
                  {t.titel}
                </Link>
                <p lang={t.sprak === "en" ? "en" : undefined} className="max-w-prose">
                  {t.utdrag}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
      <noscript>
        {/* The usage figures without JavaScript (README "Besöksstatistik"); the layout's image leaves /sok to this one. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- a counter, not a picture */}
        <img
          src={`/api/besok?s=%2Fsok${q ? `&q=${encodeURIComponent(q)}&t=${traffar.length}` : ""}`}
          alt=""
          width={1}
          height={1}
          className="absolute"
        />
      </noscript>
    </>
  );
}
