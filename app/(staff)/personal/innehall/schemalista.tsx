import { formatTidpunkt } from "@/lib/datum";
import { avbrytSchema } from "./schemalagg-actions";

export interface Schemarad {
  id: string;
  tidpunkt: Date;
  skapadAvNamn: string;
  atgard?: "PUBLICERA" | "AVPUBLICERA";
  titel?: string;
}

/** Scheduled publishes and unpublishes not yet run, each with a plain "Avbryt" form. */
export function Schemalista({ rader, tillbaka }: { rader: Schemarad[]; tillbaka: string }) {
  return (
    <ul className="mt-2 space-y-2">
      {rader.map((r) => (
        <li key={r.id} className="flex flex-wrap items-center gap-3">
          <span>
            {r.titel ? `${r.titel}: ` : ""}
            {r.atgard === "AVPUBLICERA" ? "avpubliceras" : "publiceras"}{" "}
            <time dateTime={r.tidpunkt.toISOString()}>{formatTidpunkt(r.tidpunkt)}</time> (schemalagd av {r.skapadAvNamn})
          </span>
          <form action={avbrytSchema}>
            <input type="hidden" name="id" value={r.id} />
            <input type="hidden" name="tillbaka" value={tillbaka} />
            <button type="submit" className="text-stop underline">
              Avbryt
              <span className="sr-only">
                {" "}
                {r.atgard === "AVPUBLICERA" ? "avpubliceringen" : "publiceringen"} {formatTidpunkt(r.tidpunkt)}
              </span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
