"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt, Textomrade } from "@/components/forms/falt";
import type { Formularsvar } from "@/lib/atgard/personal";
import { avsluta, skapa } from "./actions";

export function NyttDriftmeddelande({ start }: { start: Record<string, string> }) {
  const [state, action, pending] = useActionState(skapa, { varden: start, fel: {} } as Formularsvar);
  const { varden: v, fel } = state;
  return (
    <form action={action} noValidate className="max-w-xl">
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <Textomrade
        id="text"
        etikett="Meddelande"
        hjalp="Högst 300 tecken. Visas överst på varje publik sida."
        varde={v.text}
        fel={fel.text}
        rader={3}
      />
      <fieldset className="mb-5">
        <legend className="font-semibold">Visas från (svensk tid)</legend>
        <Textfalt id="startdatum" etikett="Datum" typ="date" varde={v.startdatum} fel={fel.startdatum} />
        <Textfalt id="startklockslag" etikett="Klockslag" typ="time" varde={v.startklockslag} fel={fel.startklockslag} />
      </fieldset>
      <fieldset className="mb-5">
        <legend className="font-semibold">Visas till (svensk tid)</legend>
        <Textfalt id="slutdatum" etikett="Datum" typ="date" varde={v.slutdatum} fel={fel.slutdatum} />
        <Textfalt id="slutklockslag" etikett="Klockslag" typ="time" varde={v.slutklockslag} fel={fel.slutklockslag} />
      </fieldset>
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        Schemalägg meddelandet
      </button>
    </form>
  );
}

export function Avsluta({ id }: { id: string }) {
  const [state, action, pending] = useActionState(avsluta, { varden: {}, fel: {} } as Formularsvar);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <Formularfel text={state.fel.formular} />
      <button type="submit" disabled={pending} className="rounded-sm border-2 border-ink bg-white px-3 py-1 font-semibold">
        Avsluta nu
      </button>
    </form>
  );
}
