import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InsatsLista } from "@/components/insats-lista";
import { PageHeader } from "@/components/page-header";
import { getInsatsTrad } from "@/lib/insatser/queries";
import { getProgram } from "@/lib/program/queries";
import { getSkolor } from "@/lib/skolor/queries";
import { arskurser, stadsomraden } from "@/lib/skolor/stadsomrade";

export const metadata: Metadata = {
  title: "Framtidsrustad skola",
  description: "Samverkansprojektet Framtidsrustad skola: syfte, delar, erbjudandet om processtöd och pilotskolorna.",
  alternates: { canonical: "/framtidsrustad-skola" },
};

export default async function FramtidsrustadSkolaPage() {
  const program = await getProgram("framtidsrustad-skola");
  if (!program) notFound();
  const [insatser, pilotskolor] = await Promise.all([
    getInsatsTrad({ programSlug: program.slug }),
    getSkolor({ pilot: "ja" }),
  ]);
  const punkter = (kategori: string) => program.punkter.filter((p) => p.kategori === kategori);
  return (
    <>
      <PageHeader titel={program.namn} ingress={program.ingress} smulor={[{ href: "/framtidsrustad-skola", label: program.namn }]} />
      <section aria-labelledby="syfte">
        <h2 id="syfte" className="text-2xl font-bold">Syfte</h2>
        {program.beskrivning.map((p) => (
          <p key={p} className="mt-3 max-w-prose">
            {p}
          </p>
        ))}
      </section>
      <section aria-labelledby="gruppen" className="mt-8">
        <h2 id="gruppen" className="text-2xl font-bold">Den strategiska utvecklingsgruppen ansvarar för att</h2>
        <ul className="mt-3 max-w-prose list-disc space-y-1 pl-6">
          {punkter("STRATEGISK_GRUPP_UPPDRAG").map((p) => (
            <li key={p.id}>{p.text}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="delar" className="mt-8">
        <h2 id="delar" className="text-2xl font-bold">Projektets delar</h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {program.delar.map((d) => (
            <section key={d.slug} aria-labelledby={`del-${d.slug}`} className="rounded-sm border border-line bg-white p-5">
              <h3 id={`del-${d.slug}`} className="text-lg font-bold">{d.namn}</h3>
              <p className="mt-2">{d.beskrivning}</p>
            </section>
          ))}
        </div>
      </section>
      <section aria-labelledby="processtod" className="mt-8 rounded-sm bg-brand-soft p-5">
        <h2 id="processtod" className="text-2xl font-bold">Erbjudande om processtöd till kommunala grundskolor</h2>
        <ul className="mt-3 max-w-prose list-disc space-y-2 pl-6">
          {punkter("PROCESSTOD").map((p) => (
            <li key={p.id}>{p.text}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pilotskolor" className="mt-8">
        <h2 id="pilotskolor" className="text-2xl font-bold">Pilotskolor</h2>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2">
          {pilotskolor.map((s) => (
            <li key={s.slug} className="rounded-sm border border-line bg-white p-3">
              <Link href={`/skolor/${s.slug}`} className="font-semibold">{s.namn}</Link>
              <p className="text-sm text-muted">
                {stadsomraden[s.stadsomrade]}, årskurs {arskurser(s.arskursFran, s.arskursTill)}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="insatser" className="mt-8">
        <h2 id="insatser" className="text-2xl font-bold">Insatser i projektet</h2>
        <InsatsLista insatser={insatser} />
      </section>
    </>
  );
}
