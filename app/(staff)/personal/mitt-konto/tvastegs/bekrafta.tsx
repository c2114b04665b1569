"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt } from "@/components/forms/falt";
import { skapaNyaReservkoder, stangAv, type BekraftaState } from "./actions";

const atgarder = { reservkoder: skapaNyaReservkoder, "stang-av": stangAv };

/** The password and a code, for "Skapa nya reservkoder" and "Stäng av tvåstegsverifiering". */
export function BekraftaFormular({ atgard, knapp, kodHjalp }: { atgard: keyof typeof atgarder; knapp: string; kodHjalp: string }) {
  const [state, action, pending] = useActionState(atgarder[atgard], { fel: {} } as BekraftaState);
  if (state.koder) {
    return (
      <section aria-labelledby="reservkoder" className="max-w-prose">
        <p role="status" className="border-l-4 border-ok bg-white p-3 font-semibold">
          Du har nya reservkoder. De gamla fungerar inte längre.
        </p>
        <h2 id="reservkoder" className="mt-6 text-2xl font-bold">
          Dina nya reservkoder
        </h2>
        <p className="mt-2">Spara koderna på ett säkert ställe, till exempel utskrivna. Varje kod fungerar en gång. De visas bara nu.</p>
        <ul aria-label="Reservkoder" className="mt-4 grid grid-cols-2 gap-2 font-mono text-lg">
          {state.koder.map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
        <p className="mt-6">
          <Link href="/personal/mitt-konto">Tillbaka till Mitt konto</Link>
        </p>
      </section>
    );
  }
  const { fel } = state;
  return (
    <form action={action} noValidate className="max-w-md">
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <Textfalt id="losenord" etikett="Ditt lösenord" typ="password" autoComplete="current-password" fel={fel.losenord} />
      <Textfalt id="kod" etikett="Kod från appen" hjalp={kodHjalp} autoComplete="one-time-code" fel={fel.kod} />
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        {knapp}
      </button>
    </form>
  );
}
