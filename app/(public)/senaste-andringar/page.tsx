import type { Metadata } from "next";
import Link from "next/link";
import { atomAlternativ, Atomlank } from "@/components/atomlank";
import { PageHeader } from "@/components/page-header";
import { Progress, StatusBadge } from "@/components/status";
import { formatDatum } from "@/lib/datum";
import { ANDRINGAR_I_FLODE, getSenasteAndringar } from "@/lib/insatser/flode";
import { beskrivUppdatering } from "@/lib/insatser/status";
import { getSenasteInnehallsandringar } from "@/lib/innehall/andringsnoter";
import { SenasteInnehallsandringar } from "@/components/innehall/senaste-innehallsandringar";

export const metadata: Metadata = {
  title: "Senaste ändringar",
  description: "De senaste ändringarna i insatserna: ny status, hur långt arbetet har kommit och vad som har hänt.",
  alternates: { canonical: "/senaste-andringar", types: atomAlternativ("/senaste-andringar", "Senaste ändringar i insatserna") },
};

export default async function SenasteAndringarPage() {
  const [andringar, sidornas] = await Promise.all([getSenasteAndringar(), getSenasteInnehallsandringar()]);
  return (
    <>
      <PageHeader
        titel="Senaste ändringar"
        ingress={`Det senaste som har hänt i insatserna, nyast först: de ${ANDRINGAR_I_FLODE} senaste ändringarna i status och hur långt arbetet har kommit.`}
        smulor={[{ href: "/senaste-andringar", label: "Senaste ändringar" }]}
      />
      <Atomlank adress="/senaste-andringar" vad="alla ändringar i insatserna" />
      {andringar.length === 0 ? (
        <p className="mt-6">Inga ändringar ännu.</p>
      ) : (
        <ol className="mt-6 divide-y divide-line border-y border-line">
          {andringar.map((a) => (
            <li key={a.id} className="py-4">
              <p className="text-sm text-muted">
                <time dateTime={a.tidpunkt}>{formatDatum(a.tidpunkt)}</time>
              </p>
              <h2 className="text-lg font-bold">
                <Link href={`/insatser/${a.insats.slug}#uppdatering-${a.id}`}>{a.insats.titel}</Link>
              </h2>
              <p className="mt-1 flex flex-wrap items-center gap-3">
                <StatusBadge status={a.tillStatus} /> <Progress value={a.tillProgress} />
              </p>
              <p className="mt-1 font-semibold">{beskrivUppdatering(a)}</p>
              <p className="mt-1 max-w-prose">{a.kommentar}</p>
            </li>
          ))}
        </ol>
      )}
      <SenasteInnehallsandringar andringar={sidornas} />
    </>
  );
}
