// Horizontal stacked bars, drawn on the server. Each bar has its name above it (long Swedish
// names fit), each part its number written in it when there is room, and the bar's total (or a
// caller's text, such as a share) after it.
import { max, sum } from "d3-array";
import { scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { BLACK, DAMPAD, fyllning, Monsterdefinitioner, Teckenforklaring } from "./monster";
import type { Diagramdata } from "@/lib/diagram";

const BREDD = 640;
const EFTER = 130;
const RAD = 68;
const AXEL = 30;
const tal = new Intl.NumberFormat("sv-SE");

export interface StapelProps extends Diagramdata {
  id: string;
  /** The chart's accessible name: the sentence that states its message. */
  namn: string;
  /** What is written after a bar; the bar's total when left out. */
  slutetikett?: (rad: Diagramdata["rader"][number]) => string;
}

export function Stapeldiagram({ id, namn, serier, rader, slutetikett }: StapelProps) {
  const nycklar = serier.map((s) => s.nyckel);
  const summor = rader.map((r) => sum(nycklar, (k) => r.varden[k] ?? 0));
  const x = scaleLinear()
    .domain([0, Math.max(1, max(summor) ?? 0)])
    .nice()
    .range([1, BREDD - EFTER]);
  // d3's stack gives each part its start and end along the bar.
  const lager = stack<Diagramdata["rader"][number]>()
    .keys(nycklar)
    .value((r, k) => r.varden[k] ?? 0)(rader);
  const hojd = rader.length * RAD + AXEL;
  const botten = rader.length * RAD + 4;
  const tick = x.ticks(5).filter(Number.isInteger);

  return (
    <div>
      <Teckenforklaring diagramId={id} serier={serier} />
      <svg
        viewBox={`0 0 ${BREDD} ${hojd}`}
        role="img"
        aria-label={namn}
        className="mt-2 block h-auto w-full max-w-[40rem] min-w-[36rem]"
        fontSize="14"
      >
        <Monsterdefinitioner diagramId={id} serier={serier} />
        {rader.map((r, i) => (
          <g key={r.nyckel} transform={`translate(0 ${i * RAD})`} data-kategori={r.nyckel}>
            <text x="1" y="18" fill={BLACK} fontWeight="600">
              {r.namn}
            </text>
            {lager.map((l, s) => {
              const [fran, till] = l[i];
              const b = x(till) - x(fran);
              if (till === fran) return null;
              const mitt = x(fran) + b / 2;
              return (
                <g key={l.key} data-serie={l.key} data-varde={till - fran}>
                  <rect x={x(fran)} y="26" width={b} height="28" fill={fyllning(id, serier, s)} stroke={BLACK} strokeWidth="1.5" />
                  {b >= 30 && (
                    <>
                      <rect x={mitt - 13} y="31" width="26" height="18" rx="3" fill="#fff" stroke={BLACK} strokeWidth="1" />
                      <text x={mitt} y="45" textAnchor="middle" fontSize="13" fill={BLACK}>
                        {tal.format(till - fran)}
                      </text>
                    </>
                  )}
                </g>
              );
            })}
            <text x={x(summor[i]) + 8} y="45" fill={BLACK}>
              {slutetikett ? slutetikett(r) : tal.format(summor[i])}
            </text>
          </g>
        ))}
        <line x1={x(0)} x2={x(0)} y1="22" y2={botten} stroke={BLACK} strokeWidth="1.5" />
        <line x1={x(0)} x2={x.range()[1]} y1={botten} y2={botten} stroke={BLACK} strokeWidth="1" />
        {tick.map((t) => (
          <g key={t} transform={`translate(${x(t)} ${botten})`}>
            <line y2="5" stroke={BLACK} />
            <text y="20" textAnchor={t === 0 ? "start" : "middle"} fontSize="12" fill={DAMPAD}>
              {tal.format(t)}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}
