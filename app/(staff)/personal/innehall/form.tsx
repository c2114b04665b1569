"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt, Textomrade } from "@/components/forms/falt";
import type { Falt } from "@/lib/innehall/typ";
import { autosparaInnehall, sparaInnehall, type RedigeringState } from "./actions";
import { Andringsval } from "./andring";

const knapp = "rounded-sm px-5 py-2 font-semibold";
/** Autosave this long after the last change. */
const AUTOSPARA_MS = 3_000;
const klockslag = new Intl.DateTimeFormat("sv-SE", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Stockholm" });

/** What autosave has done since the form last got a state from an explicit save. */
interface Autosparning {
  /** The action state it builds on: a new one (a refused explicit save) starts over. */
  for: RedigeringState;
  version: string;
  status: string;
  /** Someone else saved first: autosave stops, and their text is shown beside the editor's own. */
  konflikt?: NonNullable<RedigeringState["konflikt"]>;
  mina?: Record<string, string>;
}

/** The edit form every content type gets from its declaration; plain form posts without JavaScript. */
export function Redigeringsformular(props: {
  typ: string;
  nyckel: string;
  falt: readonly Falt[];
  forhandsvisning: boolean;
  /** Publishing asks "Mindre ändring" or "Väsentlig ändring" (the type's `andringsnoter`). */
  andringsnoter?: boolean;
  /** Review before publishing: "Skicka för granskning" instead of "Publicera"; an admin may publish without it, with a reason. */
  granskning?: { kravs: boolean; utanGranskning: boolean };
  start: RedigeringState;
}) {
  const [state, action, pending] = useActionState(sparaInnehall, props.start);
  const { varden, fel } = state;
  const etiketter = Object.fromEntries(props.falt.map((f) => [f.namn, f.etikett]));
  const [autoState, setAuto] = useState<Autosparning | null>(null);
  const auto = autoState?.for === state ? autoState : null;
  const konflikt = auto?.konflikt ?? state.konflikt;
  const jamforMed = auto?.mina ?? varden;
  // With JavaScript, leaving with unsaved changes asks first; submitting is not leaving, and a
  // change autosave has stored is saved.
  const [andrad, setAndrad] = useState(false);
  useEffect(() => {
    if (!andrad) return;
    const varna = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", varna);
    return () => window.removeEventListener("beforeunload", varna);
  }, [andrad]);

  const formular = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pagaende = useRef<Promise<void> | null>(null);
  const andringar = useRef(0);
  // The version the next save builds on, read in event handlers (a render may not have happened yet).
  const senaste = useRef<{ for: RedigeringState; version: string; stoppad: boolean } | null>(null);
  const aktuell = () => (senaste.current?.for === state ? senaste.current : { for: state, version: state.version, stoppad: false });
  useEffect(() => () => clearTimeout(timer.current), []);

  async function autospara() {
    const form = formular.current;
    const fore = aktuell();
    if (!form || fore.stoppad) return;
    const nr = andringar.current;
    const data = new FormData(form);
    data.set("version", fore.version);
    let svar: Awaited<ReturnType<typeof autosparaInnehall>>;
    try {
      svar = await autosparaInnehall(data);
    } catch {
      setAuto({
        for: state,
        version: fore.version,
        status: "Utkastet kunde inte sparas automatiskt just nu. Dina ändringar finns kvar; välj Spara utkast för att spara dem.",
      });
      return;
    }
    if (svar.ok) {
      senaste.current = { for: state, version: svar.version, stoppad: false };
      setAuto({
        for: state,
        version: svar.version,
        status: `Utkastet är sparat automatiskt kl. ${klockslag.format(new Date(svar.sparad)).replace(":", ".")}.`,
      });
      if (andringar.current === nr) setAndrad(false);
    } else if (svar.konflikt) {
      const version = svar.version ?? fore.version;
      senaste.current = { for: state, version, stoppad: true };
      const mina = Object.fromEntries(
        props.falt.map((f) => [f.namn, f.slag === "kryss" ? (data.get(f.namn) === "on" ? "on" : "") : String(data.get(f.namn) ?? "")]),
      );
      setAuto({ for: state, version, status: svar.fel, konflikt: svar.konflikt, mina });
    } else {
      setAuto({ for: state, version: fore.version, status: svar.fel });
    }
  }

  function andring() {
    setAndrad(true);
    andringar.current++;
    clearTimeout(timer.current);
    if (aktuell().stoppad) return;
    timer.current = setTimeout(() => {
      // One autosave at a time, each from the version the one before it left.
      const forra = pagaende.current ?? Promise.resolve();
      const denna = forra.then(autospara).finally(() => {
        if (pagaende.current === denna) pagaende.current = null;
      });
      pagaende.current = denna;
    }, AUTOSPARA_MS);
  }

  function skicka(e: React.FormEvent<HTMLFormElement>) {
    clearTimeout(timer.current);
    const form = e.currentTarget;
    if (pagaende.current) {
      // Wait for an autosave under way, then send with the version it left: not a conflict with oneself.
      e.preventDefault();
      const knappen = (e.nativeEvent as SubmitEvent).submitter;
      void pagaende.current.then(() => form.requestSubmit(knappen));
      return;
    }
    (form.elements.namedItem("version") as HTMLInputElement).value = aktuell().version;
    setAndrad(false);
  }

  return (
    // key: a refused save returns values (and on a conflict a newer version); the fields take them.
    <form
      ref={formular}
      key={state.version + JSON.stringify(fel)}
      action={action}
      noValidate
      className="max-w-3xl"
      onInput={andring}
      onSubmit={skicka}
    >
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <input type="hidden" name="typ" value={props.typ} />
      <input type="hidden" name="nyckel" value={props.nyckel} />
      <input type="hidden" name="version" value={auto?.version ?? state.version} />
      {props.falt.map((f) =>
        f.slag === "kryss" ? (
          <div key={f.namn} className="mb-5 flex items-center gap-3">
            <input id={f.namn} name={f.namn} type="checkbox" defaultChecked={varden[f.namn] === "on"} className="h-6 w-6" />
            <label htmlFor={f.namn} className="font-semibold">
              {f.etikett}
            </label>
            {fel[f.namn] && <p className="font-semibold text-stop">{fel[f.namn]}</p>}
          </div>
        ) : f.slag === "text" || f.slag === "tal" ? (
          <Textfalt key={f.namn} id={f.namn} etikett={f.etikett} hjalp={f.hjalp} varde={varden[f.namn]} fel={fel[f.namn]} />
        ) : (
          <Textomrade
            key={f.namn}
            id={f.namn}
            etikett={f.etikett}
            hjalp={f.hjalp}
            varde={varden[f.namn]}
            fel={fel[f.namn]}
            rader={f.slag === "markdown" ? 18 : 3}
          />
        ),
      )}
      <Textfalt
        id="kommentar"
        etikett="Kommentar till versionen (valfri)"
        hjalp="Till exempel vad du ändrade och varför. Syns i historiken, inte publikt."
        varde={state.kommentar}
        fel={fel.kommentar}
      />
      {props.andringsnoter && <Andringsval {...state.andring} fel={fel} />}
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="handling"
          value="utkast"
          disabled={pending}
          className={`${knapp} border-2 border-brand bg-white text-brand`}
        >
          Spara utkast
        </button>
        {props.forhandsvisning && (
          <button
            type="submit"
            name="handling"
            value="forhandsvisa"
            disabled={pending}
            className={`${knapp} border-2 border-brand bg-white text-brand`}
          >
            Förhandsvisa
          </button>
        )}
        {props.granskning?.kravs ? (
          <button type="submit" name="handling" value="granskning" disabled={pending} className={`${knapp} bg-brand text-white`}>
            Skicka för granskning
          </button>
        ) : (
          <button type="submit" name="handling" value="publicera" disabled={pending} className={`${knapp} bg-brand text-white`}>
            Publicera
          </button>
        )}
      </div>
      {props.granskning?.kravs && props.granskning.utanGranskning && (
        <UtanGranskning motivering={state.motivering ?? ""} fel={fel.motivering} pending={pending} />
      )}
      {/* Autosave's status, read out politely; empty (and silent) without JavaScript. */}
      <p aria-live="polite" className="mt-3 min-h-6 text-sm">
        {auto?.status}
      </p>
      {konflikt && (
        <section aria-labelledby="konflikt" className="mt-10 border-4 border-warn bg-white p-4">
          <h2 id="konflikt" className="text-xl font-bold">
            Den sparade texten{konflikt.av ? ` (av ${konflikt.av})` : ""}
          </h2>
          <p className="mt-1 text-sm">Fälten där den skiljer sig från din text. Din text står kvar i formuläret ovanför.</p>
          <dl className="mt-3 space-y-3">
            {Object.entries(konflikt.varden)
              .filter(([namn, v]) => v !== jamforMed[namn])
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

/** An admin's way past review: a reason is required, and the publish is listed until reviewed afterwards. */
function UtanGranskning({ motivering, fel, pending }: { motivering: string; fel?: string; pending: boolean }) {
  return (
    <fieldset className="mt-6 max-w-2xl border border-line bg-white p-4">
      <legend className="px-1 font-bold">Publicera utan granskning</legend>
      <p className="mb-3 text-sm">
        Bara när det inte kan vänta. Publiceringen listas under Publicerat utan granskning tills någon annan har granskat den i efterhand.
      </p>
      <Textomrade
        id="motivering"
        etikett="Varför publiceras innehållet utan granskning?"
        hjalp="Syns i historiken och i listan. Högst 500 tecken."
        varde={motivering}
        fel={fel}
        rader={3}
      />
      <button
        type="submit"
        name="handling"
        value="utan-granskning"
        disabled={pending}
        className={`${knapp} border-2 border-brand bg-white text-brand`}
      >
        Publicera utan granskning
      </button>
    </fieldset>
  );
}
