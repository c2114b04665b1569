import Link from "next/link";
import { Forsenad, Progress, StatusBadge } from "@/components/status";
import { formatDatum } from "@/lib/datum";
import { arForsenad, dag } from "@/lib/insatser/planering";
import { beskrivUppdatering } from "@/lib/insatser/status";
import type { KoppladInsats } from "@/lib/synpunkter/insatskoppling";

/** "Ni sa – vi gjorde" on the sender's private page: what the förvaltning does about what they wrote. */
export function KoppladeInsatser({ insatser }: { insatser: KoppladInsats[] }) {
  if (insatser.length === 0) return null;
  return (
    <section aria-labelledby="insatser-rubrik" className="mt-8">
      <h2 id="insatser-rubrik" className="text-2xl font-bold">
        Ni sa – vi gjorde
      </h2>
      <p className="mt-2 max-w-prose">
        Ditt ärende gäller {insatser.length === 1 ? "en insats" : "de här insatserna"} som förvaltningen arbetar med. Här ser du hur arbetet
        går.
      </p>
      <ul className="mt-4 space-y-4">
        {insatser.map((i) => (
          <li key={i.slug} className="rounded-sm border border-line bg-white p-4">
            <h3 className="font-semibold">
              <Link href={`/insatser/${i.slug}`}>{i.titel}</Link>
            </h3>
            <p className="mt-1 flex flex-wrap items-center gap-3">
              <StatusBadge status={i.status} /> {arForsenad({ status: i.status, planeradSlut: dag(i.planeradSlut) }) && <Forsenad />}{" "}
              <Progress value={i.progress} />
            </p>
            {i.andringar.length > 0 && (
              <>
                <h4 className="mt-3 text-sm font-semibold">Senaste ändringarna</h4>
                <ol className="mt-1 space-y-2">
                  {i.andringar.map((u) => (
                    <li key={u.id} className="border-l-4 border-brand-soft pl-3">
                      <p className="text-sm text-muted">
                        <time dateTime={u.tidpunkt.toISOString()}>{formatDatum(u.tidpunkt)}</time>
                      </p>
                      <p className="font-semibold">{beskrivUppdatering(u)}</p>
                      <p className="max-w-prose">{u.kommentar}</p>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
