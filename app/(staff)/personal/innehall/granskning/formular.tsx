"use client";

import { useActionState } from "react";
import { Textfalt, Textomrade } from "@/components/forms/falt";
import {
  godkannGranskning,
  granskadIEfterhand,
  kraverGranskningAtgard,
  skickaTillbakaGranskning,
  typKraverGranskningAtgard,
  type GranskningState,
} from "./actions";

const tom: GranskningState = { varden: {}, fel: {} };
const knapp = "rounded-sm px-5 py-2 font-semibold";
const fylld = `${knapp} bg-brand text-white`;
const kant = `${knapp} border-2 border-brand bg-white text-brand`;

/** The form's own problems, above it; each links to its field. */
function Fel({ id, fel }: { id: string; fel: Record<string, string> }) {
  const poster = Object.entries(fel);
  if (poster.length === 0) return null;
  return (
    <div role="alert" id={id} className="mb-4 border-4 border-stop bg-white p-3">
      <ul className="list-disc pl-6">
        {poster.map(([falt, text]) => (
          <li key={falt}>
            {falt === "formular" ? (
              <span className="font-semibold">{text}</span>
            ) : (
              <a href={`#${falt}`} className="font-semibold text-stop">
                {text}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Dolda({ id, tillbaka }: { id: string; tillbaka: string }) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="tillbaka" value={tillbaka} />
    </>
  );
}

/** "Godkänn och publicera" now or at a Swedish time, and "Skicka tillbaka", for one waiting request. */
export function Granskningsformular({ id, tillbaka }: { id: string; tillbaka: string }) {
  const [godkant, godkann, vantarGodkann] = useActionState(godkannGranskning, tom);
  const [tillbakaState, skickaTillbaka, vantarTillbaka] = useActionState(skickaTillbakaGranskning, tom);
  return (
    <div className="mt-4 grid gap-6 md:grid-cols-2">
      <form key={JSON.stringify(godkant.fel)} action={godkann} noValidate>
        <Fel id={`godkann-fel-${id}`} fel={godkant.fel} />
        <Dolda id={id} tillbaka={tillbaka} />
        <p className="mb-3">
          Publicerar exakt den version som skickades, som den ser ut i förhandsvisningen, med författarens ändringsnot.
        </p>
        <button type="submit" name="nar" value="nu" disabled={vantarGodkann} className={fylld}>
          Godkänn och publicera nu
        </button>
        <fieldset className="mt-4 border border-line p-3">
          <legend className="px-1 font-semibold">Eller publicera vid en tidpunkt</legend>
          <Textfalt
            id="godkann-datum"
            typ="date"
            etikett="Datum"
            hjalp="Till exempel 2026-12-01."
            varde={godkant.varden["godkann-datum"]}
            fel={godkant.fel["godkann-datum"]}
          />
          <Textfalt
            id="godkann-klockslag"
            typ="time"
            etikett="Klockslag (svensk tid)"
            hjalp="Till exempel 08:00."
            varde={godkant.varden["godkann-klockslag"]}
            fel={godkant.fel["godkann-klockslag"]}
          />
          <button type="submit" name="nar" value="senare" disabled={vantarGodkann} className={kant}>
            Godkänn och publicera vid tidpunkten
          </button>
        </fieldset>
      </form>
      <form key={JSON.stringify(tillbakaState.fel)} action={skickaTillbaka} noValidate>
        <Fel id={`tillbaka-fel-${id}`} fel={tillbakaState.fel} />
        <Dolda id={id} tillbaka={tillbaka} />
        <Textomrade
          id="granskarkommentar"
          etikett="Vad behöver ändras?"
          hjalp="Skickas till författaren i ett mejl och syns i historiken."
          varde={tillbakaState.varden.granskarkommentar ?? ""}
          fel={tillbakaState.fel.granskarkommentar}
          rader={4}
        />
        <button type="submit" disabled={vantarTillbaka} className={kant}>
          Skicka tillbaka
        </button>
      </form>
    </div>
  );
}

/** "Granskad i efterhand" for a publish without review. */
export function EfterhandKnapp({ id, tillbaka, etikett }: { id: string; tillbaka: string; etikett?: string }) {
  const [state, action, pending] = useActionState(granskadIEfterhand, tom);
  return (
    <form action={action} className="mt-2">
      <Fel id={`efterhand-fel-${id}`} fel={state.fel} />
      <Dolda id={id} tillbaka={tillbaka} />
      <button type="submit" disabled={pending} className={kant}>
        {etikett ?? "Granskad i efterhand"}
      </button>
    </form>
  );
}

/** An admin's switch: review before publishing for this item. */
export function KraverGranskningKnapp({ typ, nyckel, pa }: { typ: string; nyckel: string; pa: boolean }) {
  const [state, action, pending] = useActionState(kraverGranskningAtgard, tom);
  return (
    <form action={action} className="mt-3">
      <Fel id="kraver-granskning-fel" fel={state.fel} />
      <input type="hidden" name="typ" value={typ} />
      <input type="hidden" name="nyckel" value={nyckel} />
      <input type="hidden" name="pa" value={pa ? "nej" : "ja"} />
      <button type="submit" disabled={pending} className={kant}>
        {pa ? "Sluta kräva granskning" : "Kräv granskning före publicering"}
      </button>
    </form>
  );
}

/** An admin's switch for a whole content type: review before publishing of every item of it. */
export function TypKraverGranskningKnapp({ typ, namn, pa }: { typ: string; namn: string; pa: boolean }) {
  const [state, action, pending] = useActionState(typKraverGranskningAtgard, tom);
  return (
    <form action={action}>
      <Fel id={`typ-granskning-fel-${typ}`} fel={state.fel} />
      <input type="hidden" name="typ" value={typ} />
      <input type="hidden" name="pa" value={pa ? "nej" : "ja"} />
      {/* The visible words first in the name (WCAG 2.5.3), then which type, for a list of buttons. */}
      <button
        type="submit"
        disabled={pending}
        className={kant}
        aria-label={`${pa ? "Sluta kräva granskning" : "Kräv granskning"}: ${namn}`}
      >
        {pa ? "Sluta kräva granskning" : "Kräv granskning"}
      </button>
    </form>
  );
}
