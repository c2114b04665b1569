"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt } from "@/components/forms/falt";
import { loggaIn, type InloggningState } from "./actions";

const start: InloggningState = { email: "", fel: {} };

export function InloggningsFormular() {
  const [state, action, pending] = useActionState(loggaIn, start);
  const { fel } = state;
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
