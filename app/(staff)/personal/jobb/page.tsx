import { Tabellram } from "@/components/tabellram";
import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import { jobb } from "@/lib/jobb";
import { hurOfta } from "@/lib/jobb/deklaration";
import { jobbMedKorningar } from "@/lib/jobb/korare";

export const metadata = { title: "Bakgrundsjobb" };

const tid = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Stockholm" });
const sekunder = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 });

function Tid({ d }: { d: Date }) {
  return (
    <time dateTime={d.toISOString()} className="whitespace-nowrap">
      {tid.format(d)}
    </time>
  );
}

export default async function Bakgrundsjobb() {
  await requirePage("jobb.lasa");
  const rader = await jobbMedKorningar(db, jobb);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Bakgrundsjobb</h1>
      <p className="mt-2 max-w-prose">
        Det portalen gör av sig själv, på varje instans. Tabellen visar varje jobbs senaste körning, på vilken instans som helst, och det
        senaste felet. Tider i svensk tid.
      </p>
      <Tabellram namn="Bakgrundsjobb" className="mt-6">
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">Bakgrundsjobben och deras senaste körning</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink p-2">
                Jobb
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                Hur ofta
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                Senaste körning
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                Resultat
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                Senaste fel
              </th>
            </tr>
          </thead>
          <tbody>
            {rader.map(({ jobb: j, korning: k }) => (
              <tr key={j.namn} className="align-top">
                <th scope="row" className="border-b border-line p-2 font-normal">
                  <span className="block font-mono text-sm font-semibold">{j.namn}</span>
                  <span className="block max-w-prose">{j.beskrivning}</span>
                </th>
                <td className="border-b border-line p-2">
                  {hurOfta(j)}
                  {j.enGangOverInstanser && <span className="block text-sm text-muted">En instans åt gången</span>}
                </td>
                <td className="border-b border-line p-2">
                  {k ? (
                    <>
                      <Tid d={k.startad} />
                      <span className="block text-sm text-muted">{sekunder.format(k.millisekunder / 1000)} s</span>
                    </>
                  ) : (
                    "Har inte körts"
                  )}
                </td>
                <td className="border-b border-line p-2">
                  {k && (
                    <>
                      <strong className={k.resultat === "fel" ? "text-stop" : "text-ok"}>{k.resultat === "fel" ? "Fel" : "OK"}</strong>
                      {k.meddelande && <span className="block font-mono text-sm">{k.meddelande}</span>}
                    </>
                  )}
                </td>
                <td className="border-b border-line p-2">
                  {k?.senasteFel ? (
                    <>
                      <Tid d={k.senasteFel} />
                      {k.senasteFelmeddelande && <span className="block font-mono text-sm">{k.senasteFelmeddelande}</span>}
                    </>
                  ) : (
                    "Inget"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabellram>
    </>
  );
}
