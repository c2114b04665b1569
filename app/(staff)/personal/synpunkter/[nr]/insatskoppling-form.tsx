"use client";

import { useActionState } from "react";
import type { Formularsvar } from "@/lib/atgard/personal";
import { kopplaArendeTillInsats } from "./insatskoppling-actions";

const tom: Formularsvar = { varden: {}, fel: {} };

export function Kopplaform({ lopnummer, val }: { lopnummer: number; val: { grupp: string; insatser: { id: string; titel: string }[] }[] }) {
  const [state, action, pending] = useActionState(kopplaArendeTillInsats, tom);
  const fel = state.fel.insatsId ?? state.fel.formular ?? state.fel.handling;
  return (
    <form action={action} className="mt-4">
      <input type="hidden" name="lopnummer" value={lopnummer} />
      <input type="hidden" name="handling" value="koppla" />
      <label htmlFor="insatsId" className="block font-semibold">
        Insats
      </label>
      <p id="insatsId-hjalp" className="text-sm text-muted">
        Avsändaren ser insatsen, dess status och offentliga ändringar på sin ärendesida.
      </p>
      {fel && (
        <p id="insatsId-fel" role="alert" className="font-semibold text-stop">
          {fel}
        </p>
      )}
      <select
        id="insatsId"
        name="insatsId"
        defaultValue={state.varden.insatsId ?? ""}
        aria-describedby={fel ? "insatsId-hjalp insatsId-fel" : "insatsId-hjalp"}
        aria-invalid={fel ? true : undefined}
        className="mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-2"
      >
        <option value="">Välj en insats</option>
        {val.map((g) => (
          <optgroup key={g.grupp} label={g.grupp}>
            {g.insatser.map((i) => (
              <option key={i.id} value={i.id}>
                {i.titel}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button type="submit" disabled={pending} className="mt-2 rounded-sm bg-brand px-4 py-2 font-semibold text-white">
        Koppla till insatsen
      </button>
    </form>
  );
}

export function Bortkopplingsform({ lopnummer, insatsId, titel }: { lopnummer: number; insatsId: string; titel: string }) {
  const [state, action, pending] = useActionState(kopplaArendeTillInsats, tom);
  const fel = state.fel.insatsId ?? state.fel.formular;
  return (
    <form action={action} className="inline">
      <input type="hidden" name="lopnummer" value={lopnummer} />
      <input type="hidden" name="handling" value="koppla-bort" />
      <input type="hidden" name="insatsId" value={insatsId} />
      <button type="submit" disabled={pending} className="ml-2 rounded-sm border-2 border-ink bg-white px-2 py-1 text-sm font-semibold">
        Ta bort kopplingen<span className="sr-only"> till {titel}</span>
      </button>
      {fel && (
        <span role="alert" className="ml-2 font-semibold text-stop">
          {fel}
        </span>
      )}
    </form>
  );
}
