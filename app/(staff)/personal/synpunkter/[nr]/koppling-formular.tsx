"use client";

import { useActionState } from "react";
import { kopplingAtgard, type KopplingState } from "./koppling-actions";

const knapp = "mt-2 rounded-sm bg-brand px-4 py-2 font-semibold text-white";
const falt = "mt-1 w-full max-w-xs rounded-sm border-2 border-ink bg-white px-2 py-2";

/** "Samma ärende som …": the other case by its ärendenummer or diarienummer. */
export function Kopplingsform({ lopnummer }: { lopnummer: number }) {
  const [state, action, pending] = useActionState(kopplingAtgard, { nummer: "" } as KopplingState);
  const id = "samma-arende";
  return (
    <form action={action} noValidate className="mt-3">
      <input type="hidden" name="lopnummer" value={lopnummer} />
      <input type="hidden" name="handling" value="koppla" />
      <label htmlFor={id} className="block font-semibold">
        Samma ärende som
      </label>
      <p id={`${id}-hjalp`} className="max-w-prose text-sm text-muted">
        Ärendenummer (till exempel GF-2026-00042) eller diarienummer (till exempel GRF 2026/00123). Det senast mottagna av de två ärendena
        avslutas som kopplat. Dess avsändare får besked och sedan svaren i det andra ärendet.
      </p>
      {state.fel && (
        <p id={`${id}-fel`} role="alert" className="font-semibold text-stop">
          {state.fel}
        </p>
      )}
      <input
        id={id}
        name="nummer"
        type="text"
        autoComplete="off"
        defaultValue={state.nummer}
        aria-invalid={Boolean(state.fel)}
        aria-describedby={[`${id}-hjalp`, state.fel && `${id}-fel`].filter(Boolean).join(" ")}
        className={falt}
      />
      <div>
        <button type="submit" disabled={pending} className={knapp}>
          Koppla ärendena
        </button>
      </div>
    </form>
  );
}

/** "Ta bort kopplingen": the linked case is reopened and its sender told. */
export function TaBortKoppling({ lopnummer }: { lopnummer: number }) {
  const [state, action, pending] = useActionState(kopplingAtgard, { nummer: "" } as KopplingState);
  return (
    <form action={action} className="mt-3">
      <input type="hidden" name="lopnummer" value={lopnummer} />
      <input type="hidden" name="handling" value="koppla-loss" />
      {state.fel && (
        <p role="alert" className="font-semibold text-stop">
          {state.fel}
        </p>
      )}
      <button type="submit" disabled={pending} className={knapp}>
        Ta bort kopplingen
      </button>
    </form>
  );
}
