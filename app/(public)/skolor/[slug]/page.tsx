import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { atomAlternativ, Atomlank } from "@/components/atomlank";
import { Bevakalank } from "@/components/bevakalank";
import { InsatsLista } from "@/components/insats-lista";
import { PageHeader } from "@/components/page-header";
import { getInsatsTrad } from "@/lib/insatser/queries";
import { getSkola } from "@/lib/skolor/queries";
import { arskurser, stadsomraden } from "@/lib/skolor/stadsomrade";

type Props = { params: Promise<{ slug: string }> };

const pilotstatus = { EJ_PABORJAD: "Inte påbörjad", PAGAR: "Pågår", KLAR: "Klar" } as const;

// None made at build: each page is made on its first request and kept in the page cache (lib/cache.ts).
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const skola = await getSkola((await params).slug);
  if (!skola) return {};
  return {
    title: skola.namn,
    description: `${skola.namn}, ${stadsomraden[skola.stadsomrade]}: årskurser och de insatser som berör skolan.`,
    alternates: {
      canonical: `/skolor/${skola.slug}`,
      types: atomAlternativ(`/skolor/${skola.slug}`, `Ändringar i insatserna som berör ${skola.namn}`),
    },
  };
}

export default async function SkolaPage({ params }: Props) {
  const { slug } = await params;
  const skola = await getSkola(slug);
  if (!skola) notFound();
  const insatser = await getInsatsTrad({ skolaSlug: slug });
  const karta = `https://www.openstreetmap.org/?mlat=${skola.latitud}&mlon=${skola.longitud}#map=16/${skola.latitud}/${skola.longitud}`;
  return (
    <>
      <PageHeader
        titel={skola.namn}
        smulor={[
          { href: "/skolor", label: "Skolor" },
          { href: `/skolor/${slug}`, label: skola.namn },
        ]}
      />
      {skola.demo && (
        <p className="mb-6 rounded-sm border-l-4 border-warn bg-white p-4 text-sm">Skolan är exempeldata medan portalen byggs upp.</p>
      )}
      <dl className="grid gap-4 rounded-sm border border-line bg-white p-5 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-muted">Stadsområde</dt>
          <dd>{stadsomraden[skola.stadsomrade]}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Årskurser</dt>
          <dd>{arskurser(skola.arskursFran, skola.arskursTill)}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Adress</dt>
          <dd>
            {skola.adress}, {skola.postnummer} {skola.postort}
            <br />
            <a href={karta}>Visa på karta (OpenStreetMap, öppnas på en annan webbplats)</a>
          </dd>
        </div>
      </dl>
      {skola.framtidsrustadPilot && (
        <section aria-labelledby="pilot" className="mt-8 rounded-sm bg-brand-soft p-5">
          <h2 id="pilot" className="text-2xl font-bold">
            Pilotskola i Framtidsrustad skola
          </h2>
          <ul className="mt-3 space-y-1">
            {skola.pilotsteg.map((p) => (
              <li key={p.programdel.slug}>
                {p.programdel.namn}: <strong>{pilotstatus[p.status]}</strong>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="insatser" className="mt-8">
        <h2 id="insatser" className="text-2xl font-bold">
          Insatser som berör skolan
        </h2>
        <InsatsLista insatser={insatser} />
        <Atomlank adress={`/skolor/${slug}`} vad="ändringarna i insatserna som berör skolan" />
        <Bevakalank fraga={`skola=${slug}`} vad="en insats som berör skolan" />
      </section>
    </>
  );
}
