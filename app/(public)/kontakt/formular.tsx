"use client";

import { useActionState, useState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt, Valjfalt } from "@/components/forms/falt";
import { MAX_TECKEN } from "@/lib/synpunkter/granser";
import { KONTAKTTYPER, synpunktTyper } from "@/lib/synpunkter/typer";
import { skickaSynpunkt, type SynpunktState } from "./actions";

/** `skolor` is null when the school list could not be read: the form works without it. */
export function SynpunktFormular({
  skolor,
  idempotensnyckel,
  startad,
}: {
  skolor: { id: string; namn: string }[] | null;
  idempotensnyckel: string;
  startad: string;
}) {
  const [state, action, pending] = useActionState(skickaSynpunkt, {
    varden: { typ: "", skolaId: "", meddelande: "", namn: "", epost: "", meddela: "", idempotensnyckel, startad, webbplats: "" },
    fel: {},
  } as SynpunktState);
  const { varden: v, fel } = state;
  const [tecken, setTecken] = useState(v.meddelande.length);
  const kvar = MAX_TECKEN - tecken;
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FelSammanfattning
        fel={{ typ: fel.typ, skolaId: fel.skolaId, meddelande: fel.meddelande, namn: fel.namn, epost: fel.epost, formular: fel.formular }}
      />
      <Formularfel text={fel.formular} />
      <input type="hidden" name="idempotensnyckel" value={v.idempotensnyckel} />
      <input type="hidden" name="startad" value={v.startad} />
      <fieldset className="mb-5" aria-describedby={fel.typ ? "typ-fel" : undefined}>
        <legend className="font-semibold">Vad gäller ditt meddelande?</legend>
        {fel.typ && (
          <p id="typ-fel" className="font-semibold text-stop">
            {fel.typ}
          </p>
        )}
        <div id="typ" className="mt-2 space-y-2">
          {KONTAKTTYPER.map((varde) => [varde, synpunktTyper[varde]] as const).map(([varde, t]) => (
            <div key={varde} className="flex items-start gap-2">
              <input
                type="radio"
                id={`typ-${varde}`}
                name="typ"
                value={varde}
                defaultChecked={v.typ === varde}
                className="mt-1 h-5 w-5"
                aria-describedby={`typ-${varde}-hjalp`}
              />
              <label htmlFor={`typ-${varde}`}>
                {t.etikett}{" "}
                <span id={`typ-${varde}-hjalp`} className="block text-sm text-muted">
                  {t.hjalp}
                </span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {skolor ? (
        <Valjfalt
          id="skolaId"
          etikett="Gäller det en skola? (frivilligt)"
          varde={v.skolaId}
          fel={fel.skolaId}
          val={[{ varde: "", etikett: "Ingen särskild skola" }, ...skolor.map((s) => ({ varde: s.id, etikett: s.namn }))]}
        />
      ) : (
        <p className="mb-5 max-w-prose">
          Listan över skolor kan inte visas just nu. Om ditt meddelande gäller en skola, skriv skolans namn i meddelandet.
        </p>
      )}
      <div className="mb-5">
        <label htmlFor="meddelande" className="block font-semibold">
          Ditt meddelande
        </label>
        <p id="meddelande-hjalp" className="text-sm text-muted">
          Beskriv ditt ärende så detaljerat som möjligt. Högst {MAX_TECKEN.toLocaleString("sv-SE")} tecken.
        </p>
        {fel.meddelande && (
          <p id="meddelande-fel" className="font-semibold text-stop">
            {fel.meddelande}
          </p>
        )}
        <textarea
          id="meddelande"
          name="meddelande"
          rows={8}
          defaultValue={v.meddelande}
          onChange={(e) => setTecken(e.target.value.length)}
          aria-invalid={Boolean(fel.meddelande)}
          aria-describedby={["meddelande-hjalp", fel.meddelande && "meddelande-fel", "meddelande-rakning"].filter(Boolean).join(" ")}
          className="mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-2"
        />
        <p id="meddelande-rakning" className={`text-sm ${kvar < 0 ? "font-semibold text-stop" : "text-muted"}`}>
          {kvar >= 0 ? `${kvar.toLocaleString("sv-SE")} tecken kvar` : `${(-kvar).toLocaleString("sv-SE")} tecken för mycket`}
        </p>
      </div>
      <Textfalt id="namn" etikett="Ditt namn (frivilligt)" varde={v.namn} fel={fel.namn} autoComplete="name" />
      <Textfalt
        id="epost"
        etikett="Din e-postadress (frivilligt)"
        hjalp="Fyll i din e-postadress om du vill ha svar."
        typ="email"
        varde={v.epost}
        fel={fel.epost}
        autoComplete="email"
      />
      <div className="mb-5 flex items-start gap-2">
        <input
          type="checkbox"
          id="meddela"
          name="meddela"
          value="ja"
          defaultChecked={v.meddela === "ja"}
          className="mt-1 h-5 w-5"
          aria-describedby="meddela-hjalp"
        />
        <label htmlFor="meddela">
          Meddela mig när ärendet ändras
          <span id="meddela-hjalp" className="block text-sm text-muted">
            Vi mejlar dig när ärendet byter status. Du kan sluta när du vill.
          </span>
        </label>
      </div>
      <div style={{ display: "none" }}>
        <label htmlFor="webbplats">Lämna det här fältet tomt</label>
        <input id="webbplats" name="webbplats" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        {pending ? "Skickar …" : "Skicka"}
      </button>
    </form>
  );
}
