import Link from "next/link";
import { faltfel } from "@/lib/atgard/faltfel";
import { Exportformular } from "@/components/forms/exportformular";
import { Textfalt } from "@/components/forms/falt";
import { FelSammanfattning } from "@/components/forms/fel-sammanfattning";
import { Tabellram } from "@/components/tabellram";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import { formatDatum, formatManad } from "@/lib/datum";
import { ledtidsfordelning } from "@/lib/synpunkter/ledtid";
import {
  andelITid,
  formatLedtid,
  statistik,
  statistikSchema,
  TOPPSKOLOR,
  type Enkatfordelning,
  type Fristutfall,
  type Ledtid,
  type Period,
} from "@/lib/synpunkter/statistik";
import { Arendediagram, Spridningsdiagram } from "./diagram";
import { KoppladeInsatser } from "./kopplade-insatser";

export const metadata = { title: "Statistik över synpunkter" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const th = "border-b-2 border-ink p-2";
const td = "border-b border-line p-2";
const tal = new Intl.NumberFormat("sv-SE");
const procent = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 0 });

function periodtext(p: Period): string {
  if (p.fran && p.till) return `mottagna ${formatDatum(p.fran)}–${formatDatum(p.till)}`;
  if (p.fran) return `mottagna från och med ${formatDatum(p.fran)}`;
  if (p.till) return `mottagna till och med ${formatDatum(p.till)}`;
  return "alla mottagna ärenden";
}

/** A count per group with its share of the total, and the total as the last row. */
function Antalstabell({
  rubrik,
  kolumn,
  rader,
  totalt,
}: {
  rubrik: string;
  kolumn: string;
  rader: { namn: string; antal: number }[];
  totalt: number;
}) {
  return (
    <Tabellram namn={rubrik} className="mt-3">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="mb-2 text-left text-xl font-bold">{rubrik}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              {kolumn}
            </th>
            <th scope="col" className={`${th} text-right`}>
              Antal
            </th>
            <th scope="col" className={`${th} text-right`}>
              Andel
            </th>
          </tr>
        </thead>
        <tbody>
          {rader.map((r) => (
            <tr key={r.namn}>
              <th scope="row" className={`${td} font-normal`}>
                {r.namn}
              </th>
              <td className={`${td} text-right`}>{tal.format(r.antal)}</td>
              <td className={`${td} text-right`}>{totalt ? procent.format(r.antal / totalt) : "–"}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="p-2">
              Totalt
            </th>
            <td className="p-2 text-right font-semibold">{tal.format(totalt)}</td>
            <td className="p-2 text-right font-semibold">{totalt ? procent.format(1) : "–"}</td>
          </tr>
        </tfoot>
      </table>
    </Tabellram>
  );
}

/** One row of answers to the closing question: counts and the share that said Ja. */
function Enkatrad({ namn, f, fot }: { namn: string; f: Enkatfordelning; fot?: boolean }) {
  const summa = f.JA + f.DELVIS + f.NEJ;
  const cell = fot ? "p-2 text-right font-semibold" : `${td} text-right`;
  return (
    <tr>
      <th scope="row" className={fot ? "p-2" : `${td} font-normal`}>
        {namn}
      </th>
      <td className={cell}>{tal.format(f.JA)}</td>
      <td className={cell}>{tal.format(f.DELVIS)}</td>
      <td className={cell}>{tal.format(f.NEJ)}</td>
      <td className={cell}>{summa ? procent.format(f.JA / summa) : "–"}</td>
    </tr>
  );
}

function Enkattabell({
  rubrik,
  kolumn,
  rader,
  alla,
}: {
  rubrik: string;
  kolumn: string;
  rader: { namn: string; f: Enkatfordelning }[];
  alla: Enkatfordelning;
}) {
  return (
    <Tabellram namn={rubrik} className="mt-3">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="mb-2 text-left text-xl font-bold">{rubrik}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>
              {kolumn}
            </th>
            <th scope="col" className={`${th} text-right`}>
              Ja
            </th>
            <th scope="col" className={`${th} text-right`}>
              Delvis
            </th>
            <th scope="col" className={`${th} text-right`}>
              Nej
            </th>
            <th scope="col" className={`${th} text-right`}>
              Andel ja
            </th>
          </tr>
        </thead>
        <tbody>
          {rader.map((r) => (
            <Enkatrad key={r.namn} namn={r.namn} f={r.f} />
          ))}
        </tbody>
        <tfoot>
          <Enkatrad namn="Alla" f={alla} fot />
        </tfoot>
      </table>
    </Tabellram>
  );
}

function Andel({ itid, sent, forsenat }: { itid: number; sent: number; forsenat: number }) {
  const a = andelITid(itid, sent, forsenat);
  return <>{a === null ? "–" : procent.format(a)}</>;
}

/** Deadlines kept per group: answered and closed in time, late, and still open past the deadline. */
function Fristtabell({
  rubrik,
  kolumn,
  rader,
  alla,
}: {
  rubrik: string;
  kolumn: string;
  rader: ({ namn: string } & Fristutfall)[];
  alla?: Fristutfall;
}) {
  const rad = (namn: string, f: Fristutfall, key?: string) => (
    <tr key={key ?? namn}>
      <th scope="row" className={`${td} font-normal`}>
        {namn}
      </th>
      <td className={`${td} text-right`}>{tal.format(f.svarITid)}</td>
      <td className={`${td} text-right`}>{tal.format(f.svarSent)}</td>
      <td className={`${td} text-right`}>{tal.format(f.svarForsenat)}</td>
      <td className={`${td} text-right font-semibold`}>
        <Andel itid={f.svarITid} sent={f.svarSent} forsenat={f.svarForsenat} />
      </td>
      <td className={`${td} text-right`}>{tal.format(f.avslutITid)}</td>
      <td className={`${td} text-right`}>{tal.format(f.avslutSent)}</td>
      <td className={`${td} text-right`}>{tal.format(f.avslutForsenat)}</td>
      <td className={`${td} text-right font-semibold`}>
        <Andel itid={f.avslutITid} sent={f.avslutSent} forsenat={f.avslutForsenat} />
      </td>
    </tr>
  );
  return (
    <Tabellram namn={rubrik} className="mt-3">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">{rubrik}</caption>
        <thead>
          <tr>
            <td className="p-2" />
            <th scope="colgroup" colSpan={4} className="border-b border-line p-2 text-center">
              Första svar
            </th>
            <th scope="colgroup" colSpan={4} className="border-b border-line p-2 text-center">
              Avslut
            </th>
          </tr>
          <tr>
            <th scope="col" className={th}>
              {kolumn}
            </th>
            {["i tid", "sent", "försenade, öppna", "andel i tid", "i tid", "sent", "försenade, öppna", "andel i tid"].map((k, i) => (
              <th key={i} scope="col" className={`${th} text-right`}>
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rader.map((r) => rad(r.namn, r))}</tbody>
        {alla && <tfoot>{rad("Alla", alla, "alla")}</tfoot>}
      </table>
    </Tabellram>
  );
}

function Ledtidsrad({ namn, l }: { namn: string; l: Ledtid }) {
  return (
    <tr>
      <th scope="row" className={`${td} font-normal`}>
        {namn}
      </th>
      <td className={`${td} text-right`}>
        {tal.format(l.besvarade)} av {tal.format(l.antal)}
      </td>
      <td className={`${td} text-right`}>{formatLedtid(l.median)}</td>
      <td className={`${td} text-right`}>{formatLedtid(l.p90)}</td>
    </tr>
  );
}

export default async function Statistik({ searchParams }: Props) {
  const user = await requirePage("synpunkt.statistik");
  const fraga = await searchParams;
  const parsed = statistikSchema.safeParse({ fran: fraga.fran, till: fraga.till });
  // A period that does not parse is shown as an error; the figures are then for every case.
  const period: Period = parsed.success ? parsed.data : {};
  const fel = parsed.success ? {} : faltfel(parsed.error);
  const [s, spridning] = await Promise.all([statistik(db, user, period), ledtidsfordelning(db, user, period)]);
  const galler = periodtext(period);

  return (
    <>
      <p className="text-sm">
        <Link href="/personal/synpunkter">Inkorgen</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Statistik: frågor och synpunkter</h1>
      <p className="mt-2 max-w-prose">
        Siffrorna gäller {galler}: {tal.format(s.totalt)} ärenden. Ett ärende räknas den dag det togs emot (svensk tid).
      </p>

      <form method="get" noValidate className="mt-6 grid gap-4 rounded-sm border border-line bg-white p-4 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <FelSammanfattning fel={fel} />
        </div>
        <Textfalt
          id="fran"
          etikett="Mottagna från och med"
          typ="date"
          varde={typeof fraga.fran === "string" ? fraga.fran : ""}
          fel={fel.fran}
          ram=""
        />
        <Textfalt
          id="till"
          etikett="Mottagna till och med"
          typ="date"
          varde={typeof fraga.till === "string" ? fraga.till : ""}
          fel={fel.till}
          ram=""
        />
        <div className="flex items-end gap-4">
          <button type="submit" className="rounded-sm bg-brand px-4 py-2 font-semibold text-white">
            Visa
          </button>
          <Link href="/personal/synpunkter/statistik" className="py-2">
            Hela perioden
          </Link>
        </div>
      </form>

      <Arendediagram s={s} />

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <Antalstabell
          rubrik="Ärenden per typ"
          kolumn="Typ"
          totalt={s.totalt}
          rader={s.perTyp.map((r) => ({ namn: r.etikett, antal: r.antal }))}
        />
        <Antalstabell
          rubrik="Ärenden per status"
          kolumn="Status"
          totalt={s.totalt}
          rader={s.perStatus.map((r) => ({ namn: r.etikett, antal: r.antal }))}
        />
      </div>

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <div>
          <Antalstabell
            rubrik="Ärenden per skola"
            kolumn="Skola"
            totalt={s.totalt}
            rader={[
              ...s.perSkola.skolor.map((r) => ({ namn: r.namn, antal: r.antal })),
              ...(s.perSkola.ovrigaSkolor > 0 ? [{ namn: `Övriga skolor (${s.perSkola.ovrigaSkolor})`, antal: s.perSkola.ovriga }] : []),
              { namn: "Ingen skola angiven", antal: s.perSkola.ingenSkola },
            ]}
          />
          <p className="mt-2 text-sm text-muted">De {TOPPSKOLOR} skolor som fått flest ärenden visas var för sig.</p>
        </div>
        <div>
          <Tabellram namn="Ärenden per månad" className="mt-3">
            <table className="w-full border-collapse bg-white text-left">
              <caption className="mb-2 text-left text-xl font-bold">Ärenden per månad</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    Månad
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    Antal
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.perManad.map((m) => (
                  <tr key={m.manad}>
                    <th scope="row" className={`${td} font-normal`}>
                      <time dateTime={m.manad}>{formatManad(m.manad)}</time>
                    </th>
                    <td className={`${td} text-right`}>{tal.format(m.antal)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabellram>
          <p className="mt-2 text-sm text-muted">De tolv senaste månaderna{period.till ? " fram till periodens slut" : ""}.</p>
        </div>
      </div>

      <section aria-labelledby="ledtid-rubrik" className="mt-10">
        <h2 id="ledtid-rubrik" className="text-2xl font-bold">
          Tid till första svar
        </h2>
        <p className="mt-2 max-w-prose">
          Från att ärendet togs emot till att det första svaret skickades. Hälften av ärendena besvarades inom medianen och nio av tio inom
          90:e percentilen. Ärenden som ännu inte har besvarats ingår inte i tiderna.
        </p>
        <Tabellram namn="Tid till första svar" className="mt-3">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">Tid till första svar per typ, {galler}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Typ
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Besvarade
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Median
                </th>
                <th scope="col" className={`${th} text-right`}>
                  90:e percentilen
                </th>
              </tr>
            </thead>
            <tbody>
              {s.ledtid.perTyp.map((l) => (
                <Ledtidsrad key={l.typ} namn={l.etikett} l={l} />
              ))}
            </tbody>
            <tfoot>
              <Ledtidsrad namn="Alla typer" l={s.ledtid.alla} />
            </tfoot>
          </table>
        </Tabellram>
      </section>

      <section aria-labelledby="frist-rubrik" className="mt-10">
        <h2 id="frist-rubrik" className="text-2xl font-bold">
          Svar och avslut inom frist
        </h2>
        <p className="mt-2 max-w-prose">
          Varje ärende har en frist för första svar och en för avslut, i arbetsdagar efter typ (se inkorgen). I tid betyder senast på
          fristens dag. Öppna ärenden vars frist inte har passerat räknas inte ännu. Andelen i tid räknas av de avgjorda: i tid, sent och
          försenade öppna, {galler}.
        </p>
        <Fristtabell
          rubrik="Inom frist per typ"
          kolumn="Typ"
          rader={s.frister.perTyp.map((r) => ({ ...r, namn: r.etikett }))}
          alla={s.frister.alla}
        />
        <Fristtabell rubrik="Inom frist per skola" kolumn="Skola" rader={s.frister.perSkola} />
        <Fristtabell
          rubrik="Inom frist per månad"
          kolumn="Månad"
          rader={s.frister.perManad.map((r) => ({ ...r, namn: formatManad(r.manad) }))}
        />
      </section>

      <Spridningsdiagram spridning={spridning} galler={galler} />
      <section aria-labelledby="enkat-rubrik" className="mt-10">
        <h2 id="enkat-rubrik" className="text-2xl font-bold">
          Fick avsändaren svar på det hen undrade?
        </h2>
        <p className="mt-2 max-w-prose">
          När ett ärende är avslutat frågar ärendesidan en gång: &quot;Fick du svar på det du undrade?&quot; Svaren räknas per typ och per
          månad då ärendet togs emot, {galler}.
        </p>
        <div className="grid gap-8 lg:grid-cols-2">
          <Enkattabell
            rubrik="Svar på frågan per typ"
            kolumn="Typ"
            rader={s.enkat.perTyp.map((r) => ({ namn: r.etikett, f: r }))}
            alla={s.enkat.alla}
          />
          <Enkattabell
            rubrik="Svar på frågan per månad"
            kolumn="Månad"
            rader={s.enkat.perManad.map((r) => ({ namn: formatManad(r.manad), f: r }))}
            alla={s.enkat.alla}
          />
        </div>
      </section>

      <KoppladeInsatser />

      {can(user, "synpunkt.exportera") && (
        <div className="mt-8">
          <Exportformular filter={period} etikett="Exportera ärendena för perioden som CSV" />
        </div>
      )}
    </>
  );
}
