import Link from "next/link";
import type { InsatsKort } from "@/lib/insatser/queries";
import { arForsenad } from "@/lib/insatser/planering";
import { Forsenad, Progress, StatusBadge } from "./status";

/** The insats tree: each insats with its delinsatser, status and progress. */
export function InsatsLista({ insatser, rubrikniva = 3 }: { insatser: InsatsKort[]; rubrikniva?: 2 | 3 }) {
  const H = rubrikniva === 2 ? "h2" : "h3";
  if (insatser.length === 0) return <p className="mt-3">Det finns inga insatser här just nu.</p>;
  return (
    <ol className="mt-4 space-y-4">
      {insatser.map((i) => (
        <li key={i.slug} className="rounded-sm border border-line bg-white p-5">
          <H className="text-lg font-bold">
            <Link href={`/insatser/${i.slug}`}>{i.titel}</Link>
          </H>
          <p className="mt-2 flex flex-wrap items-center gap-3">
            <StatusBadge status={i.status} /> {arForsenad(i) && <Forsenad />} <Progress value={i.progress} />
            <span className="text-sm text-muted">Ansvarig: {i.ansvarigEnhet}</span>
          </p>
          {i.delinsatser.length > 0 && (
            <>
              <p className="mt-3 text-sm font-semibold">Delinsatser</p>
              <ul className="mt-1 space-y-2 border-l-4 border-brand-soft pl-4">
                {i.delinsatser.map((d) => (
                  <li key={d.slug}>
                    <Link href={`/insatser/${d.slug}`}>{d.titel}</Link>{" "}
                    <span className="whitespace-nowrap">
                      <StatusBadge status={d.status} /> {arForsenad(d) && <Forsenad />}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
