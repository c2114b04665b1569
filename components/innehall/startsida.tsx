import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Progress, StatusBadge } from "@/components/status";
import { formatDatum } from "@/lib/datum";
import type { getForstarkningsomraden } from "@/lib/forstarkningsomraden/queries";
import type { getForvaltning, getNyckeltal } from "@/lib/innehall/queries";
import type { getSenasteUppdateringar } from "@/lib/insatser/queries";
import type { StartsidaData } from "@/lib/innehall/typer/startsida";
import { Sprakval } from "./sprakval";

export interface StartsidaProps {
  texter: StartsidaData;
  forvaltning: Awaited<ReturnType<typeof getForvaltning>>;
  nyckeltal: Awaited<ReturnType<typeof getNyckeltal>>;
  omraden: Awaited<ReturnType<typeof getForstarkningsomraden>>;
  uppdateringar: Awaited<ReturnType<typeof getSenasteUppdateringar>>;
  /** Its published lättläst and English versions, linked under the heading. */
  varianter?: readonly string[];
}

/** The start page; the preview renders the same with a draft of its texts. */
export function Startsida({ texter, forvaltning, nyckeltal, omraden, uppdateringar, varianter = [] }: StartsidaProps) {
  return (
    <>
      <PageHeader titel={texter.rubrik} ingress={texter.ingress || forvaltning.beskrivning} />
      <Sprakval adress="/" aktuell="sv" varianter={varianter} />

      <section aria-labelledby="nyckeltal" className="mt-10">
        <h2 id="nyckeltal" className="text-2xl font-bold">
          Förvaltningen i siffror
        </h2>
        <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
          {nyckeltal.map((n) => (
            <div key={n.nyckel} className="rounded-sm border border-line bg-white p-4">
              <dt className="text-sm text-muted">{n.etikett}</dt>
              <dd className="text-2xl font-bold">
                {n.varde} <span className="text-base font-normal">{n.enhet}</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="omraden" className="mt-12">
        <h2 id="omraden" className="text-2xl font-bold">
          Våra tre förstärkningsområden
        </h2>
        <ul className="mt-4 grid gap-4 md:grid-cols-3">
          {omraden.map((o) => (
            <li key={o.slug} className="rounded-sm border-t-4 border-brand bg-white p-5 shadow-sm">
              <h3 className="text-lg font-bold">
                <Link href={`/forstarkningsomraden/${o.slug}`}>{o.namn}</Link>
              </h3>
              <p className="mt-2">{o.syfte.charAt(0).toUpperCase() + o.syfte.slice(1)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="program" className="mt-12 grid gap-4 md:grid-cols-2">
        <h2 id="program" className="sr-only">
          Program och projekt
        </h2>
        <div className="rounded-sm bg-brand-soft p-5">
          <h3 className="text-lg font-bold">
            <Link href="/jamlikt-goteborg">Jämlikt Göteborg – Goda uppväxtvillkor genom skolåren</Link>
          </h3>
          <p className="mt-2">{texter.jamliktText}</p>
        </div>
        <div className="rounded-sm bg-brand-soft p-5">
          <h3 className="text-lg font-bold">
            <Link href="/framtidsrustad-skola">Framtidsrustad skola</Link>
          </h3>
          <p className="mt-2">{texter.framtidsrustadText}</p>
        </div>
      </section>

      <section aria-labelledby="uppdateringar" className="mt-12">
        <h2 id="uppdateringar" className="text-2xl font-bold">
          Senaste nytt om insatserna
        </h2>
        <p className="mt-2">
          Hur långt har insatserna kommit? Se läget i diagram och tabeller på <Link href="/sa-gar-det">Så går det</Link>.
        </p>
        <ul className="mt-4 divide-y divide-line border-y border-line">
          {uppdateringar.map((u) => (
            <li key={u.id} className="py-4">
              <p className="text-sm text-muted">
                <time dateTime={u.tidpunkt}>{formatDatum(u.tidpunkt)}</time>
              </p>
              <h3 className="font-bold">
                <Link href={`/insatser/${u.insats.slug}`}>{u.insats.titel}</Link>
              </h3>
              <p className="mt-1 flex flex-wrap items-center gap-3">
                <StatusBadge status={u.tillStatus} /> <Progress value={u.tillProgress} />
              </p>
              <p className="mt-1">{u.kommentar}</p>
            </li>
          ))}
        </ul>
        <p className="mt-4">
          <Link href="/senaste-andringar">Alla senaste ändringar i insatserna</Link>
        </p>
      </section>

      <section aria-labelledby="kontakt" className="mt-12 rounded-sm border border-line bg-white p-5">
        <h2 id="kontakt" className="text-2xl font-bold">
          Kontakta oss
        </h2>
        <p className="mt-2">
          Har du frågor eller synpunkter? Ring <a href={`tel:${forvaltning.telefon.replace(/[^\d+]/g, "")}`}>{forvaltning.telefon}</a> eller
          läs mer på <Link href="/kontakt">sidan Kontakt</Link>.
        </p>
      </section>
    </>
  );
}
