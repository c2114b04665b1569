"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt } from "@/components/forms/falt";
import { MAX_TECKEN, MIN_TECKEN } from "@/lib/auth/schema";
import { valjLosenord, type NyttLosenordState } from "./actions";

export function NyttLosenordFormular({ nyckel }: { nyckel: string }) {
  const [state, action, pending] = useActionState(valjLosenord, { fel: {} } as NyttLosenordState);
  const { fel } = state;
  return (
    <form action={action} noValidate className="max-w-md">
      <input type="hidden" name="nyckel" value={nyckel} />
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
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
        Spara det nya lösenordet
      </button>
    </form>
  );
}
