import Link from "next/link";
import { Atomlank } from "@/components/atomlank";
import { Bevakalank } from "@/components/bevakalank";
import { InsatsLista } from "@/components/insats-lista";
import { PageHeader } from "@/components/page-header";
import type { getInsatsTrad } from "@/lib/insatser/queries";
import { Sprakval } from "./sprakval";

export interface ForstarkningsomradeVy {
  slug: string;
  namn: string;
  syfte: string;
  ingress: string;
  atgarder: string[];
  arbetsomraden: string[];
  skolornasArbete: string[];
  relateradeLankar: { titel: string; href: string; beskrivning: string }[];
}

/** A förstärkningsområde's page; the preview renders the same with a draft. */
export function Forstarkningsomrade({
  omrade,
  insatser,
  varianter = [],
}: {
  omrade: ForstarkningsomradeVy;
  insatser: Awaited<ReturnType<typeof getInsatsTrad>>;
  /** Its published lättläst and English versions, linked under the heading. */
  varianter?: readonly string[];
}) {
  const { slug } = omrade;
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
      <Sprakval adress={`/forstarkningsomraden/${slug}`} aktuell="sv" varianter={varianter} />
      <section aria-labelledby="syfte">
        <h2 id="syfte" className="text-2xl font-bold">
          Därför arbetar vi med det
        </h2>
        <p className="mt-3 max-w-prose">
          {omrade.namn} {omrade.syfte}.
        </p>
      </section>
      <section aria-labelledby="atgarder" className="mt-8">
        <h2 id="atgarder" className="text-2xl font-bold">
          Det här gör förvaltningen
        </h2>
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
        <h2 id="skolorna" className="text-2xl font-bold">
          Så arbetar skolorna
        </h2>
        {omrade.skolornasArbete.map((p) => (
          <p key={p} className="mt-3 max-w-prose">
            {p}
          </p>
        ))}
      </section>
      <section aria-labelledby="insatser" className="mt-8">
        <h2 id="insatser" className="text-2xl font-bold">
          Insatser inom området
        </h2>
        <p className="mt-2">
          Hur det går för insatserna i alla förstärkningsområden, i diagram och tabeller: <Link href="/sa-gar-det">Så går det</Link>.
        </p>
        <InsatsLista insatser={insatser} />
        <Atomlank adress={`/forstarkningsomraden/${omrade.slug}`} vad="ändringarna i områdets insatser" />
        <Bevakalank fraga={`omrade=${omrade.slug}`} vad="en insats i området" />
      </section>
      {omrade.relateradeLankar.length > 0 && (
        <section aria-labelledby="relaterat" className="mt-10 rounded-sm bg-brand-soft p-5">
          <h2 id="relaterat" className="text-2xl font-bold">
            Relaterad information
          </h2>
          <ul className="mt-3 space-y-3">
            {omrade.relateradeLankar.map((l, i) => (
              <li key={`${i}-${l.href}`}>
                {/* An editor's address is checked when saved (lib/innehall/listor.ts): internal or http(s) only. */}
                {l.href.startsWith("/") ? (
                  <Link href={l.href} className="font-semibold">
                    {l.titel}
                  </Link>
                ) : (
                  <a href={l.href} className="font-semibold">
                    {l.titel}
                  </a>
                )}
                {l.beskrivning && <p>{l.beskrivning}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
