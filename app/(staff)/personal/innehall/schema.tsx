"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt } from "@/components/forms/falt";
import { schemalaggPublicering, type SchemaState } from "./schemalagg-actions";
import { Andringsval } from "./andring";

/** Date and time in Swedish local time; native pickers with JavaScript and without. */
export function SchemaFormular({ typ, nyckel, andringsnoter }: { typ: string; nyckel: string; andringsnoter?: boolean }) {
  const [state, action, pending] = useActionState(schemalaggPublicering, { varden: { datum: "", klockslag: "" }, fel: {} } as SchemaState);
  const { varden, fel } = state;
  return (
    <form key={JSON.stringify(fel)} action={action} noValidate className="max-w-md">
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <input type="hidden" name="typ" value={typ} />
      <input type="hidden" name="nyckel" value={nyckel} />
      <Textfalt id="datum" typ="date" etikett="Datum" hjalp="Till exempel 2026-12-01." varde={varden.datum} fel={fel.datum} />
      <Textfalt
        id="klockslag"
        typ="time"
        etikett="Klockslag (svensk tid)"
        hjalp="Till exempel 08:00."
        varde={varden.klockslag}
        fel={fel.klockslag}
      />
      {andringsnoter && <Andringsval prefix="schema-" andring={varden.andring} andringsnot={varden.andringsnot} fel={fel} />}
      <button type="submit" disabled={pending} className="rounded-sm border-2 border-brand bg-white px-5 py-2 font-semibold text-brand">
        Schemalägg publicering
      </button>
    </form>
  );
}
