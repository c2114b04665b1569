import Link from "next/link";
import { Exportformular } from "@/components/forms/exportformular";
import { Filterval } from "@/components/forms/filterval";
import { Tabellram } from "@/components/tabellram";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/inloggad";
import { svensktDatum } from "@/lib/datum";
import { db } from "@/lib/db";
import { aktuellFrist, datumText, forsening, forseningText } from "@/lib/synpunkter/frister";
import { inkorg, inkorgSchema } from "@/lib/synpunkter/inkorg";
import { harInkorg, vidarebefordradeArenden } from "@/lib/synpunkter/vidarebefordran";
import { redirect } from "next/navigation";
import { Rektorsinkorg } from "./rektorsinkorg";
import { arendenummer, synpunktStatusar, synpunktTyper } from "@/lib/synpunkter/typer";

export const metadata = { title: "Inkorg" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const falt = "mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-1";
const datum = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Stockholm" });
const vy = (aktiv: boolean) => (aktiv ? "font-bold no-underline" : "");

export default async function Inkorg({ searchParams }: Props) {
  // A rektor's inbox lists only the cases forwarded to their school (lib/synpunkter/vidarebefordran.ts).
  const user = await requirePage("personal.oversikt");
  if (!can(user, "synpunkt.lasa")) {
    if (!harInkorg(user)) redirect("/personal/ingen-behorighet");
    return <Rektorsinkorg rader={await vidarebefordradeArenden(db, user)} />;
  }
  const filter = inkorgSchema.parse(await searchParams);
  const [{ rader, nasta }, skolor] = await Promise.all([
    inkorg(db, filter, user.id),
    db.skola.findMany({ select: { slug: true, namn: true }, orderBy: { namn: "asc" } }),
  ]);
  const bas = Object.fromEntries(Object.entries(filter).filter(([k, v]) => k !== "efter" && v)) as Record<string, string>;
  const lank = (extra: Record<string, string> = {}) => `/personal/synpunkter?${new URLSearchParams({ ...bas, ...extra })}`;
  // The views are links over the same filter: "Mina ärenden" and the deadline order add to it.
  const utan = (k: string) => Object.fromEntries(Object.entries(bas).filter(([n]) => n !== k));
  const vyLank = (extra: Record<string, string>, bort: string) =>
    `/personal/synpunkter?${new URLSearchParams({ ...utan(bort), ...extra })}`;
  const idag = svensktDatum();
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Inkorg: frågor och synpunkter</h1>
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        {can(user, "synpunkt.statistik") && (
          <li>
            <Link href="/personal/synpunkter/statistik">Statistik</Link>
          </li>
        )}
        {can(user, "synpunkt.exportera") && (
          <li>
            <Exportformular filter={bas} etikett="Exportera som CSV" />
          </li>
        )}
      </ul>
      <nav aria-label="Urval" className="mt-4">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={vyLank({}, "mina")} aria-current={!filter.mina ? "page" : undefined} className={vy(!filter.mina)}>
              Alla ärenden
            </Link>
          </li>
          <li>
            <Link href={vyLank({ mina: "1" }, "mina")} aria-current={filter.mina ? "page" : undefined} className={vy(Boolean(filter.mina))}>
              Mina ärenden
            </Link>
          </li>
          <li>
            {filter.sortera === "frist" ? (
              <Link href={vyLank({}, "sortera")}>Sortera nyaste först</Link>
            ) : (
              <Link href={vyLank({ sortera: "frist" }, "sortera")}>Sortera efter förfallodag</Link>
            )}
          </li>
        </ul>
      </nav>
      <form method="get" className="mt-6 grid gap-4 rounded-sm border border-line bg-white p-4 sm:grid-cols-3">
        <div>
          <label htmlFor="q" className="block font-semibold">
            Sök i meddelanden eller på ärendenummer
          </label>
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} className={falt} />
        </div>
        <Filterval
          id="status"
          etikett="Status"
          varde={filter.status}
          val={Object.entries(synpunktStatusar).map(([varde, etikett]) => ({ varde, etikett }))}
        />
        <Filterval
          id="typ"
          etikett="Typ"
          varde={filter.typ}
          val={Object.entries(synpunktTyper).map(([varde, t]) => ({ varde, etikett: t.etikett }))}
        />
        <Filterval id="skola" etikett="Skola" varde={filter.skola} val={skolor.map((s) => ({ varde: s.slug, etikett: s.namn }))} />
        <div>
          <label htmlFor="fran" className="block font-semibold">
            Från och med
          </label>
          <input id="fran" name="fran" type="date" defaultValue={filter.fran ?? ""} className={falt} />
        </div>
        <div>
          <label htmlFor="till" className="block font-semibold">
            Till och med
          </label>
          <input id="till" name="till" type="date" defaultValue={filter.till ?? ""} className={falt} />
        </div>
        {filter.mina && <input type="hidden" name="mina" value="1" />}
        {filter.sortera && <input type="hidden" name="sortera" value={filter.sortera} />}
        <div className="sm:col-span-3">
          <button type="submit" className="rounded-sm bg-brand px-4 py-2 font-semibold text-white">
            Filtrera
          </button>{" "}
          <Link href="/personal/synpunkter" className="ml-3">
            Rensa filter
          </Link>
        </div>
      </form>
      {rader.length === 0 ? (
        <p className="mt-6">Inga ärenden matchar filtret.</p>
      ) : (
        <Tabellram namn="Ärenden" className="mt-6">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">
              {filter.sortera === "frist" ? "Öppna ärenden, det som förfaller först överst" : "Ärenden, nyaste först"}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Ärende
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Typ
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Status
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Mottaget
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Förfaller
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Skola
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Handläggare
                </th>
              </tr>
            </thead>
            <tbody>
              {rader.map((r) => (
                <tr key={r.id}>
                  <td className="border-b border-line p-2">
                    <Link href={`/personal/synpunkter/${r.lopnummer}`}>{arendenummer(r.lopnummer, r.skapad)}</Link>
                    {r.nyttMeddelande && <strong className="ml-2 rounded-sm border-2 border-warn px-1 text-sm">Nytt meddelande</strong>}
                    <span className="block max-w-xs truncate text-sm text-muted">{r.meddelande}</span>
                  </td>
                  <td className="border-b border-line p-2">{synpunktTyper[r.typ].etikett}</td>
                  <td className="border-b border-line p-2">
                    {synpunktStatusar[r.status]}
                    {r.huvudarendeId && <span className="block text-sm font-semibold">Kopplat</span>}
                  </td>
                  <td className="border-b border-line p-2 whitespace-nowrap">{datum.format(r.skapad)}</td>
                  <td className="border-b border-line p-2 whitespace-nowrap">
                    <Forfaller rad={r} idag={idag} />
                  </td>
                  <td className="border-b border-line p-2">{r.skola?.namn ?? "–"}</td>
                  <td className="border-b border-line p-2">{r.handlaggare?.name ?? "Ingen"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabellram>
      )}
      <nav aria-label="Sidor" className="mt-4 flex gap-4">
        {filter.efter && <Link href={lank()}>Till första sidan</Link>}
        {nasta && <Link href={lank({ efter: nasta })}>Äldre ärenden</Link>}
      </nav>
    </>
  );
}

type Fristrad = Parameters<typeof aktuellFrist>[0];

/** The deadline that applies, and "Försenad" in words, not only in colour. */
function Forfaller({ rad, idag }: { rad: Fristrad; idag: string }) {
  const frist = aktuellFrist(rad);
  if (!frist) return <>–</>;
  const sen = forsening(rad, idag);
  return (
    <>
      {datumText(frist)}
      <span className="block text-sm text-muted">{rad.forstaSvar ? "avslut" : "första svar"}</span>
      {sen && <strong className="mt-1 inline-block rounded-sm border-2 border-warn px-1 text-sm">{forseningText[sen]}</strong>}
    </>
  );
}
