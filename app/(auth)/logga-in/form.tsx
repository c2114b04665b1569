"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt } from "@/components/forms/falt";
import { loggaIn, type InloggningState } from "./actions";

const start: InloggningState = { email: "", fel: {} };

export function InloggningsFormular() {
  const [state, action, pending] = useActionState(loggaIn, start);
  const { fel } = state;
  if (state.halv) {
    return (
      <form action={action} noValidate className="max-w-md">
        <FelSammanfattning fel={{ kod: fel.kod, formular: fel.formular }} />
        <input type="hidden" name="halv" value={state.halv} />
        <input type="hidden" name="email" value={state.email} />
        <h2 className="mb-4 text-xl font-bold">Steg 2 av 2: kod från appen</h2>
        <div className="mb-5">
          <label htmlFor="kod" className="block font-semibold">
            Kod
          </label>
          <p id="kod-hjalp" className="text-sm text-muted">
            De sex siffrorna som din autentiseringsapp visar just nu, eller en av dina reservkoder.
          </p>
          {fel.kod && (
            <p id="kod-fel" className="font-semibold text-stop">
              {fel.kod}
            </p>
          )}
          <input
            id="kod"
            name="kod"
            type="text"
            inputMode="text"
            autoComplete="one-time-code"
            autoFocus
            aria-invalid={Boolean(fel.kod)}
            aria-describedby={fel.kod ? "kod-hjalp kod-fel" : "kod-hjalp"}
            className="mt-1 w-full max-w-xs rounded-sm border-2 border-ink bg-white px-2 py-2"
          />
        </div>
        <Formularfel text={fel.formular} />
        <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
          {pending ? "Kontrollerar …" : "Fortsätt"}
        </button>
      </form>
    );
  }
  return (
    <form action={action} noValidate className="max-w-md">
      <FelSammanfattning fel={{ email: fel.email, password: fel.password, formular: fel.formular }} />
      <Textfalt id="email" etikett="E-postadress" typ="email" autoComplete="username" varde={state.email} fel={fel.email} />
      <Textfalt id="password" etikett="Lösenord" typ="password" autoComplete="current-password" fel={fel.password} />
      <Formularfel text={fel.formular} />
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        {pending ? "Loggar in …" : "Logga in"}
      </button>
    </form>
  );
}
