"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textomrade } from "@/components/forms/falt";
import type { Formularsvar } from "@/lib/atgard/personal";
import { beslutaAtgard } from "./vidarebefordran-actions";
import { Synlighet } from "./forms";

const knapp = "mt-2 rounded-sm bg-brand px-4 py-2 font-semibold text-white";

/** The decision on a request for a public record: it goes to the requester like a reply and closes the case. */
export function Begaransbeslut({ lopnummer, overklagande }: { lopnummer: number; overklagande: string }) {
  const [state, action, pending] = useActionState(beslutaAtgard, {
    varden: { beslut: "", skal: "", meddelande: "" },
    fel: {},
  } as Formularsvar);
  const { varden: v, fel } = state;
  return (
    <section aria-labelledby="beslut-rubrik" className="mb-6 rounded-sm border border-line bg-white p-4">
      <h3 id="beslut-rubrik" className="text-xl font-bold">
        Beslut om begäran
      </h3>
      <Synlighet synlig />
      <p className="mt-2 max-w-prose text-sm">
        Beslutet visas på den begärandes ärendesida, mejlas om en e-postadress finns och avslutar ärendet. Begäran ska avgöras samma dag.
      </p>
      <form action={action} noValidate className="mt-3">
        <FelSammanfattning fel={{ beslut: fel.beslut, skal: fel.skal, meddelande: fel.meddelande, formular: fel.formular }} />
        <Formularfel text={fel.formular} />
        <input type="hidden" name="lopnummer" value={lopnummer} />
        <fieldset className="mb-5" aria-describedby={fel.beslut ? "beslut-fel" : undefined}>
          <legend className="font-semibold">Beslut</legend>
          {fel.beslut && (
            <p id="beslut-fel" className="font-semibold text-stop">
              {fel.beslut}
            </p>
          )}
          <div id="beslut" className="mt-2 space-y-2">
            {(
              [
                ["KOPIA", "Kopia skickad"],
                ["AVSLAG", "Avslag"],
              ] as const
            ).map(([varde, etikett]) => (
              <div key={varde} className="flex items-start gap-2">
                <input
                  type="radio"
                  id={`beslut-${varde}`}
                  name="beslut"
                  value={varde}
                  defaultChecked={v.beslut === varde}
                  className="mt-1 h-5 w-5"
                />
                <label htmlFor={`beslut-${varde}`}>{etikett}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <Textomrade
          id="skal"
          etikett="Skäl för avslag"
          hjalp="Krävs vid avslag: till exempel vilken bestämmelse i offentlighets- och sekretesslagen som gäller. Texten om hur man överklagar läggs till automatiskt."
          varde={v.skal}
          fel={fel.skal}
        />
        <Textomrade
          id="meddelande"
          etikett="Meddelande till den som begärt (frivilligt)"
          hjalp="Till exempel hur kopian skickades."
          varde={v.meddelande}
          fel={fel.meddelande}
          rader={3}
        />
        <details className="mb-4 text-sm">
          <summary className="cursor-pointer font-semibold">Texten om överklagande som följer med ett avslag</summary>
          <p className="mt-2 whitespace-pre-wrap">{overklagande}</p>
        </details>
        <button type="submit" disabled={pending} className={knapp}>
          Spara och skicka beslutet
        </button>
      </form>
    </section>
  );
}
