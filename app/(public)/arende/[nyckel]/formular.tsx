"use client";

import { useActionState, useState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { MAX_TECKEN } from "@/lib/synpunkter/granser";
import { skrivMeddelande, svaraPaFragan, type ArendeState } from "./actions";

const falt = "mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-2";
const knapp = "rounded-sm bg-brand px-5 py-2 font-semibold text-white";
const MAX_KOMMENTAR = 500;

/** The sender's message: to this case, or (`slag` "nytt-arende") as a new case that refers to it. */
export function Meddelandeformular({
  nyckel,
  idempotensnyckel,
  startad,
  slag,
  etikett,
  hjalp,
  knapptext,
}: {
  nyckel: string;
  idempotensnyckel: string;
  startad: string;
  slag: "meddelande" | "nytt-arende";
  etikett: string;
  hjalp: string;
  knapptext: string;
}) {
  const [state, action, pending] = useActionState(skrivMeddelande, {
    varden: { nyckel, text: "", idempotensnyckel, startad, slag },
    fel: {},
  } as ArendeState);
  const { varden: v, fel } = state;
  const [tecken, setTecken] = useState(v.text.length);
  const kvar = MAX_TECKEN - tecken;
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FelSammanfattning fel={{ text: fel.text, formular: fel.formular }} />
      <Formularfel text={fel.formular} />
      <input type="hidden" name="nyckel" value={nyckel} />
      <input type="hidden" name="idempotensnyckel" value={v.idempotensnyckel} />
      <input type="hidden" name="startad" value={v.startad} />
      <input type="hidden" name="slag" value={slag} />
      <label htmlFor="text" className="block font-semibold">
        {etikett}
      </label>
      <p id="text-hjalp" className="text-sm text-muted">
        {hjalp} Högst {MAX_TECKEN.toLocaleString("sv-SE")} tecken.
      </p>
      {fel.text && (
        <p id="text-fel" className="font-semibold text-stop">
          {fel.text}
        </p>
      )}
      <textarea
        id="text"
        name="text"
        rows={6}
        defaultValue={v.text}
        onChange={(e) => setTecken(e.target.value.length)}
        aria-invalid={Boolean(fel.text)}
        aria-describedby={["text-hjalp", fel.text && "text-fel", "text-rakning"].filter(Boolean).join(" ")}
        className={falt}
      />
      <p id="text-rakning" className={`text-sm ${kvar < 0 ? "font-semibold text-stop" : "text-muted"}`}>
        {kvar >= 0 ? `${kvar.toLocaleString("sv-SE")} tecken kvar` : `${(-kvar).toLocaleString("sv-SE")} tecken för mycket`}
      </p>
      <button type="submit" disabled={pending} className={`mt-3 ${knapp}`}>
        {pending ? "Skickar …" : knapptext}
      </button>
    </form>
  );
}

/** "Fick du svar på det du undrade?", asked once when the case is closed. */
export function Enkatformular({ nyckel }: { nyckel: string }) {
  const [state, action, pending] = useActionState(svaraPaFragan, { varden: { nyckel, svar: "", kommentar: "" }, fel: {} } as ArendeState);
  const { varden: v, fel } = state;
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FelSammanfattning fel={{ svar: fel.svar, kommentar: fel.kommentar, formular: fel.formular }} />
      <Formularfel text={fel.formular} />
      <input type="hidden" name="nyckel" value={nyckel} />
      <fieldset className="mb-4" aria-describedby={fel.svar ? "svar-fel" : undefined}>
        <legend className="font-semibold">Fick du svar på det du undrade?</legend>
        {fel.svar && (
          <p id="svar-fel" className="font-semibold text-stop">
            {fel.svar}
          </p>
        )}
        <div id="svar" className="mt-2 flex flex-wrap gap-6">
          {[
            ["JA", "Ja"],
            ["DELVIS", "Delvis"],
            ["NEJ", "Nej"],
          ].map(([varde, etikett]) => (
            <div key={varde} className="flex items-center gap-2">
              <input type="radio" id={`svar-${varde}`} name="svar" value={varde} defaultChecked={v.svar === varde} className="h-5 w-5" />
              <label htmlFor={`svar-${varde}`}>{etikett}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <label htmlFor="kommentar" className="block font-semibold">
        Vill du berätta mer? (frivilligt)
      </label>
      <p id="kommentar-hjalp" className="text-sm text-muted">
        Högst {MAX_KOMMENTAR} tecken. Svaret hjälper oss att bli bättre; det öppnar inte ärendet igen.
      </p>
      {fel.kommentar && (
        <p id="kommentar-fel" className="font-semibold text-stop">
          {fel.kommentar}
        </p>
      )}
      <textarea
        id="kommentar"
        name="kommentar"
        rows={3}
        defaultValue={v.kommentar}
        aria-invalid={Boolean(fel.kommentar)}
        aria-describedby={["kommentar-hjalp", fel.kommentar && "kommentar-fel"].filter(Boolean).join(" ")}
        className={falt}
      />
      <button type="submit" disabled={pending} className={`mt-3 ${knapp}`}>
        {pending ? "Skickar …" : "Skicka svaret"}
      </button>
    </form>
  );
}
