import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import { svensktDatum } from "@/lib/datum";
import { kommandeDriftmeddelanden } from "@/lib/innehall/driftinformation";
import { Avsluta, NyttDriftmeddelande } from "./forms";

export const metadata = { title: "Driftinformation" };

const tid = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Stockholm" });
const klart: Record<string, string> = { skapat: "Meddelandet är schemalagt.", avslutat: "Meddelandet är avslutat och visas inte längre." };

type Props = { searchParams: Promise<{ klart?: string }> };

export default async function Driftinformation({ searchParams }: Props) {
  await requirePage("innehall.redigera");
  const [lista, { klart: gjort }] = await Promise.all([kommandeDriftmeddelanden(db), searchParams]);
  const nu = new Date();
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Driftinformation</h1>
      <p className="mt-2 max-w-prose">
        Ett kort meddelande överst på varje publik sida, till exempel om ett planerat avbrott. Det visas från starten till slutet och är
        borta inom ett par sekunder efter slutet, också i sidcachen och i nginx.
      </p>
      {gjort && klart[gjort] && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          {klart[gjort]}
        </p>
      )}
      <section aria-labelledby="aktuella" className="mt-6">
        <h2 id="aktuella" className="text-2xl font-bold">
          Visas nu och framåt
        </h2>
        {lista.length === 0 ? (
          <p className="mt-2">Inga meddelanden.</p>
        ) : (
          <ul className="mt-3 space-y-4">
            {lista.map((m) => (
              <li key={m.id} className="rounded-sm border border-line bg-white p-3">
                <p className="whitespace-pre-line">{m.text}</p>
                <p className="mt-1 text-sm text-muted">
                  {m.start <= nu ? "Visas nu" : `Från ${tid.format(m.start)}`}, till {tid.format(m.slut)}
                </p>
                <Avsluta id={m.id} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ny" className="mt-10">
        <h2 id="ny" className="text-2xl font-bold">
          Nytt meddelande
        </h2>
        <div className="mt-3">
          <NyttDriftmeddelande start={{ startdatum: svensktDatum(nu), slutdatum: svensktDatum(nu) }} />
        </div>
      </section>
    </>
  );
}
