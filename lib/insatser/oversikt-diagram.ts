// The four charts of "Så går det", each with its title and its message in words, made from the
// figures in ./oversikt. Kept apart from the page so a test can render exactly what the page shows.
import { greatest, sum } from "d3-array";
import { formatManad } from "../datum";
import type { DiagramProps } from "../diagram";
import { PILOTSTEG, pilotstegEtikett } from "../skolor";
import { STATUSORDNING, TIDSLINJE_MANADER, type SaGarDet } from "./oversikt";
import { statusEtikett } from "./status";

export type Diagramdefinition = Omit<DiagramProps, "rubrikniva">;

const tal = new Intl.NumberFormat("sv-SE");
const procent = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 0 });
const och = new Intl.ListFormat("sv", { type: "conjunction" });
const eller = new Intl.ListFormat("sv", { type: "disjunction" });
const kortManad = new Intl.DateTimeFormat("sv-SE", { month: "short", timeZone: "UTC" });

const statusserier = STATUSORDNING.map((s) => ({ nyckel: s, namn: statusEtikett(s) }));
const summa = (antal: Record<string, number>) => sum(Object.values(antal));

function perOmrade(d: SaGarDet): Diagramdefinition {
  const alla = summa(d.totalt);
  const med = d.perOmrade.filter((o) => o.slug && summa(o.antal) > 0);
  const bast = greatest(med, (o) => o.antal.KLAR / summa(o.antal));
  const budskap =
    alla === 0
      ? "Det finns inga insatser ännu."
      : `${tal.format(d.totalt.KLAR)} av ${tal.format(alla)} insatser är klara och ${tal.format(d.totalt.PAGAR)} pågår.` +
        (bast && bast.antal.KLAR > 0
          ? ` Störst andel klara har ${bast.namn}: ${tal.format(bast.antal.KLAR)} av ${tal.format(summa(bast.antal))}.`
          : "");
  return {
    id: "per-forstarkningsomrade",
    rubrik: "Insatser per förstärkningsområde",
    budskap,
    typ: "staplar",
    radrubrik: "Förstärkningsområde",
    serier: statusserier,
    rader: d.perOmrade.map((o) => ({ nyckel: o.slug ?? "utanfor", namn: o.namn, varden: o.antal })),
    extra: { rubrik: "Andel klara", varde: (r) => (summa(r.varden) ? `${procent.format(r.varden.KLAR / summa(r.varden))} klara` : "–") },
    fotnot:
      "Alla insatser och delinsatser som inte är arkiverade, efter status i dag. Insatser utanför förstärkningsområdena hör till Jämlikt Göteborg eller Framtidsrustad skola.",
  };
}

function perManad(d: SaGarDet): Diagramdefinition {
  const alla = sum(d.perManad, (m) => summa(m.antal));
  const flest = greatest(d.perManad, (m) => summa(m.antal));
  const klara = sum(d.perManad, (m) => m.antal.KLAR);
  const budskap =
    alla === 0 || !flest
      ? `Ingen insats har bytt status under de senaste ${TIDSLINJE_MANADER} månaderna.`
      : `Under de senaste ${TIDSLINJE_MANADER} månaderna har insatserna bytt status ${tal.format(alla)} gånger, flest i ${formatManad(flest.manad)} (${tal.format(summa(flest.antal))}). ` +
        `${tal.format(klara)} av ändringarna var till Klar.`;
  return {
    id: "per-manad",
    rubrik: "Statusändringar per månad",
    budskap,
    typ: "kolumner",
    radrubrik: "Månad",
    serier: statusserier.map((s) => ({ ...s, namn: `Till ${s.namn.toLowerCase()}` })),
    rader: d.perManad.map((m) => ({ nyckel: m.manad, namn: formatManad(m.manad), varden: m.antal })),
    // Every third month is named (January, April, July, October), with the year under the first
    // named month and under each January.
    axeletikett: (r) => {
      const m = Number(r.nyckel.slice(5));
      if (m % 3 !== 1) return [];
      const manad = kortManad.format(new Date(`${r.nyckel}-01T00:00:00Z`)).replace(".", "");
      const forsta = d.perManad.find((x) => Number(x.manad.slice(5)) % 3 === 1)?.manad === r.nyckel;
      return forsta || m === 1 ? [manad, r.nyckel.slice(0, 4)] : [manad];
    },
    fotnot:
      "Varje gång en insats får en ny status räknas i den månad det hände, efter den nya statusen. En ny insats räknas när den får sin första status.",
  };
}

function perStadsomrade(d: SaGarDet): Diagramdefinition {
  const storsta = Math.max(0, ...d.perStadsomrade.map((s) => summa(s.antal)));
  const flest = d.perStadsomrade.filter((s) => storsta > 0 && summa(s.antal) === storsta);
  const budskap =
    flest.length === 0
      ? "Ingen insats berör en enskild skola ännu."
      : flest.length > 1
        ? `Flest insatser berör skolorna i ${och.format(flest.map((s) => s.namn))}: ${tal.format(storsta)} vardera.`
        : `Flest insatser berör skolorna i ${flest[0].namn}: ${tal.format(storsta)}, varav ${tal.format(flest[0].antal.KLAR)} klara.`;
  return {
    id: "per-stadsomrade",
    rubrik: "Insatser vid skolorna i varje stadsområde",
    budskap,
    typ: "staplar",
    radrubrik: "Stadsområde",
    serier: statusserier,
    rader: d.perStadsomrade.map((s) => ({ nyckel: s.stadsomrade, namn: `${s.namn} (${tal.format(s.skolor)} skolor)`, varden: s.antal })),
    fotnot: "En insats som berör skolor i flera stadsområden räknas i vart och ett av dem, en gång.",
  };
}

function pilot(d: SaGarDet): Diagramdefinition {
  const n = d.pilot.skolor;
  const delar = d.pilot.delar;
  const allaKlara = delar.filter((del) => del.antal.KLAR === n).map((del) => del.namn);
  const bast = greatest(delar, (del) => del.antal.KLAR);
  const ingen = delar.filter((del) => del.antal.EJ_PABORJAD === n).map((del) => del.namn);
  const forsta =
    allaKlara.length > 0
      ? `Alla ${tal.format(n)} pilotskolor är klara med ${och.format(allaKlara)}.`
      : bast && bast.antal.KLAR > 0
        ? `${tal.format(bast.antal.KLAR)} av ${tal.format(n)} pilotskolor är klara med ${bast.namn}.`
        : `Ingen av de ${tal.format(n)} pilotskolorna är klar med någon del ännu.`;
  const budskap =
    n === 0 ? "Det finns inga pilotskolor ännu." : forsta + (ingen.length > 0 ? ` Ingen har ännu börjat med ${eller.format(ingen)}.` : "");
  const ordning = ["KLAR", "PAGAR", "EJ_PABORJAD"] as const satisfies readonly (typeof PILOTSTEG)[number][];
  return {
    id: "pilotskolor",
    rubrik: "Framtidsrustad skola: pilotskolorna genom projektets delar",
    budskap,
    typ: "staplar",
    radrubrik: "Del",
    // Not begun is drawn empty, like a planned insats.
    serier: ordning.map((s, i) => ({ nyckel: s, namn: pilotstegEtikett[s], monster: i === 2 ? 3 : i })),
    rader: delar.map((del) => ({ nyckel: del.slug, namn: del.namn, varden: del.antal })),
    fotnot: `Antal pilotskolor (av ${tal.format(n)}) som har kommit till varje steg i projektets delar.`,
  };
}

export function saGarDetDiagram(d: SaGarDet): Diagramdefinition[] {
  return [perOmrade(d), perManad(d), perStadsomrade(d), pilot(d)];
}
