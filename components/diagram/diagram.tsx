// A chart as a reader meets it: a title, one sentence that says what it shows, the picture, and
// the same numbers as a table (for screen readers, for copying, and for anyone who prefers one).
import { sum } from "d3-array";
import { Tabellram } from "../tabellram";
import { Kolumndiagram } from "./kolumndiagram";
import { Stapeldiagram } from "./stapeldiagram";
import type { DiagramProps } from "@/lib/diagram";

const tal = new Intl.NumberFormat("sv-SE");
const th = "border-b-2 border-ink p-2";
const td = "border-b border-line p-2 text-right tabular-nums";

export function Diagram({ id, rubrik, budskap, typ, serier, rader, radrubrik, extra, axeletikett, rubrikniva = 2, fotnot }: DiagramProps) {
  const H = rubrikniva === 2 ? "h2" : "h3";
  const flera = serier.length > 1;
  return (
    <figure aria-labelledby={`${id}-rubrik`} className="mt-10">
      <H id={`${id}-rubrik`} className={rubrikniva === 2 ? "text-2xl font-bold" : "text-xl font-bold"}>
        {rubrik}
      </H>
      <p className="mt-2 max-w-prose text-lg">{budskap}</p>
      <Tabellram namn={`Diagram: ${rubrik}`} className="mt-2 break-inside-avoid">
        {typ === "staplar" ? (
          <Stapeldiagram id={id} namn={budskap} serier={serier} rader={rader} slutetikett={extra?.varde} />
        ) : (
          <Kolumndiagram id={id} namn={budskap} serier={serier} rader={rader} axeletikett={axeletikett} />
        )}
      </Tabellram>
      <Tabellram namn={`Tabell: ${rubrik}`} className="mt-4">
        <table className="w-full border-collapse bg-white text-left" data-diagram={id}>
          <caption className="sr-only">{rubrik}</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {radrubrik}
              </th>
              {serier.map((s) => (
                <th key={s.nyckel} scope="col" className={`${th} text-right`}>
                  {s.namn}
                </th>
              ))}
              {flera && (
                <th scope="col" className={`${th} text-right`}>
                  Totalt
                </th>
              )}
              {extra && (
                <th scope="col" className={`${th} text-right`}>
                  {extra.rubrik}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rader.map((r) => (
              <tr key={r.nyckel} data-kategori={r.nyckel}>
                <th scope="row" className="border-b border-line p-2 font-normal">
                  {r.namn}
                </th>
                {serier.map((s) => (
                  <td key={s.nyckel} data-serie={s.nyckel} className={td}>
                    {tal.format(r.varden[s.nyckel] ?? 0)}
                  </td>
                ))}
                {flera && <td className={`${td} font-semibold`}>{tal.format(sum(serier, (s) => r.varden[s.nyckel] ?? 0))}</td>}
                {extra && <td className={td}>{extra.varde(r)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </Tabellram>
      {fotnot && <p className="mt-2 max-w-prose text-sm text-muted">{fotnot}</p>}
    </figure>
  );
}
