"use client";

import { useActionState, useState } from "react";
import { granskaText, LANG_MENING } from "@/lib/lasbarhet";
import { utfor, type HandlingState } from "./actions";

const knapp = "mt-2 rounded-sm bg-brand px-4 py-2 font-semibold text-white";
const granskaKnapp = "mt-2 ml-3 rounded-sm border-2 border-ink bg-white px-4 py-2 font-semibold text-ink";
const falt = "mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-2";

function useHandling() {
  return useActionState(utfor, { text: "" } as HandlingState);
}

/** The case every handling form acts on, as a field (see utfor). */
function Arende({ lopnummer }: { lopnummer: number }) {
  return <input type="hidden" name="lopnummer" value={lopnummer} />;
}

function Fel({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={id} role="alert" className="font-semibold text-stop">
      {text}
    </p>
  ) : null;
}

export function Valform({
  lopnummer,
  handling,
  namn,
  etikett,
  varde,
  val,
  knapptext,
  hjalp,
}: {
  lopnummer: number;
  handling: "tilldela" | "status" | "sekretess";
  namn: string;
  etikett: string;
  hjalp?: string;
  varde: string;
  val: { varde: string; etikett: string }[];
  knapptext: string;
}) {
  const [state, action, pending] = useHandling();
  return (
    <form action={action} className="mb-6">
      <Arende lopnummer={lopnummer} />
      <input type="hidden" name="handling" value={handling} />
      {/* The sender sees the status (never who handles the case), and is mailed if they asked. */}
      <Synlighet synlig={handling === "status"} />
      <label htmlFor={namn} className="block font-semibold">
        {etikett}
      </label>
      {hjalp && (
        <p id={`${namn}-hjalp`} className="text-sm text-muted">
          {hjalp}
        </p>
      )}
      <Fel id={`${namn}-fel`} text={state.fel} />
      <select
        id={namn}
        name={namn}
        defaultValue={varde}
        className={falt}
        aria-describedby={[hjalp && `${namn}-hjalp`, state.fel && `${namn}-fel`].filter(Boolean).join(" ") || undefined}
      >
        {val.map((v) => (
          <option key={v.varde} value={v.varde}>
            {v.etikett}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className={knapp}>
        {knapptext}
      </button>
    </form>
  );
}

/** LIX with the editors' bands, and the over-long sentences, before the text goes to a citizen. */
function Sprakruta({ id, text }: { id: string; text: string }) {
  const g = granskaText(text);
  return (
    <section aria-labelledby={`${id}-rubrik`} className="mt-2 rounded-sm border border-line bg-white p-3 text-sm">
      <h3 id={`${id}-rubrik`} className="font-semibold">
        Språket i texten
      </h3>
      <p>{g.lix ? `LIX ${g.lix.varde}: ${g.lix.band}.` : "LIX visas när texten har minst tio ord."}</p>
      {g.langa.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {g.langa.map((m, i) => (
            <li key={i}>
              Meningen som börjar ”{m.borjan} …” har {m.ord} ord. Dela gärna upp den; högst {LANG_MENING} ord läses lättare.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Who will read the text, said before it is written: the sender, or only the staff. */
export function Synlighet({ synlig }: { synlig: boolean }) {
  return synlig ? (
    <span className="inline-block rounded-sm border-2 border-ok bg-white px-2 text-sm font-semibold">Synligt för avsändaren</span>
  ) : (
    <span className="inline-block rounded-sm border-2 border-ink bg-white px-2 text-sm font-semibold">Internt</span>
  );
}

export function Textform({
  lopnummer,
  handling,
  etikett,
  hjalp,
  knapptext,
  forval = "",
}: {
  lopnummer: number;
  handling: "anteckning" | "svar" | "forseningsbesked";
  etikett: string;
  hjalp: string;
  knapptext: string;
  /** A template the clerk edits (the 11 § notice); what they wrote comes back after an error. */
  forval?: string;
}) {
  const [state, action, pending] = useHandling();
  const id = `text-${handling}`;
  // What the sender will read is checked as it is written; the text typed since the last answer wins.
  const [skrivet, setSkrivet] = useState<{ till: HandlingState; text: string } | null>(null);
  const aktuell = skrivet && skrivet.till === state ? skrivet.text : state.text || forval;
  const tillAvsandaren = handling !== "anteckning";
  return (
    <form action={action} noValidate className="mb-6">
      <Arende lopnummer={lopnummer} />
      <input type="hidden" name="handling" value={handling} />
      <Synlighet synlig={handling !== "anteckning"} />
      <label htmlFor={id} className="block font-semibold">
        {etikett}
      </label>
      <p id={`${id}-hjalp`} className="text-sm text-muted">
        {hjalp}
      </p>
      <Fel id={`${id}-fel`} text={state.fel} />
      <textarea
        id={id}
        name="text"
        rows={forval ? 12 : 5}
        defaultValue={state.text || forval}
        onChange={tillAvsandaren ? (e) => setSkrivet({ till: state, text: e.target.value }) : undefined}
        aria-invalid={Boolean(state.fel)}
        aria-describedby={[`${id}-hjalp`, state.fel && `${id}-fel`].filter(Boolean).join(" ")}
        className={falt}
      />
      {tillAvsandaren && <Sprakruta id={`${id}-sprak`} text={aktuell} />}
      <button type="submit" disabled={pending} className={knapp}>
        {knapptext}
      </button>
      {tillAvsandaren && (
        <button type="submit" name="granska" value="ja" disabled={pending} className={granskaKnapp}>
          Granska språket
        </button>
      )}
    </form>
  );
}

/** The ärendemening: public in the diarium, so the hint says what it must not contain. */
export function Meningsform({ lopnummer, varde }: { lopnummer: number; varde: string }) {
  const [state, action, pending] = useHandling();
  const id = "text-arendemening";
  return (
    <form action={action} noValidate className="mb-6">
      <Arende lopnummer={lopnummer} />
      <input type="hidden" name="handling" value="arendemening" />
      <label htmlFor={id} className="block font-semibold">
        Ärendemening
      </label>
      <p id={`${id}-hjalp`} className="text-sm text-muted">
        Visas i det offentliga diariet. Skriv kort och neutralt vad ärendet gäller, utan namn eller andra personuppgifter.
      </p>
      <Fel id={`${id}-fel`} text={state.fel} />
      <input
        id={id}
        name="text"
        type="text"
        defaultValue={state.fel ? state.text : varde}
        aria-invalid={Boolean(state.fel)}
        aria-describedby={[`${id}-hjalp`, state.fel && `${id}-fel`].filter(Boolean).join(" ")}
        className={falt}
      />
      <button type="submit" disabled={pending} className={knapp}>
        Spara ärendemening
      </button>
    </form>
  );
}
