// A case's thread as staff read it, oldest first: the sender's message, then each event marked as
// from the sender, seen by the sender or internal. The case page and the rektor's view differ only
// in which events they show and how they name them.
import type { ReactNode } from "react";
import type { SynpunktHandelseTyp } from "@/lib/db/generated/enums";
import { Synlighet } from "./forms";

export const tid = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Stockholm" });

export interface Tradhandelse {
  id: string;
  typ: SynpunktHandelseTyp;
  tidpunkt: Date;
  text: string | null;
  data?: unknown;
  aktor: { name: string } | null;
}

export function Tradlista<H extends Tradhandelse>({
  skapad,
  meddelande,
  handelser,
  rubrik,
  synlig,
  franAvsandaren,
}: {
  skapad: Date;
  /** The sender's message, or null once it is gallrad. */
  meddelande: string | null;
  /** The events to show, in time order. */
  handelser: H[];
  rubrik: (h: H) => ReactNode;
  synlig: (h: H) => boolean;
  franAvsandaren: (h: H) => boolean;
}) {
  return (
    <ol className="mt-4 max-w-3xl space-y-4">
      {/* The message itself opens the thread, whatever events the case has. */}
      <li className="border-l-4 border-warn pl-3">
        <p className="text-sm text-muted">
          {tid.format(skapad)} · Avsändaren · <Synlighet synlig />
        </p>
        <h3 className="font-semibold">Avsändaren skrev</h3>
        {/* Shown as text: React escapes it, and whitespace is kept. HTML in a message is never rendered. */}
        <p className="mt-1 whitespace-pre-wrap rounded-sm border border-line bg-white p-3">{meddelande ?? "Gallrat."}</p>
      </li>
      {handelser.map((h) => (
        <li key={h.id} className={`border-l-4 pl-3 ${franAvsandaren(h) ? "border-warn" : synlig(h) ? "border-ok" : "border-line"}`}>
          <p className="text-sm text-muted">
            {tid.format(h.tidpunkt)} · {franAvsandaren(h) ? "Avsändaren" : (h.aktor?.name ?? "Systemet")} · <Synlighet synlig={synlig(h)} />
          </p>
          <h3 className="font-semibold">{rubrik(h)}</h3>
          {h.text && meddelande !== null && <p className="mt-1 whitespace-pre-wrap">{h.text}</p>}
        </li>
      ))}
    </ol>
  );
}
