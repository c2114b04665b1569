"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt, Valjfalt } from "@/components/forms/falt";
import { andra, skapa, skickaLank, taBort, type KontoState } from "./actions";

type Val = { varde: string; etikett: string }[];

export function NyttKontoFormular({ roller, skolor }: { roller: Val; skolor: Val }) {
  const [state, action, pending] = useActionState(skapa, { varden: { roll: "REDAKTOR" }, fel: {} } as KontoState);
  const { varden: v, fel } = state;
  return (
    <form action={action} noValidate className="max-w-xl">
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <Textfalt id="name" etikett="Namn" varde={v.name} fel={fel.name} autoComplete="off" />
      <Textfalt id="email" etikett="E-postadress" typ="email" varde={v.email} fel={fel.email} autoComplete="off" />
      <Valjfalt id="roll" etikett="Roll" varde={v.roll} fel={fel.roll} val={roller} />
      <Valjfalt
        id="skolaId"
        etikett="Skola"
        hjalp="Bara för rektorer: den skola vars insatser rektorn får uppdatera."
        varde={v.skolaId}
        fel={fel.skolaId}
        val={skolor}
      />
      <Textfalt
        id="losenord"
        etikett="Tillfälligt lösenord"
        hjalp="Minst 12 tecken. Lämna det till personen på ett säkert sätt."
        typ="password"
        fel={fel.losenord}
        autoComplete="new-password"
      />
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        Skapa konto
      </button>
    </form>
  );
}

export function AndraKontoFormular({ id, start, roller, skolor }: { id: string; start: Record<string, string>; roller: Val; skolor: Val }) {
  const [state, action, pending] = useActionState(andra, { varden: start, fel: {} } as KontoState);
  const { varden: v, fel } = state;
  return (
    <form action={action} noValidate className="max-w-xl">
      <input type="hidden" name="id" value={id} />
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <Valjfalt id="roll" etikett="Roll" varde={v.roll} fel={fel.roll} val={roller} />
      <Valjfalt id="skolaId" etikett="Skola" hjalp="Bara för rektorer." varde={v.skolaId} fel={fel.skolaId} val={skolor} />
      <Valjfalt
        id="aktiv"
        etikett="Får logga in"
        varde={v.aktiv}
        fel={fel.aktiv}
        val={[
          { varde: "ja", etikett: "Ja, kontot är aktivt" },
          { varde: "nej", etikett: "Nej, kontot är avstängt" },
        ]}
      />
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        Spara
      </button>
    </form>
  );
}

export function LosenordslankFormular({ id }: { id: string }) {
  const [state, action, pending] = useActionState(skickaLank, { varden: {}, fel: {} } as KontoState);
  return (
    <form action={action} noValidate className="mt-4 max-w-xl">
      <input type="hidden" name="id" value={id} />
      <FelSammanfattning fel={state.fel} />
      <Formularfel text={state.fel.formular} />
      <button type="submit" disabled={pending} className="rounded-sm border-2 border-brand px-5 py-2 font-semibold text-brand">
        Skicka länk för nytt lösenord
      </button>
    </form>
  );
}

export function TaBortFormular({ id, namn }: { id: string; namn: string }) {
  const [state, action, pending] = useActionState(taBort, { varden: {}, fel: {} } as KontoState);
  const fel = state.fel;
  return (
    <form action={action} noValidate className="max-w-xl">
      <input type="hidden" name="id" value={id} />
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <div className="mb-5">
        {fel.bekrafta && (
          <p id="bekrafta-fel" className="font-semibold text-stop">
            {fel.bekrafta}
          </p>
        )}
        <div className="flex items-start gap-2">
          <input
            id="bekrafta"
            name="bekrafta"
            type="checkbox"
            value="ja"
            aria-invalid={Boolean(fel.bekrafta)}
            aria-describedby={fel.bekrafta ? "bekrafta-fel" : undefined}
            className="mt-1 h-5 w-5"
          />
          <label htmlFor="bekrafta">Ja, ta bort kontot för {namn} för gott</label>
        </div>
      </div>
      <button type="submit" disabled={pending} className="rounded-sm bg-stop px-5 py-2 font-semibold text-white">
        Ta bort kontot
      </button>
    </form>
  );
}
