// The rektor's inbox: the cases a handläggare has forwarded to their school, and nothing else
// (lib/synpunkter/vidarebefordran.ts).
import Link from "next/link";
import { datumText } from "@/lib/synpunkter/frister";
import { arendenummer, synpunktStatusar, synpunktTyper } from "@/lib/synpunkter/typer";
import { REKTORSINKORG, type vidarebefordradeArenden } from "@/lib/synpunkter/vidarebefordran";

const datum = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Stockholm" });

export function Rektorsinkorg({ rader }: { rader: Awaited<ReturnType<typeof vidarebefordradeArenden>> }) {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Ärenden till din skola</h1>
      <p className="mt-4 max-w-prose">
        Här finns de ärenden som förvaltningens handläggare har skickat vidare till dig som rektor, de {REKTORSINKORG} senaste. Du kan läsa
        dem, svara avsändaren och skriva interna anteckningar. När handläggaren tar tillbaka ett ärende försvinner det härifrån.
      </p>
      {rader.length === 0 ? (
        <p className="mt-6 font-semibold">Inga ärenden är skickade till din skola just nu.</p>
      ) : (
        <table className="mt-6 w-full border-collapse bg-white text-left">
          <caption className="sr-only">Ärenden skickade till din skola</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">
                Ärende
              </th>
              <th scope="col" className="p-2">
                Typ
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
              <th scope="col" className="p-2">
                Skickat till skolan
              </th>
              <th scope="col" className="p-2">
                Svar senast
              </th>
            </tr>
          </thead>
          <tbody>
            {rader.map((r) => (
              <tr key={r.id} className="border-b border-line">
                <th scope="row" className="p-2">
                  <Link href={`/personal/synpunkter/${r.lopnummer}`}>{arendenummer(r.lopnummer, r.skapad)}</Link>
                  {r.nyttMeddelande && <span className="ml-2 text-sm font-semibold">Nytt meddelande</span>}
                </th>
                <td className="p-2">{synpunktTyper[r.typ].etikett}</td>
                <td className="p-2">{synpunktStatusar[r.status]}</td>
                <td className="p-2">{r.vidarebefordrad ? datum.format(r.vidarebefordrad) : "–"}</td>
                <td className="p-2">{r.svarSenast ? `${datumText(r.svarSenast)}${r.forstaSvar ? " (besvarat)" : ""}` : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
