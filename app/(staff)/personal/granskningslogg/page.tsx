import { Tabellram } from "@/components/tabellram";
import { requirePage } from "@/lib/auth/inloggad";
import { granskningslogg } from "@/lib/insatser/dashboard";

export const metadata = { title: "Granskningslogg" };

const tid = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Stockholm" });

export default async function Granskningslogg() {
  await requirePage("granskningslogg.lasa");
  const rader = await granskningslogg();
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Granskningslogg</h1>
      <p className="mt-2 max-w-prose">Vem som ändrade vad och när. Loggen kan inte ändras. Visar de 100 senaste händelserna.</p>
      <Tabellram namn="Händelser" className="mt-6">
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">Händelser, senaste först</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink p-2">
                Tid
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                Vem
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                Handling
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                Objekt
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                Detaljer
              </th>
            </tr>
          </thead>
          <tbody>
            {rader.map((r) => (
              <tr key={r.id}>
                <td className="border-b border-line p-2 whitespace-nowrap">
                  <time dateTime={r.tidpunkt.toISOString()}>{tid.format(r.tidpunkt)}</time>
                </td>
                <td className="border-b border-line p-2">{r.aktorNamn}</td>
                <td className="border-b border-line p-2 font-mono text-sm">{r.handling}</td>
                <td className="border-b border-line p-2">
                  {r.objektTyp}: {r.objektId}
                </td>
                <td className="border-b border-line p-2 font-mono text-sm">{r.data ? JSON.stringify(r.data) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabellram>
    </>
  );
}
