import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InsatsLista } from "@/components/insats-lista";
import { PageHeader } from "@/components/page-header";
import { getInsatsTrad } from "@/lib/insatser/queries";
import { getProgram } from "@/lib/program/queries";

export const metadata: Metadata = {
  title: "Jämlikt Göteborg – Goda uppväxtvillkor genom skolåren",
  description: "Målområde 2 i Jämlikt Göteborg: målet, skolans grunduppdrag, de vägledande utgångspunkterna och insatserna med status.",
  alternates: { canonical: "/jamlikt-goteborg" },
};

export default async function JamliktGoteborgPage() {
  const program = await getProgram("jamlikt-goteborg");
  if (!program) notFound();
  const insatser = await getInsatsTrad({ programSlug: program.slug });
  const punkter = (kategori: string) => program.punkter.filter((p) => p.kategori === kategori);
  return (
    <>
      <PageHeader
        titel={`${program.namn} – ${program.undertitel.replace(/^Målområde 2 – /, "")}`}
        ingress={program.ingress}
        smulor={[{ href: "/jamlikt-goteborg", label: "Jämlikt Göteborg" }]}
      />
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{program.undertitel}</p>
      {program.beskrivning.map((p) => (
        <p key={p} className="mt-3 max-w-prose">
          {p}
        </p>
      ))}
      <section aria-labelledby="grunduppdrag" className="mt-8 rounded-sm bg-brand-soft p-5">
        <h2 id="grunduppdrag" className="text-2xl font-bold">Skolans grunduppdrag – ”Folkhälsobiljetten”</h2>
        {punkter("GRUNDUPPDRAG").map((p) => (
          <p key={p.id} className="mt-3 max-w-prose">
            {p.text}
          </p>
        ))}
      </section>
      <section aria-labelledby="utgangspunkter" className="mt-8">
        <h2 id="utgangspunkter" className="text-2xl font-bold">Vägledande utgångspunkter</h2>
        <p className="mt-3">Fokusera på tidiga insatser:</p>
        <ul className="mt-2 max-w-prose list-disc space-y-1 pl-6">
          {punkter("UTGANGSPUNKT").map((p) => (
            <li key={p.id}>{p.text}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="insatser" className="mt-8">
        <h2 id="insatser" className="text-2xl font-bold">Insatser i målområde 2</h2>
        <p className="mt-2 max-w-prose">
          Varje insats visar sin status och hur långt arbetet har kommit. Följ länken för att se delinsatser och hela
          historiken.
        </p>
        <InsatsLista insatser={insatser} />
      </section>
    </>
  );
}
