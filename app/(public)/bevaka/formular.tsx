"use client";

import { useActionState } from "react";
import { Textfalt } from "@/components/forms/falt";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { FREKVENSER } from "@/lib/bevakning/schema";
import { bevaka, type BevakaState } from "./actions";

export function Bevakaformular({
  vad,
  slug,
  idempotensnyckel,
  startad,
}: {
  vad: string;
  slug: string;
  idempotensnyckel: string;
  startad: string;
}) {
  const [state, action, pending] = useActionState(bevaka, {
    varden: { vad, slug, epost: "", frekvens: "", idempotensnyckel, startad, webbplats: "" },
    fel: {},
  } as BevakaState);
  const { varden: v, fel } = state;
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FelSammanfattning fel={{ epost: fel.epost, frekvens: fel.frekvens, formular: fel.formular }} />
      <Formularfel text={fel.formular} />
      <input type="hidden" name="vad" value={v.vad} />
      <input type="hidden" name="slug" value={v.slug} />
      <input type="hidden" name="idempotensnyckel" value={v.idempotensnyckel} />
      <input type="hidden" name="startad" value={v.startad} />
      <Textfalt id="epost" etikett="Din e-postadress" typ="email" autoComplete="email" varde={v.epost} fel={fel.epost} />
      <fieldset className="mb-5" aria-describedby={fel.frekvens ? "frekvens-fel" : undefined}>
        <legend className="font-semibold">Hur ofta vill du få e-post?</legend>
        {fel.frekvens && (
          <p id="frekvens-fel" className="font-semibold text-stop">
            {fel.frekvens}
          </p>
        )}
        <div id="frekvens" className="mt-2 space-y-2">
          {Object.entries(FREKVENSER).map(([varde, f]) => (
            <div key={varde} className="flex items-start gap-2">
              <input
                type="radio"
                id={`frekvens-${varde}`}
                name="frekvens"
                value={varde}
                defaultChecked={v.frekvens === varde}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor={`frekvens-${varde}`}>
                {f.etikett} <span className="text-sm text-muted">({f.beskrivning})</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div style={{ display: "none" }}>
        <label htmlFor="webbplats">Lämna det här fältet tomt</label>
        <input id="webbplats" name="webbplats" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        {pending ? "Skickar …" : "Bevaka"}
      </button>
    </form>
  );
}
