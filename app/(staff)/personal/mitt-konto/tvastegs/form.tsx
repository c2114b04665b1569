"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FelSammanfattning } from "@/components/forms/fel-sammanfattning";
import { aktivera, type TvastegsState } from "./actions";

export function AktiveraFormular({ hemlighet, signatur }: { hemlighet: string; signatur: string }) {
  const [state, action, pending] = useActionState(aktivera, {} as TvastegsState);
  if (state.koder) {
    return (
      <section aria-labelledby="reservkoder" className="max-w-prose">
        <p role="status" className="border-l-4 border-ok bg-white p-3 font-semibold">
          Tvåstegsverifiering är på.
        </p>
        <h2 id="reservkoder" className="mt-6 text-2xl font-bold">
          Dina reservkoder
        </h2>
        <p className="mt-2">
          Spara koderna på ett säkert ställe, till exempel utskrivna. Varje kod fungerar en gång, i stället för koden från appen om du inte
          har telefonen. De visas bara nu.
        </p>
        <ul aria-label="Reservkoder" className="mt-4 grid grid-cols-2 gap-2 font-mono text-lg">
          {state.koder.map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
        <p className="mt-6">
          <Link href="/personal">Fortsätt till personalsidorna</Link>
        </p>
      </section>
    );
  }
  return (
    <form action={action} noValidate className="max-w-md">
      <FelSammanfattning fel={{ kod: state.fel }} />
      <input type="hidden" name="hemlighet" value={hemlighet} />
      <input type="hidden" name="signatur" value={signatur} />
      <div className="mb-5">
        <label htmlFor="kod" className="block font-semibold">
          Kod från appen
        </label>
        <p id="kod-hjalp" className="text-sm text-muted">
          De sex siffror som appen visar för Grundskoleportalen.
        </p>
        {state.fel && (
          <p id="kod-fel" className="font-semibold text-stop">
            {state.fel}
          </p>
        )}
        <input
          id="kod"
          name="kod"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          aria-invalid={Boolean(state.fel)}
          aria-describedby={state.fel ? "kod-hjalp kod-fel" : "kod-hjalp"}
          className="mt-1 w-full max-w-xs rounded-sm border-2 border-ink bg-white px-2 py-2"
        />
      </div>
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        Slå på tvåstegsverifiering
      </button>
    </form>
  );
}
