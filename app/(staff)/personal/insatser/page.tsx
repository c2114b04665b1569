import { Tabellram } from "@/components/tabellram";
import Link from "next/link";
import { StatusBadge } from "@/components/status";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/session";
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
      {can(user, "insats.redigera") && <p className="mt-4"><Link href="/personal/insatser/ny" className="font-semibold">Skapa en ny insats</Link></p>}
      <form method="get" className="mt-6 grid gap-4 rounded-sm border border-line bg-white p-4 sm:grid-cols-3">
        <div>
          <label htmlFor="q" className="block font-semibold">Sök i titel och beskrivning</label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} className={falt} />
        </div>
        <div>
          <label htmlFor="status" className="block font-semibold">Status</label>
          <select id="status" name="status" defaultValue={filter.status ?? ""} className={falt}>
            <option value="">Alla</option>
            {Object.entries(insatsStatusar).map(([k, s]) => <option key={k} value={k}>{s.etikett}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="omrade" className="block font-semibold">Förstärkningsområde</label>
          <select id="omrade" name="omrade" defaultValue={filter.omrade ?? ""} className={falt}>
            <option value="">Alla</option>
            {val.omraden.map((o) => <option key={o.slug} value={o.slug}>{o.namn}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="program" className="block font-semibold">Program</label>
          <select id="program" name="program" defaultValue={filter.program ?? ""} className={falt}>
            <option value="">Alla</option>
            {val.program.map((p) => <option key={p.slug} value={p.slug}>{p.namn}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="skola" className="block font-semibold">Skola</label>
          <select id="skola" name="skola" defaultValue={filter.skola ?? ""} className={falt}>
            <option value="">Alla</option>
            {val.skolor.map((s) => <option key={s.slug} value={s.slug}>{s.namn}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="ansvarig" className="block font-semibold">Ansvarig enhet</label>
          <select id="ansvarig" name="ansvarig" defaultValue={filter.ansvarig ?? ""} className={falt}>
            <option value="">Alla</option>
            {val.enheter.map((e) => <option key={e} value={e}>{e}</option>)}
          </select>
        </div>
        <div className="sm:col-span-3">
          <button type="submit" className="rounded-sm bg-brand px-4 py-2 font-semibold text-white">Filtrera</button>{" "}
          <Link href="/personal/insatser" className="ml-3">Rensa filter</Link>
        </div>
      </form>
      <p className="mt-6" aria-live="polite">{rader.length === 200 ? "Visar de 200 senast ändrade." : `${rader.length} insatser.`}</p>
      <Tabellram namn="Insatser" className="mt-3">
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">Insatser som matchar filtret</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink p-2">Insats</th>
              <th scope="col" className="border-b-2 border-ink p-2">Status</th>
              <th scope="col" className="border-b-2 border-ink p-2 text-right">Klart</th>
              <th scope="col" className="border-b-2 border-ink p-2">Ansvarig</th>
              <th scope="col" className="border-b-2 border-ink p-2">Ändrad</th>
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
                <td className="border-b border-line p-2"><StatusBadge status={r.status} /></td>
                <td className="border-b border-line p-2 text-right">{r.progress} %</td>
                <td className="border-b border-line p-2">{r.ansvarigEnhet}</td>
                <td className="border-b border-line p-2"><time dateTime={r.andrad.toISOString()}>{formatDatum(r.andrad)}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabellram>
    </>
  );
}
