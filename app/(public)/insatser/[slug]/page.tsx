import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { atomAlternativ, Atomlank } from "@/components/atomlank";
import { Bevakalank } from "@/components/bevakalank";
import { PageHeader, type Smula } from "@/components/page-header";
import { Forsenad, Progress, StatusBadge } from "@/components/status";
import { formatDatum } from "@/lib/datum";
import { arForsenad, planeradPeriod } from "@/lib/insatser/planering";
import { getInsats } from "@/lib/insatser/queries";
import { getKoppladeSynpunkter } from "@/lib/insatser/kopplade-synpunkter";
import { KoppladeSynpunkter } from "@/components/ni-sa/kopplade-synpunkter";
import { beskrivUppdatering } from "@/lib/insatser/status";

type Props = { params: Promise<{ slug: string }> };

// None made at build: each page is made on its first request and kept in the page cache (lib/cache.ts).
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const insats = await getInsats((await params).slug);
  if (!insats) return {};
  const adress = `/insatser/${insats.slug}`;
  return {
    title: insats.titel,
    description: insats.beskrivning,
    alternates: { canonical: adress, types: atomAlternativ(adress, `Ändringar i ${insats.titel}`) },
  };
}

export default async function InsatsPage({ params }: Props) {
  const insats = await getInsats((await params).slug);
  if (!insats) notFound();
  const kopplade = await getKoppladeSynpunkter(insats.slug);
  const period = planeradPeriod(insats.planeradStart, insats.planeradSlut);
  const smulor: Smula[] = [];
  if (insats.program) smulor.push({ href: `/${insats.program.slug}`, label: insats.program.namn });
  else if (insats.forstarkningsomrade)
    smulor.push({ href: `/forstarkningsomraden/${insats.forstarkningsomrade.slug}`, label: insats.forstarkningsomrade.namn });
  if (insats.parent) smulor.push({ href: `/insatser/${insats.parent.slug}`, label: insats.parent.titel });
  smulor.push({ href: `/insatser/${insats.slug}`, label: insats.titel });

  return (
    <>
      <PageHeader titel={insats.titel} ingress={insats.beskrivning} smulor={smulor} />
      {insats.arkiverad && (
        <p className="mb-6 rounded-sm border-l-4 border-warn bg-white p-4">
          Insatsen är arkiverad sedan {formatDatum(insats.arkiverad)} och uppdateras inte längre.
        </p>
      )}
      <dl className="grid gap-4 rounded-sm border border-line bg-white p-5 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-muted">Status</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <StatusBadge status={insats.status} />
            {arForsenad(insats) && <Forsenad />}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Hur långt arbetet har kommit</dt>
          <dd>
            <Progress value={insats.progress} />
          </dd>
        </div>
        {period && (
          <div>
            <dt className="text-sm text-muted">Planerad period</dt>
            <dd>{period}</dd>
          </div>
        )}
        <div>
          <dt className="text-sm text-muted">Ansvarig enhet</dt>
          <dd>{insats.ansvarigEnhet}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Senast ändrad</dt>
          <dd>
            <time dateTime={insats.andrad}>{formatDatum(insats.andrad)}</time>
          </dd>
        </div>
        {insats.parent && (
          <div>
            <dt className="text-sm text-muted">Del av insatsen</dt>
            <dd>
              <Link href={`/insatser/${insats.parent.slug}`}>{insats.parent.titel}</Link>
            </dd>
          </div>
        )}
        {insats.forstarkningsomrade && (
          <div>
            <dt className="text-sm text-muted">Förstärkningsområde</dt>
            <dd>
              <Link href={`/forstarkningsomraden/${insats.forstarkningsomrade.slug}`}>{insats.forstarkningsomrade.namn}</Link>
            </dd>
          </div>
        )}
      </dl>
      <KoppladeSynpunkter antal={kopplade} />

      {insats.delinsatser.length > 0 && (
        <section aria-labelledby="delinsatser" className="mt-8">
          <h2 id="delinsatser" className="text-2xl font-bold">
            Delinsatser
          </h2>
          <ul className="mt-3 space-y-3">
            {insats.delinsatser.map((d) => (
              <li key={d.slug} className="rounded-sm border border-line bg-white p-4">
                <Link href={`/insatser/${d.slug}`} className="font-semibold">
                  {d.titel}
                </Link>
                <p className="mt-1 flex flex-wrap items-center gap-3">
                  <StatusBadge status={d.status} /> {arForsenad(d) && <Forsenad />} <Progress value={d.progress} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {insats.skolor.length > 0 && (
        <section aria-labelledby="skolor" className="mt-8">
          <h2 id="skolor" className="text-2xl font-bold">
            Skolor som berörs
          </h2>
          <ul className="mt-3 list-disc pl-6">
            {insats.skolor.map((s) => (
              <li key={s.slug}>
                <Link href={`/skolor/${s.slug}`}>{s.namn}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="historik" className="mt-8">
        <h2 id="historik" className="text-2xl font-bold">
          Så har arbetet gått
        </h2>
        {insats.uppdateringar.length === 0 ? (
          <p className="mt-3">Inga uppdateringar ännu.</p>
        ) : (
          <ol className="mt-4 border-l-4 border-brand-soft">
            {insats.uppdateringar.map((u) => (
              <li key={u.id} id={`uppdatering-${u.id}`} className="relative ml-4 pb-6">
                <p className="text-sm text-muted">
                  <time dateTime={u.tidpunkt}>{formatDatum(u.tidpunkt)}</time> · {u.forfattarNamn}
                </p>
                <p className="font-semibold">{beskrivUppdatering(u)}</p>
                <p className="mt-1 max-w-prose">{u.kommentar}</p>
              </li>
            ))}
          </ol>
        )}
        <Atomlank adress={`/insatser/${insats.slug}`} vad="ändringarna i insatsen" />
        {!insats.arkiverad && <Bevakalank fraga={`insats=${insats.slug}`} vad="insatsen" />}
      </section>
    </>
  );
}
