import { Tabellram } from "@/components/tabellram";
import Link from "next/link";
import { Filterval } from "@/components/forms/filterval";
import { Forsenad, StatusBadge } from "@/components/status";
import { arForsenad, dag } from "@/lib/insatser/planering";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/inloggad";
import { formatDatum } from "@/lib/datum";
import { filterval, insatslista } from "@/lib/insatser/dashboard";
import { insatsfilterSchema } from "@/lib/insatser/schema";
import { insatsStatusar } from "@/lib/insatser/status";

export const metadata = { title: "Insatser" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const falt = "mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-1";

export default async function Insatslista({ searchParams }: Props) {
  const user = await requirePage("insats.lasa");
  const filter = insatsfilterSchema.parse(await searchParams);
  const [rader, val] = await Promise.all([insatslista(filter), filterval()]);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Insatser</h1>
      {can(user, "insats.redigera") && (
        <p className="mt-4">
          <Link href="/personal/insatser/ny" className="font-semibold">
            Skapa en ny insats
          </Link>
        </p>
      )}
      <form method="get" className="mt-6 grid gap-4 rounded-sm border border-line bg-white p-4 sm:grid-cols-3">
        <div>
          <label htmlFor="q" className="block font-semibold">
            Sök i titel och beskrivning
          </label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} className={falt} />
        </div>
        <Filterval
          id="status"
          etikett="Status"
          varde={filter.status}
          val={Object.entries(insatsStatusar).map(([varde, s]) => ({ varde, etikett: s.etikett }))}
        />
        <Filterval
          id="omrade"
          etikett="Förstärkningsområde"
          varde={filter.omrade}
          val={val.omraden.map((o) => ({ varde: o.slug, etikett: o.namn }))}
        />
        <Filterval
          id="program"
          etikett="Program"
          varde={filter.program}
          val={val.program.map((p) => ({ varde: p.slug, etikett: p.namn }))}
        />
        <Filterval id="skola" etikett="Skola" varde={filter.skola} val={val.skolor.map((s) => ({ varde: s.slug, etikett: s.namn }))} />
        <Filterval
          id="ansvarig"
          etikett="Ansvarig enhet"
          varde={filter.ansvarig}
          val={val.enheter.map((e) => ({ varde: e, etikett: e }))}
        />
        <div className="sm:col-span-3">
          <button type="submit" className="rounded-sm bg-brand px-4 py-2 font-semibold text-white">
            Filtrera
          </button>{" "}
          <Link href="/personal/insatser" className="ml-3">
            Rensa filter
          </Link>
        </div>
      </form>
      <p className="mt-6" aria-live="polite">
        {rader.length === 200 ? "Visar de 200 senast ändrade." : `${rader.length} insatser.`}
      </p>
      <Tabellram namn="Insatser" className="mt-3">
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">Insatser som matchar filtret</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink p-2">
                Insats
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                Status
              </th>
              <th scope="col" className="border-b-2 border-ink p-2 text-right">
                Klart
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                Ansvarig
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                Ändrad
              </th>
            </tr>
          </thead>
          <tbody>
            {rader.map((r) => (
              <tr key={r.slug}>
                <td className="border-b border-line p-2">
                  <Link href={`/personal/insatser/${r.slug}`}>{r.titel}</Link>
                  {r.parent && <span className="block text-sm text-muted">Del av: {r.parent.titel}</span>}
                  {!can(user, "insats.uppdatera", { skolor: r.skolor.map((s) => s.skolaId) }) && (
                    <span className="block text-sm text-muted">Du kan läsa men inte uppdatera den här.</span>
                  )}
                </td>
                <td className="border-b border-line p-2">
                  <StatusBadge status={r.status} /> {arForsenad({ status: r.status, planeradSlut: dag(r.planeradSlut) }) && <Forsenad />}
                </td>
                <td className="border-b border-line p-2 text-right">{r.progress} %</td>
                <td className="border-b border-line p-2">{r.ansvarigEnhet}</td>
                <td className="border-b border-line p-2">
                  <time dateTime={r.andrad.toISOString()}>{formatDatum(r.andrad)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabellram>
    </>
  );
}
