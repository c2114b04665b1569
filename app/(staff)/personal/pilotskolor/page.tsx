import Link from "next/link";
import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import { PILOTSTEG, pilotoversikt, pilotstegEtikett } from "@/lib/skolor/pilot";
import { laggTill, sparaSteg, taBort } from "./actions";

export const metadata = { title: "Pilotskolor" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const meddelanden: Record<string, string> = {
  tillagd: "Skolan är nu pilotskola.",
  borttagen: "Skolan är inte längre pilotskola.",
  sparad: "Pilotskolans läge är sparat.",
};

export default async function Pilotskolor({ searchParams }: Props) {
  await requirePage("pilot.hantera");
  const [{ pilotskolor, ovriga, delar }, params] = await Promise.all([pilotoversikt(db), searchParams]);
  const meddelande = Object.keys(meddelanden).find((k) => params[k]);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Pilotskolor i Framtidsrustad skola</h1>
      {meddelande && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          {meddelanden[meddelande]}
        </p>
      )}
      {params.fel && (
        <p role="alert" className="mt-4 border-l-4 border-stop bg-white p-3 font-semibold">
          Det gick inte att spara. Ladda om sidan och försök igen.
        </p>
      )}
      <ul className="mt-6 space-y-6">
        {pilotskolor.map((s) => (
          <li key={s.slug} className="rounded-sm border border-line bg-white p-5">
            <h2 className="text-xl font-bold">
              <Link href={`/skolor/${s.slug}`}>{s.namn}</Link>
            </h2>
            <form action={sparaSteg.bind(null, s.slug)} className="mt-3">
              <div className="grid gap-3 sm:grid-cols-2">
                {delar.map((d) => {
                  const id = `${s.slug}-${d.slug}`;
                  return (
                    <div key={d.slug}>
                      <label htmlFor={id} className="block font-semibold">
                        {d.namn}
                      </label>
                      <select
                        id={id}
                        name={d.slug}
                        defaultValue={s.pilotsteg.find((p) => p.programdel.slug === d.slug)?.status ?? "EJ_PABORJAD"}
                        className="mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-1"
                      >
                        {PILOTSTEG.map((p) => (
                          <option key={p} value={p}>
                            {pilotstegEtikett[p]}
                          </option>
                        ))}
                      </select>
                    </div>
                  );
                })}
              </div>
              <button type="submit" className="mt-3 rounded-sm bg-brand px-4 py-2 font-semibold text-white">
                Spara läget för {s.namn}
              </button>
            </form>
            <form action={taBort.bind(null, s.slug)} className="mt-3">
              <button type="submit" className="rounded-sm border-2 border-stop bg-white px-3 py-1 text-sm font-semibold text-stop">
                Ta bort {s.namn} som pilotskola
              </button>
            </form>
          </li>
        ))}
      </ul>
      <section aria-labelledby="lagg-till" className="mt-10">
        <h2 id="lagg-till" className="text-2xl font-bold">
          Lägg till en pilotskola
        </h2>
        <form action={laggTill} className="mt-3 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="skola" className="block font-semibold">
              Skola
            </label>
            <select id="skola" name="skola" className="mt-1 rounded-sm border-2 border-ink bg-white px-2 py-1">
              {ovriga.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.namn}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-sm bg-brand px-4 py-2 font-semibold text-white">
            Gör till pilotskola
          </button>
        </form>
      </section>
    </>
  );
}
