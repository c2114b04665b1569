// The statistics page's charts: cases per type and per month (the tables on the page hold the
// same numbers), and the spread of time to first answer with its own table.
import { Diagram } from "@/components/diagram/diagram";
import { Kolumndiagram } from "@/components/diagram/kolumndiagram";
import { Stapeldiagram } from "@/components/diagram/stapeldiagram";
import { Tabellram } from "@/components/tabellram";
import { formatManad } from "@/lib/datum";
import { LEDTIDSGRANSER, type Ledtidsfordelning } from "@/lib/synpunkter/ledtid";
import type { Statistik } from "@/lib/synpunkter/statistik";

const tal = new Intl.NumberFormat("sv-SE");

function spridningstext(spridning: Ledtidsfordelning): string {
  const besvarade = spridning.reduce((n, k) => n + k.antal, 0);
  if (besvarade === 0) return "Inget ärende har fått ett första svar än.";
  // The intervals before the one that starts at a full day.
  const inomDygn = spridning.slice(0, LEDTIDSGRANSER.indexOf(24 * 3600) + 1).reduce((n, k) => n + k.antal, 0);
  return `${tal.format(inomDygn)} av ${tal.format(besvarade)} besvarade ärenden fick sitt första svar inom ett dygn.`;
}

/** Cases per type and per month as charts; the tables below hold the same numbers. */
export function Arendediagram({ s }: { s: Statistik }) {
  const flestTyper = s.perTyp.filter((t) => t.antal === Math.max(...s.perTyp.map((x) => x.antal)));
  const manader = s.perManad.reduce((n, m) => n + m.antal, 0);
  const flestManad = s.perManad.reduce((a, b) => (b.antal > a.antal ? b : a));
  const typer = new Intl.ListFormat("sv", { type: "conjunction" }).format(flestTyper.map((t) => t.etikett.toLowerCase()));
  const typtext =
    s.totalt === 0
      ? "Inga ärenden under perioden."
      : `Flest ärenden är av ${flestTyper.length > 1 ? "typerna" : "typen"} ${typer}: ${tal.format(flestTyper[0].antal)}${flestTyper.length > 1 ? " vardera" : ""} av ${tal.format(s.totalt)}.`;
  const manadstext =
    manader === 0
      ? "Inga ärenden kom under de tolv månaderna."
      : `Under de tolv månaderna kom ${tal.format(manader)} ärenden, flest i ${formatManad(flestManad.manad)} (${tal.format(flestManad.antal)}).`;
  const serie = [{ nyckel: "antal", namn: "Ärenden" }];
  return (
    <div className="mt-8 space-y-8">
      <figure aria-labelledby="diagram-typ-rubrik">
        <h2 id="diagram-typ-rubrik" className="text-xl font-bold">
          Diagram: ärenden per typ
        </h2>
        <p className="mt-1">{typtext}</p>
        <Tabellram namn="Diagram: ärenden per typ" className="mt-2">
          <Stapeldiagram
            id="diagram-typ"
            namn={typtext}
            serier={serie}
            rader={s.perTyp.map((t) => ({ nyckel: t.typ, namn: t.etikett, varden: { antal: t.antal } }))}
          />
        </Tabellram>
      </figure>
      <figure aria-labelledby="diagram-manad-rubrik">
        <h2 id="diagram-manad-rubrik" className="text-xl font-bold">
          Diagram: ärenden per månad
        </h2>
        <p className="mt-1">{manadstext}</p>
        <Tabellram namn="Diagram: ärenden per månad" className="mt-2">
          <Kolumndiagram
            id="diagram-manad"
            namn={manadstext}
            serier={serie}
            rader={s.perManad.map((m) => ({ nyckel: m.manad, namn: formatManad(m.manad), varden: { antal: m.antal } }))}
            axeletikett={(r, i) => {
              const [ar, manad] = r.nyckel.split("-");
              const kort = formatManad(r.nyckel).slice(0, 3);
              return i === 0 || manad === "01" ? [kort, ar] : [kort];
            }}
          />
        </Tabellram>
      </figure>
    </div>
  );
}

/** How long the answered cases waited for their first answer, per interval. */
export function Spridningsdiagram({ spridning, galler }: { spridning: Ledtidsfordelning; galler: string }) {
  return (
    <Diagram
      id="ledtid-spridning"
      rubrik="Spridningen av tid till första svar"
      budskap={spridningstext(spridning)}
      typ="kolumner"
      radrubrik="Tid till första svar"
      serier={[{ nyckel: "antal", namn: "Besvarade ärenden" }]}
      rader={spridning.map((k) => ({ nyckel: k.nyckel, namn: k.etikett, varden: { antal: k.antal } }))}
      axeletikett={(r) => [...(spridning.find((k) => k.nyckel === r.nyckel)?.axel ?? [r.namn])]}
      fotnot={`Besvarade ärenden, ${galler}, efter hur lång tid det tog till det första svaret.`}
    />
  );
}
