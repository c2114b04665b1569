"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textomrade } from "@/components/forms/falt";
import type { Formularsvar } from "@/lib/atgard/personal";
import { skickaKommentar } from "./actions";

export function Kommentarformular({ id, max }: { id: string; max: number }) {
  const [state, action, pending] = useActionState(skickaKommentar, { varden: {}, fel: {} } as Formularsvar);
  return (
    <form action={action} noValidate className="mt-6 max-w-xl">
      <input type="hidden" name="id" value={id} />
      <FelSammanfattning fel={state.fel} />
      <Formularfel text={state.fel.formular} />
      <Textomrade
        id="kommentar"
        etikett="Vad letade du efter? (frivilligt)"
        hjalp={`Högst ${max} tecken. Skriv inte namn, personnummer eller annat om dig själv eller någon annan: kommentaren läses av de som skriver webbplatsens texter. Vill du ha svar, använd kontaktformuläret.`}
        varde={state.varden.kommentar}
        fel={state.fel.kommentar}
        rader={4}
      />
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        Skicka kommentaren
      </button>
    </form>
  );
}
