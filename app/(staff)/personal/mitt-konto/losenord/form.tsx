"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt } from "@/components/forms/falt";
import { MAX_TECKEN, MIN_TECKEN } from "@/lib/auth/schema";
import { byt, type BytState } from "./actions";

export function BytLosenordFormular() {
  const [state, action, pending] = useActionState(byt, { fel: {} } as BytState);
  const { fel } = state;
  return (
    <form action={action} noValidate className="max-w-md">
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <Textfalt id="nuvarande" etikett="Nuvarande lösenord" typ="password" autoComplete="current-password" fel={fel.nuvarande} />
      <Textfalt
        id="nytt"
        etikett="Nytt lösenord"
        typ="password"
        autoComplete="new-password"
        fel={fel.nytt}
        hjalp={`${MIN_TECKEN}–${MAX_TECKEN} tecken. Alla tecken går bra, även mellanslag. Flera ord i en följd blir både långt och lätt att komma ihåg.`}
      />
      <Textfalt id="upprepa" etikett="Upprepa det nya lösenordet" typ="password" autoComplete="new-password" fel={fel.upprepa} />
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        Byt lösenord
      </button>
    </form>
  );
}
