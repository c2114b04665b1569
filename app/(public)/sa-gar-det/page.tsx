import type { Metadata } from "next";
import Link from "next/link";
import { Diagram } from "@/components/diagram/diagram";
import { Bevakalank } from "@/components/bevakalank";
import { PageHeader } from "@/components/page-header";
import { formatDatum } from "@/lib/datum";
import { getSaGarDet } from "@/lib/insatser/oversikt";
import { saGarDetDiagram } from "@/lib/insatser/oversikt-diagram";

export const metadata: Metadata = {
  title: "Så går det",
  description:
    "Hur det går med insatserna i förstärkningsområdena, Jämlikt Göteborg och Framtidsrustad skola: status, ändringar över tid, stadsområden och pilotskolor.",
  alternates: { canonical: "/sa-gar-det" },
};

export default async function SaGarDetPage() {
  const siffror = await getSaGarDet();
  const diagram = saGarDetDiagram(siffror);
  const forsenade = siffror.forsenade;
  return (
    <>
      <PageHeader
        titel="Så går det"
        ingress="Hur långt har insatserna kommit? Här är läget i dag för förstärkningsområdena, Jämlikt Göteborg och Framtidsrustad skola, i diagram och i tabeller med samma siffror."
        smulor={[{ href: "/sa-gar-det", label: "Så går det" }]}
      />
      <Bevakalank fraga="allt=1" vad="en insats" />
      <nav aria-labelledby="innehall" className="no-print">
        <h2 id="innehall" className="text-lg font-bold">
          På sidan
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {diagram.map((d) => (
            <li key={d.id}>
              <a href={`#${d.id}-rubrik`}>{d.rubrik}</a>
            </li>
          ))}
          <li>
            <a href="#forsenade">Försenade insatser</a>
          </li>
        </ul>
      </nav>
      {diagram.map((d) => (
        <Diagram key={d.id} {...d} />
      ))}
      <section aria-labelledby="forsenade" className="mt-10">
        <h2 id="forsenade" className="text-2xl font-bold">
          Försenade insatser
        </h2>
        <p className="mt-2 max-w-prose">
          {forsenade.length === 0
            ? "Ingen insats är försenad: ingen har passerat sitt planerade slut utan att vara klar."
            : `${forsenade.length === 1 ? "En insats har" : `${forsenade.length} insatser har`} passerat sitt planerade slut utan att vara klar.`}
        </p>
        {forsenade.length > 0 && (
          <ul className="mt-3 list-disc pl-6">
            {forsenade.map((i) => (
              <li key={i.slug}>
                <Link href={`/insatser/${i.slug}`}>{i.titel}</Link>, planerad att vara klar {formatDatum(`${i.planeradSlut}T12:00:00Z`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="mt-10 max-w-prose">
        Siffrorna finns också som öppna data, som <a href="/api/oppna-data/sa-gar-det.json">JSON</a> och{" "}
        <a href="/api/oppna-data/sa-gar-det.csv">CSV</a>. Varje insats med sin historik finns under{" "}
        <Link href="/oppna-data">Öppna data</Link>.
      </p>
    </>
  );
}
