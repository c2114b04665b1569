"use client";

import { useActionState, useEffect, useState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt, Textomrade } from "@/components/forms/falt";
import type { Falt } from "@/lib/innehall/typ";
import { sparaInnehall, type RedigeringState } from "./actions";

const knapp = "rounded-sm px-5 py-2 font-semibold";

/** The edit form every content type gets from its declaration; plain form posts without JavaScript. */
export function Redigeringsformular(props: { typ: string; nyckel: string; falt: readonly Falt[]; forhandsvisning: boolean; start: RedigeringState }) {
  const [state, action, pending] = useActionState(sparaInnehall, props.start);
  const { varden, fel } = state;
  const etiketter = Object.fromEntries(props.falt.map((f) => [f.namn, f.etikett]));
  // With JavaScript, leaving with unsaved changes asks first; submitting is not leaving.
  const [andrad, setAndrad] = useState(false);
  useEffect(() => {
    if (!andrad) return;
    const varna = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", varna);
    return () => window.removeEventListener("beforeunload", varna);
  }, [andrad]);
  return (
    // key: a refused save returns values (and on a conflict a newer version); the fields take them.
    <form key={state.version + JSON.stringify(fel)} action={action} noValidate className="max-w-3xl" onInput={() => setAndrad(true)} onSubmit={() => setAndrad(false)}>
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <input type="hidden" name="typ" value={props.typ} />
      <input type="hidden" name="nyckel" value={props.nyckel} />
      <input type="hidden" name="version" value={state.version} />
      {props.falt.map((f) =>
        f.slag === "kryss" ? (
          <div key={f.namn} className="mb-5 flex items-center gap-3">
            <input id={f.namn} name={f.namn} type="checkbox" defaultChecked={varden[f.namn] === "on"} className="h-6 w-6" />
            <label htmlFor={f.namn} className="font-semibold">{f.etikett}</label>
            {fel[f.namn] && <p className="font-semibold text-stop">{fel[f.namn]}</p>}
          </div>
        ) : f.slag === "text" || f.slag === "tal" ? (
          <Textfalt key={f.namn} id={f.namn} etikett={f.etikett} hjalp={f.hjalp} varde={varden[f.namn]} fel={fel[f.namn]} />
        ) : (
          <Textomrade key={f.namn} id={f.namn} etikett={f.etikett} hjalp={f.hjalp} varde={varden[f.namn]} fel={fel[f.namn]} rader={f.slag === "markdown" ? 18 : 3} />
        ),
      )}
      <Textfalt id="kommentar" etikett="Kommentar till versionen (valfri)" hjalp="Till exempel vad du ändrade och varför. Syns i historiken, inte publikt." varde={state.kommentar} fel={fel.kommentar} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="handling" value="utkast" disabled={pending} className={`${knapp} border-2 border-brand bg-white text-brand`}>Spara utkast</button>
        {props.forhandsvisning && (
          <button type="submit" name="handling" value="forhandsvisa" disabled={pending} className={`${knapp} border-2 border-brand bg-white text-brand`}>Förhandsvisa</button>
        )}
        <button type="submit" name="handling" value="publicera" disabled={pending} className={`${knapp} bg-brand text-white`}>Publicera</button>
      </div>
      {state.konflikt && (
        <section aria-labelledby="konflikt" className="mt-10 border-4 border-warn bg-white p-4">
          <h2 id="konflikt" className="text-xl font-bold">Den sparade texten{state.konflikt.av ? ` (av ${state.konflikt.av})` : ""}</h2>
          <p className="mt-1 text-sm">Fälten där den skiljer sig från din text. Din text står kvar i formuläret ovanför.</p>
          <dl className="mt-3 space-y-3">
            {Object.entries(state.konflikt.varden)
              .filter(([namn, v]) => v !== varden[namn])
              .map(([namn, v]) => (
                <div key={namn}>
                  <dt className="font-semibold">{etiketter[namn] ?? namn}</dt>
                  <dd className="whitespace-pre-wrap border-l-4 border-line pl-3">{v || "(tomt)"}</dd>
                </div>
              ))}
          </dl>
        </section>
      )}
    </form>
  );
}
