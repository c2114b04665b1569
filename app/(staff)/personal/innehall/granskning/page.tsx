import Link from "next/link";
import { Tabellram } from "@/components/tabellram";
import { requirePage } from "@/lib/auth/inloggad";
import { formatDatum } from "@/lib/datum";
import { db } from "@/lib/db";
import { utanGranskning, vantarPaGranskning, type Granskningsrad } from "@/lib/innehall/granskning";
import { EfterhandKnapp } from "./formular";

export const metadata = { title: "Granskning av innehåll" };

const kvitton: Record<string, string> = {
  godkand: "Versionen är godkänd och publicerad.",
  tillbakaskickad: "Utkastet är skickat tillbaka. Författaren har fått ett mejl.",
  efterhand: "Publiceringen är granskad i efterhand.",
};

const har = (r: Granskningsrad) => `/personal/innehall/${r.typ}/${r.nyckel}`;

/** What waits for review, and what was published without it and is not yet reviewed afterwards. */
export default async function Granskningar({ searchParams }: { searchParams: Promise<{ sparad?: string }> }) {
  const user = await requirePage("innehall.granska");
  const { sparad } = await searchParams;
  const [vantar, utan] = await Promise.all([vantarPaGranskning(db, user.id), utanGranskning(db)]);
  return (
    <>
      <p className="text-sm">
        <Link href="/personal/innehall">Allt innehåll</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Granskning av innehåll</h1>
      {sparad && kvitton[sparad] && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          {kvitton[sparad]}
        </p>
      )}
      <section aria-labelledby="vantar" className="mt-8">
        <h2 id="vantar" className="text-2xl font-bold">
          Väntar på din granskning
        </h2>
        {vantar.length === 0 ? (
          <p className="mt-3">Inget väntar på din granskning.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {vantar.map((r) => (
              <li key={r.id}>
                <Link href={har(r)}>{r.titel}</Link>, version {r.nummer} skickad av {r.forfattarNamn}{" "}
                <time dateTime={r.skapad.toISOString()}>{formatDatum(r.skapad)}</time>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="utan" className="mt-10">
        <h2 id="utan" className="text-2xl font-bold">
          Publicerat utan granskning
        </h2>
        {utan.length === 0 ? (
          <p className="mt-3">Allt som publicerats utan granskning är granskat i efterhand.</p>
        ) : (
          <Tabellram namn="Publicerat utan granskning">
            <table className="mt-3 w-full border-collapse bg-white text-left">
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="p-2">
                    Innehåll
                  </th>
                  <th scope="col" className="p-2">
                    Publicerat av
                  </th>
                  <th scope="col" className="p-2">
                    Motivering
                  </th>
                  <th scope="col" className="p-2">
                    Åtgärd
                  </th>
                </tr>
              </thead>
              <tbody>
                {utan.map((r) => (
                  <tr key={r.id} className="border-b border-line align-top">
                    <td className="p-2">
                      <Link href={har(r)}>{r.titel}</Link>
                    </td>
                    <td className="p-2">
                      {r.forfattarNamn}, <time dateTime={r.skapad.toISOString()}>{formatDatum(r.skapad)}</time>
                    </td>
                    <td className="p-2">{r.motivering}</td>
                    <td className="p-2">
                      {r.forfattareId === user.id ? (
                        "Någon annan granskar."
                      ) : (
                        <EfterhandKnapp id={r.id} tillbaka="/personal/innehall/granskning" etikett={`Granskad i efterhand: ${r.titel}`} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabellram>
        )}
      </section>
    </>
  );
}
