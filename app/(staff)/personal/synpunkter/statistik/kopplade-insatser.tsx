import Link from "next/link";
import { Tabellram } from "@/components/tabellram";
import { db } from "@/lib/db";
import { koppladeStatistik } from "@/lib/synpunkter/insatskoppling-statistik";

const th = "border-b-2 border-ink p-2";
const td = "border-b border-line p-2";

/** "Ni sa – vi gjorde" in the statistics: the cases linked to insatser, per insats and per område. */
export async function KoppladeInsatser() {
  const s = await koppladeStatistik(db);
  return (
    <section aria-labelledby="ni-sa" className="mt-10">
      <h2 id="ni-sa" className="text-2xl font-bold">
        Ni sa – vi gjorde: ärenden kopplade till insatser
      </h2>
      <p className="mt-2 max-w-prose">
        Hur många ärenden handläggarna har kopplat till varje insats, oavsett period. Insatsens publika sida visar antalet först när minst
        tre ärenden är kopplade.
      </p>
      {s.perInsats.length === 0 ? (
        <p className="mt-3">Inga ärenden är kopplade till någon insats ännu.</p>
      ) : (
        <div className="grid gap-8 lg:grid-cols-2">
          <Tabellram namn="Kopplade ärenden per insats" className="mt-3">
            <table className="w-full border-collapse bg-white text-left">
              <caption className="mb-2 text-left text-xl font-bold">Kopplade ärenden per insats</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    Insats
                  </th>
                  <th scope="col" className={th}>
                    Förstärkningsområde
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Ärenden
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.perInsats.map((r) => (
                  <tr key={r.slug}>
                    <th scope="row" className={`${td} font-normal`}>
                      <Link href={`/insatser/${r.slug}`}>{r.titel}</Link>
                    </th>
                    <td className={td}>{r.omrade ?? "–"}</td>
                    <td className={`${td} text-right`}>{r.antal}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabellram>
          <Tabellram namn="Kopplade ärenden per förstärkningsområde" className="mt-3">
            <table className="w-full border-collapse bg-white text-left">
              <caption className="mb-2 text-left text-xl font-bold">Kopplade ärenden per förstärkningsområde</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    Förstärkningsområde
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Ärenden
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.perOmrade.map((r) => (
                  <tr key={r.namn ?? "utan"}>
                    <th scope="row" className={`${td} font-normal`}>
                      {r.namn ?? "Utan förstärkningsområde"}
                    </th>
                    <td className={`${td} text-right`}>{r.antal}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabellram>
        </div>
      )}
    </section>
  );
}
