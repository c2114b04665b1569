import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { insatsStatusar } from "@/lib/insatser/status";

export const metadata: Metadata = {
  title: "Öppna data",
  description: "Insatserna med status, framsteg och historik som JSON och CSV, fritt att använda.",
  alternates: { canonical: "/oppna-data" },
};

const falt = [
  ["id", "Insatsens beständiga id (samma som i adressen /insatser/id)."],
  ["titel, beskrivning", "Insatsens namn och beskrivning."],
  ["status", "En av koderna i tabellen nedan."],
  ["progress", "Hur långt arbetet har kommit, 0–100 procent."],
  ["ansvarigEnhet", "Den enhet som ansvarar för insatsen."],
  ["planeradStart", "Planerad start (ÅÅÅÅ-MM-DD), annars tom."],
  ["planeradSlut", "Planerat slut (ÅÅÅÅ-MM-DD), annars tom."],
  ["forsenad", "true när det planerade slutet har passerat (svensk tid) och insatsen inte är klar, annars false."],
  ["senastAndrad", "När insatsen senast ändrades (ISO 8601, UTC)."],
  ["overordnadInsats", "Id för insatsen den är en delinsats av, annars tom."],
  ["program, forstarkningsomrade", "Id för programmet och förstärkningsområdet den hör till, annars tomma."],
  ["skolor", "Id för de skolor insatsen berör (i CSV åtskilda med |)."],
  ["historik", "Daterade uppdateringar: tidpunkt, franStatus, tillStatus, franProgress, tillProgress, kommentar (bara i JSON)."],
];

export default function OppnaDataPage() {
  return (
    <>
      <PageHeader
        titel="Öppna data"
        ingress="Alla insatser med status, framsteg och historik finns som öppna data. Du får använda dem fritt."
        smulor={[{ href: "/oppna-data", label: "Öppna data" }]}
      />
      <section aria-labelledby="filer">
        <h2 id="filer" className="text-2xl font-bold">
          Filer
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>
            <Link href="/api/oppna-data/insatser" prefetch={false}>
              Insatser som JSON
            </Link>{" "}
            (<code>/api/oppna-data/insatser</code>)
          </li>
          <li>
            <Link href="/api/oppna-data/insatser?format=csv" prefetch={false}>
              Insatser som CSV
            </Link>{" "}
            (<code>/api/oppna-data/insatser?format=csv</code>, UTF-8, semikolon som avgränsare)
          </li>
        </ul>
        <h3 className="mt-6 text-xl font-bold">Så går det</h3>
        <p className="mt-2 max-w-prose">
          Siffrorna bakom diagrammen på sidan <Link href="/sa-gar-det">Så går det</Link>: insatser per förstärkningsområde och status,
          statusändringar per månad, insatser per stadsområde och pilotskolornas steg i Framtidsrustad skola.
        </p>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>
            <Link href="/api/oppna-data/sa-gar-det.json" prefetch={false}>
              Så går det som JSON
            </Link>{" "}
            (<code>/api/oppna-data/sa-gar-det.json</code>)
          </li>
          <li>
            <Link href="/api/oppna-data/sa-gar-det.csv" prefetch={false}>
              Så går det som CSV
            </Link>{" "}
            (<code>/api/oppna-data/sa-gar-det.csv</code>, en rad per diagram, grupp och status: kolumnerna diagram, grupp, gruppnamn,
            status, antal)
          </li>
        </ul>
        <p className="mt-3 max-w-prose">Adresserna är stabila. Uppgifterna är aktuella inom några minuter efter en ändring.</p>
      </section>
      <section aria-labelledby="falt" className="mt-8">
        <h2 id="falt" className="text-2xl font-bold">
          Fält
        </h2>
        <table className="mt-3 w-full border-collapse text-left">
          <caption className="sr-only">Fälten i filerna</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink py-2 pr-4">
                Fält
              </th>
              <th scope="col" className="border-b-2 border-ink py-2">
                Betydelse
              </th>
            </tr>
          </thead>
          <tbody>
            {falt.map(([f, b]) => (
              <tr key={f}>
                <td className="border-b border-line py-2 pr-4 font-mono text-sm">{f}</td>
                <td className="border-b border-line py-2">{b}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="statusar" className="mt-8">
        <h2 id="statusar" className="text-2xl font-bold">
          Statuskoder
        </h2>
        <table className="mt-3 w-full border-collapse text-left">
          <caption className="sr-only">Statuskoder och deras betydelse</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink py-2 pr-4">
                Kod
              </th>
              <th scope="col" className="border-b-2 border-ink py-2 pr-4">
                Status
              </th>
              <th scope="col" className="border-b-2 border-ink py-2">
                Betydelse
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(insatsStatusar).map(([kod, s]) => (
              <tr key={kod}>
                <td className="border-b border-line py-2 pr-4 font-mono text-sm">{kod}</td>
                <td className="border-b border-line py-2 pr-4">{s.etikett}</td>
                <td className="border-b border-line py-2">{s.beskrivning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
