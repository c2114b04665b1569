import Link from "next/link";
import { InsatsLista } from "@/components/insats-lista";
import { PageHeader } from "@/components/page-header";
import type { getInsatsTrad } from "@/lib/insatser/queries";
import type { getSkolor } from "@/lib/skolor/queries";
import { arskurser, stadsomraden } from "@/lib/skolor/stadsomrade";

export interface ProgramVy {
  slug: string;
  namn: string;
  undertitel: string;
  ingress: string;
  beskrivning: string[];
  punkter: { kategori: string; text: string }[];
  delar: { slug: string; namn: string; beskrivning: string }[];
}

type Insatser = Awaited<ReturnType<typeof getInsatsTrad>>;

// The programme pages; the preview renders the same with a draft. Points are keyed by position:
// an editor may write the same line twice.

export function JamliktGoteborg({ program, insatser }: { program: ProgramVy; insatser: Insatser }) {
  const punkter = (kategori: string) => program.punkter.filter((p) => p.kategori === kategori);
  return (
    <>
      <PageHeader
        titel={`${program.namn} – ${program.undertitel.replace(/^Målområde 2 – /, "")}`}
        ingress={program.ingress}
        smulor={[{ href: "/jamlikt-goteborg", label: "Jämlikt Göteborg" }]}
      />
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{program.undertitel}</p>
      {program.beskrivning.map((p, i) => (
        <p key={i} className="mt-3 max-w-prose">
          {p}
        </p>
      ))}
      <section aria-labelledby="grunduppdrag" className="mt-8 rounded-sm bg-brand-soft p-5">
        <h2 id="grunduppdrag" className="text-2xl font-bold">
          Skolans grunduppdrag – ”Folkhälsobiljetten”
        </h2>
        {punkter("GRUNDUPPDRAG").map((p, i) => (
          <p key={i} className="mt-3 max-w-prose">
            {p.text}
          </p>
        ))}
      </section>
      <section aria-labelledby="utgangspunkter" className="mt-8">
        <h2 id="utgangspunkter" className="text-2xl font-bold">
          Vägledande utgångspunkter
        </h2>
        <p className="mt-3">Fokusera på tidiga insatser:</p>
        <ul className="mt-2 max-w-prose list-disc space-y-1 pl-6">
          {punkter("UTGANGSPUNKT").map((p, i) => (
            <li key={i}>{p.text}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="insatser" className="mt-8">
        <h2 id="insatser" className="text-2xl font-bold">
          Insatser i målområde 2
        </h2>
        <p className="mt-2 max-w-prose">
          Varje insats visar sin status och hur långt arbetet har kommit. Följ länken för att se delinsatser och hela historiken.
        </p>
        <InsatsLista insatser={insatser} />
      </section>
    </>
  );
}

export function FramtidsrustadSkola({
  program,
  insatser,
  pilotskolor,
}: {
  program: ProgramVy;
  insatser: Insatser;
  pilotskolor: Awaited<ReturnType<typeof getSkolor>>;
}) {
  const punkter = (kategori: string) => program.punkter.filter((p) => p.kategori === kategori);
  return (
    <>
      <PageHeader titel={program.namn} ingress={program.ingress} smulor={[{ href: "/framtidsrustad-skola", label: program.namn }]} />
      <section aria-labelledby="syfte">
        <h2 id="syfte" className="text-2xl font-bold">
          Syfte
        </h2>
        {program.beskrivning.map((p, i) => (
          <p key={i} className="mt-3 max-w-prose">
            {p}
          </p>
        ))}
      </section>
      <section aria-labelledby="gruppen" className="mt-8">
        <h2 id="gruppen" className="text-2xl font-bold">
          Den strategiska utvecklingsgruppen ansvarar för att
        </h2>
        <ul className="mt-3 max-w-prose list-disc space-y-1 pl-6">
          {punkter("STRATEGISK_GRUPP_UPPDRAG").map((p, i) => (
            <li key={i}>{p.text}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="delar" className="mt-8">
        <h2 id="delar" className="text-2xl font-bold">
          Projektets delar
        </h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {program.delar.map((d) => (
            <section key={d.slug} aria-labelledby={`del-${d.slug}`} className="rounded-sm border border-line bg-white p-5">
              <h3 id={`del-${d.slug}`} className="text-lg font-bold">
                {d.namn}
              </h3>
              <p className="mt-2">{d.beskrivning}</p>
            </section>
          ))}
        </div>
      </section>
      <section aria-labelledby="processtod" className="mt-8 rounded-sm bg-brand-soft p-5">
        <h2 id="processtod" className="text-2xl font-bold">
          Erbjudande om processtöd till kommunala grundskolor
        </h2>
        <ul className="mt-3 max-w-prose list-disc space-y-2 pl-6">
          {punkter("PROCESSTOD").map((p, i) => (
            <li key={i}>{p.text}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pilotskolor" className="mt-8">
        <h2 id="pilotskolor" className="text-2xl font-bold">
          Pilotskolor
        </h2>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2">
          {pilotskolor.map((s) => (
            <li key={s.slug} className="rounded-sm border border-line bg-white p-3">
              <Link href={`/skolor/${s.slug}`} className="font-semibold">
                {s.namn}
              </Link>
              <p className="text-sm text-muted">
                {stadsomraden[s.stadsomrade]}, årskurs {arskurser(s.arskursFran, s.arskursTill)}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="insatser" className="mt-8">
        <h2 id="insatser" className="text-2xl font-bold">
          Insatser i projektet
        </h2>
        <InsatsLista insatser={insatser} />
      </section>
    </>
  );
}
