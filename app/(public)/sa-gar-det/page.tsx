import type { Metadata } from "next";
import Link from "next/link";
import { Diagram } from "@/components/diagram/diagram";
import { PageHeader } from "@/components/page-header";
import { getSaGarDet } from "@/lib/insatser/oversikt";
import { saGarDetDiagram } from "@/lib/insatser/oversikt-diagram";

export const metadata: Metadata = {
  title: "Så går det",
  description:
    "Hur det går med insatserna i förstärkningsområdena, Jämlikt Göteborg och Framtidsrustad skola: status, ändringar över tid, stadsområden och pilotskolor.",
  alternates: { canonical: "/sa-gar-det" },
};

export default async function SaGarDetPage() {
  const diagram = saGarDetDiagram(await getSaGarDet());
  return (
    <>
      <PageHeader
        titel="Så går det"
        ingress="Hur långt har insatserna kommit? Här är läget i dag för förstärkningsområdena, Jämlikt Göteborg och Framtidsrustad skola, i diagram och i tabeller med samma siffror."
        smulor={[{ href: "/sa-gar-det", label: "Så går det" }]}
      />
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
        </ul>
      </nav>
      {diagram.map((d) => (
        <Diagram key={d.id} {...d} />
      ))}
      <p className="mt-10 max-w-prose">
        Siffrorna finns också som öppna data, som <a href="/api/oppna-data/sa-gar-det.json">JSON</a> och{" "}
        <a href="/api/oppna-data/sa-gar-det.csv">CSV</a>. Varje insats med sin historik finns under{" "}
        <Link href="/oppna-data">Öppna data</Link>.
      </p>
    </>
  );
}
