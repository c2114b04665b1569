import Link from "next/link";
import { Diagram } from "@/components/diagram/diagram";
import { Textfalt } from "@/components/forms/falt";
import { FelSammanfattning } from "@/components/forms/fel-sammanfattning";
import { Tabellram } from "@/components/tabellram";
import { faltfel } from "@/lib/atgard/faltfel";
import { requirePage } from "@/lib/auth/inloggad";
import { BESOK_MANADER, besoksstatistik, fylldPeriod, periodSchema, SOKNING_DAGAR, TOPPLISTA, type Period } from "@/lib/besok/queries";
import { formatDatum, formatManad } from "@/lib/datum";
import { db } from "@/lib/db";
import { TABELLER, type Tabell } from "./tabeller";

export const metadata = { title: "Besöksstatistik" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const th = "border-b-2 border-ink p-2";
const td = "border-b border-line p-2";
const tal = new Intl.NumberFormat("sv-SE");
const kortDag = new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "short", timeZone: "UTC" });
/** Longer periods are drawn per month. */
const DAGAR_I_DIAGRAM = 62;

function csvAdress(tabell: Tabell, p: Period): string {
  return `/personal/besok/tabell.csv?${new URLSearchParams({ tabell, fran: p.fran, till: p.till })}`;
}

function Topplista({
  tabell,
  kolumn,
  rader,
  period,
  tom,
  lank = false,
  extra,
}: {
  tabell: Tabell;
  kolumn: string;
  rader: { namn: string; antal: number; extra?: number }[];
  period: Period;
  tom: string;
  lank?: boolean;
  extra?: string;
}) {
  const { rubrik } = TABELLER[tabell];
  return (
    <section aria-labelledby={`${tabell}-rubrik`} className="mt-10">
      <h2 id={`${tabell}-rubrik`} className="text-2xl font-bold">
        {rubrik}
      </h2>
      {rader.length === 0 ? (
        <p className="mt-2">{tom}</p>
      ) : (
        <Tabellram namn={rubrik} className="mt-3">
          <table className="w-full border-collapse bg-white text-left" data-tabell={tabell}>
            <caption className="sr-only">
              {rubrik}, flest först (högst {TOPPLISTA})
            </caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {kolumn}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Antal
                </th>
                {extra && (
                  <th scope="col" className={`${th} text-right`}>
                    {extra}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rader.map((r) => (
                <tr key={r.namn}>
                  <th scope="row" className={`${td} font-normal break-all`}>
                    {lank ? <Link href={r.namn}>{r.namn}</Link> : r.namn}
                  </th>
                  <td className={`${td} text-right tabular-nums`}>{tal.format(r.antal)}</td>
                  {extra && <td className={`${td} text-right tabular-nums`}>{tal.format(r.extra ?? 0)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </Tabellram>
      )}
      <p className="mt-2">
        <a href={csvAdress(tabell, period)}>
          Ladda ner {rubrik.toLowerCase()} som CSV<span className="sr-only">, hela listan för perioden</span>
        </a>
      </p>
    </section>
  );
}

export default async function Besok({ searchParams }: Props) {
  await requirePage("besok.lasa");
  const fraga = await searchParams;
  const text = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  const parsed = periodSchema.safeParse({ fran: text(fraga.fran), till: text(fraga.till) });
  // A period that does not parse is shown as an error; the figures are then for the last 30 days.
  const period = fylldPeriod(parsed.success ? parsed.data : {});
  const fel = parsed.success ? {} : faltfel(parsed.error);
  const s = await besoksstatistik(db, period);

  const perManad = s.perDag.length > DAGAR_I_DIAGRAM;
  const perManadAntal = new Map<string, number>();
  for (const d of s.perDag) perManadAntal.set(d.dag.slice(0, 7), (perManadAntal.get(d.dag.slice(0, 7)) ?? 0) + d.antal);
  const staplar = perManad
    ? [...perManadAntal].map(([manad, antal]) => ({ nyckel: manad, namn: formatManad(manad), varden: { antal } }))
    : s.perDag.map((d) => ({ nyckel: d.dag, namn: formatDatum(d.dag), varden: { antal: d.antal } }));
  const flest = staplar.reduce((a, b) => (b.varden.antal > a.varden.antal ? b : a), staplar[0]);
  const budskap =
    s.visningar === 0
      ? "Inga sidvisningar under perioden."
      : `${tal.format(s.visningar)} sidvisningar under perioden, flest ${perManad ? "i" : "den"} ${flest.namn} (${tal.format(flest.varden.antal)}).`;
  const galler = `${formatDatum(period.fran)}–${formatDatum(period.till)}`;

  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Besöksstatistik</h1>
      <p className="mt-2 max-w-prose">
        Sidvisningar på den publika webbplatsen {galler}, räknade utan kakor och utan att något om besökaren sparas. Besökare som bett om
        att inte spåras (Do Not Track, Global Privacy Control) och kända robotar räknas inte. Sidvisningar och ingångar sparas i{" "}
        {BESOK_MANADER} månader, sökningarna ordagrant i {SOKNING_DAGAR} dagar. En dag är ett dygn i svensk tid.
      </p>

      <form method="get" noValidate className="mt-6 grid gap-4 rounded-sm border border-line bg-white p-4 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <FelSammanfattning fel={fel} />
        </div>
        <Textfalt id="fran" etikett="Från och med" typ="date" varde={text(fraga.fran) ?? period.fran} fel={fel.fran} ram="" />
        <Textfalt id="till" etikett="Till och med" typ="date" varde={text(fraga.till) ?? period.till} fel={fel.till} ram="" />
        <div className="flex items-end gap-4">
          <button type="submit" className="rounded-sm bg-brand px-4 py-2 font-semibold text-white">
            Visa
          </button>
          <Link href="/personal/besok" className="py-2">
            De senaste 30 dagarna
          </Link>
        </div>
      </form>

      <Diagram
        id="besok-per-dag"
        rubrik={perManad ? "Sidvisningar per månad" : "Sidvisningar per dag"}
        budskap={budskap}
        typ="kolumner"
        radrubrik={perManad ? "Månad" : "Dag"}
        serier={[{ nyckel: "antal", namn: "Sidvisningar" }]}
        rader={staplar}
        axeletikett={(r, i) =>
          perManad
            ? [r.namn.slice(0, 3), ...(i === 0 || r.nyckel.endsWith("-01") ? [r.nyckel.slice(0, 4)] : [])]
            : i % Math.ceil(staplar.length / 10) === 0
              ? [kortDag.format(new Date(r.nyckel))]
              : []
        }
        fotnot="Sidvisningar på alla publika sidor, också de som lämnats ut från sidcachen och nginx."
      />
      <p className="mt-2">
        <a href={csvAdress("dagar", period)}>Ladda ner sidvisningar per dag som CSV</a>
      </p>

      <Topplista tabell="sidor" kolumn="Sida" rader={s.sidor} period={period} tom="Inga sidvisningar under perioden." lank />
      <Topplista
        tabell="kallor"
        kolumn="Webbplats"
        rader={s.kallor}
        period={period}
        tom="Ingen kom från en annan webbplats under perioden (eller webbplatsen skickade inte med sin adress)."
      />
      <Topplista
        tabell="sokningar"
        kolumn="Sökning"
        rader={s.sokningar.map((r) => ({ namn: r.namn, antal: r.antal, extra: r.utanTraffar }))}
        extra="Utan träffar"
        period={period}
        tom="Inga sökningar under perioden."
      />
      <Topplista
        tabell="utan-traffar"
        kolumn="Sökning"
        rader={s.utanTraffar}
        period={period}
        tom="Alla sökningar under perioden gav träffar."
      />
      {s.gallradeSokningar > 0 && (
        <p className="mt-4 max-w-prose">
          Dessutom {tal.format(s.gallradeSokningar)} sökningar äldre än {SOKNING_DAGAR} dagar, som bara räknas i summan.
        </p>
      )}
    </>
  );
}
