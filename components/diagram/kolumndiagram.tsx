// Stacked columns along an ordered axis (months, intervals), drawn on the server. Each column's
// total is written above it; the parts are told apart by their fill and the legend. The caller
// names the columns under the axis, and may leave some unnamed where they would crowd.
import { max, sum } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { BLACK, DAMPAD, fyllning, Monsterdefinitioner, Teckenforklaring } from "./monster";
import type { Diagramdata } from "@/lib/diagram";

const BREDD = 640;
const HOJD = 290;
const M = { topp: 24, hoger: 8, botten: 46, vanster: 40 };
const tal = new Intl.NumberFormat("sv-SE");

export interface KolumnProps extends Diagramdata {
  id: string;
  /** The chart's accessible name: the sentence that states its message. */
  namn: string;
  /** The label under a column, one or two lines, or none; the row's name when left out. */
  axeletikett?: (rad: Diagramdata["rader"][number], index: number) => string[];
}

export function Kolumndiagram({ id, namn, serier, rader, axeletikett }: KolumnProps) {
  const nycklar = serier.map((s) => s.nyckel);
  const summor = rader.map((r) => sum(nycklar, (k) => r.varden[k] ?? 0));
  const x = scaleBand()
    .domain(rader.map((r) => r.nyckel))
    .range([M.vanster, BREDD - M.hoger])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(summor) ?? 0)])
    .nice()
    .range([HOJD - M.botten, M.topp]);
  const lager = stack<Diagramdata["rader"][number]>()
    .keys(nycklar)
    .value((r, k) => r.varden[k] ?? 0)(rader);
  const tick = y.ticks(4).filter(Number.isInteger);
  const etikett = axeletikett ?? ((r) => [r.namn]);

  return (
    <div>
      <Teckenforklaring diagramId={id} serier={serier} />
      <svg
        viewBox={`0 0 ${BREDD} ${HOJD}`}
        role="img"
        aria-label={namn}
        className="mt-2 block h-auto w-full max-w-[40rem] min-w-[36rem]"
        fontSize="12"
      >
        <Monsterdefinitioner diagramId={id} serier={serier} />
        {tick.map((t) => (
          <g key={t} transform={`translate(0 ${y(t)})`}>
            <line x1={M.vanster - 5} x2={M.vanster} stroke={BLACK} />
            <text x={M.vanster - 8} dy="4" textAnchor="end" fill={DAMPAD}>
              {tal.format(t)}
            </text>
          </g>
        ))}
        {rader.map((r, i) => (
          <g key={r.nyckel} data-kategori={r.nyckel}>
            {lager.map((l, s) => {
              const [fran, till] = l[i];
              if (till === fran) return null;
              return (
                <g key={l.key} data-serie={l.key} data-varde={till - fran}>
                  <rect
                    x={x(r.nyckel)}
                    y={y(till)}
                    width={x.bandwidth()}
                    height={y(fran) - y(till)}
                    fill={fyllning(id, serier, s)}
                    stroke={BLACK}
                    strokeWidth="1.5"
                  />
                </g>
              );
            })}
            <text x={x(r.nyckel)! + x.bandwidth() / 2} y={y(summor[i]) - 6} textAnchor="middle" fill={BLACK}>
              {tal.format(summor[i])}
            </text>
            {etikett(r, i).length > 0 && (
              <text x={x(r.nyckel)! + x.bandwidth() / 2} y={HOJD - M.botten + 18} textAnchor="middle" fill={BLACK}>
                {etikett(r, i).map((rad, j) => (
                  <tspan key={j} x={x(r.nyckel)! + x.bandwidth() / 2} dy={j === 0 ? 0 : 15}>
                    {rad}
                  </tspan>
                ))}
              </text>
            )}
          </g>
        ))}
        <line x1={M.vanster} x2={M.vanster} y1={M.topp - 4} y2={HOJD - M.botten} stroke={BLACK} />
        <line x1={M.vanster} x2={BREDD - M.hoger} y1={HOJD - M.botten} y2={HOJD - M.botten} stroke={BLACK} strokeWidth="1.5" />
      </svg>
    </div>
  );
}
