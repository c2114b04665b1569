"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt, Textomrade, Valjfalt } from "@/components/forms/falt";
import { andra, skapa, taBort, type SvarsmallState } from "./actions";

type Val = { varde: string; etikett: string }[];
const knapp = "rounded-sm bg-brand px-5 py-2 font-semibold text-white";

export function SvarsmallFormular({
  id,
  start,
  typer,
  hjalp,
}: {
  /** An existing template's id; without it the form makes a new one. */
  id?: string;
  start: Record<string, string>;
  typer: Val;
  hjalp: string;
}) {
  const [state, action, pending] = useActionState(id ? andra : skapa, { varden: start, fel: {} } as SvarsmallState);
  const { varden: v, fel } = state;
  return (
    <form action={action} noValidate className="max-w-2xl">
      {id && <input type="hidden" name="id" value={id} />}
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <Textfalt id="namn" etikett="Mallens namn" varde={v.namn} fel={fel.namn} autoComplete="off" />
      <Valjfalt id="typ" etikett="Används för" varde={v.typ ?? ""} fel={fel.typ} val={typer} />
      <Textomrade id="text" etikett="Text" hjalp={hjalp} varde={v.text} fel={fel.text} rader={10} />
      <button type="submit" disabled={pending} className={knapp}>
        {id ? "Spara mallen" : "Skapa mallen"}
      </button>
    </form>
  );
}

export function TaBortFormular({ id, namn }: { id: string; namn: string }) {
  const [state, action, pending] = useActionState(taBort, { varden: {}, fel: {} } as SvarsmallState);
  return (
    <form action={action} className="mt-3">
      <input type="hidden" name="id" value={id} />
      <Formularfel text={state.fel.formular} />
      <button type="submit" disabled={pending} className="rounded-sm border-2 border-stop bg-white px-4 py-1 font-semibold text-stop">
        Ta bort mallen ”{namn}”
      </button>
    </form>
  );
}
