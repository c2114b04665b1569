"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt, Textomrade, Valjfalt } from "@/components/forms/falt";
import { redigera, skapa, type RedaktorState } from "./redaktor-actions";

export function RedigeraFormular({
  slug,
  start,
  skolor,
}: {
  slug: string;
  start: RedaktorState["varden"];
  skolor: { id: string; namn: string }[];
}) {
  const [state, action, pending] = useActionState(redigera, { varden: start, fel: {} });
  const { varden: v, fel } = state;
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="version" value={v.version} />
      <Textfalt id="titel" etikett="Titel" varde={v.titel} fel={fel.titel} />
      <Textomrade
        id="beskrivning"
        etikett="Beskrivning"
        hjalp="Visas för allmänheten. Högst 2 000 tecken."
        rader={4}
        varde={v.beskrivning}
        fel={fel.beskrivning}
      />
      <Textfalt id="ansvarigEnhet" etikett="Ansvarig enhet" varde={v.ansvarigEnhet} fel={fel.ansvarigEnhet} />
      <fieldset className="mb-5">
        <legend className="font-semibold">Planerad period</legend>
        <p className="text-sm text-muted">
          Visas för allmänheten. Efter det planerade slutet visas insatsen som försenad tills den är klar. Lämna tomt om det inte är
          planerat.
        </p>
        <div className="mt-2 grid gap-x-4 sm:grid-cols-2">
          <Textfalt id="planeradStart" etikett="Planerad start" typ="date" varde={v.planeradStart} fel={fel.planeradStart} />
          <Textfalt id="planeradSlut" etikett="Planerat slut" typ="date" varde={v.planeradSlut} fel={fel.planeradSlut} />
        </div>
      </fieldset>
      <fieldset className="mb-5">
        <legend className="font-semibold">Skolor som insatsen berör</legend>
        <div id="skolor" className="mt-2 grid gap-1 sm:grid-cols-2">
          {skolor.map((s) => (
            <div key={s.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                id={`skola-${s.id}`}
                name="skolor"
                value={s.id}
                defaultChecked={v.skolor?.includes(s.id)}
                className="h-5 w-5"
              />
              <label htmlFor={`skola-${s.id}`}>{s.namn}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        Spara uppgifterna
      </button>
    </form>
  );
}

export function NyInsatsFormular({ overordnade }: { overordnade: { slug: string; titel: string }[] }) {
  const [state, action, pending] = useActionState(skapa, {
    varden: { titel: "", beskrivning: "", ansvarigEnhet: "", parent: "" },
    fel: {},
  });
  const { varden: v, fel } = state;
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <Textfalt id="titel" etikett="Titel" varde={v.titel} fel={fel.titel} />
      <Textomrade
        id="beskrivning"
        etikett="Beskrivning"
        hjalp="Visas för allmänheten. Högst 2 000 tecken."
        rader={4}
        varde={v.beskrivning}
        fel={fel.beskrivning}
      />
      <Textfalt id="ansvarigEnhet" etikett="Ansvarig enhet" varde={v.ansvarigEnhet} fel={fel.ansvarigEnhet} />
      <Valjfalt
        id="parent"
        etikett="Delinsats av"
        hjalp="Välj en insats om den nya är en del av den. Den ärver då program och förstärkningsområde."
        varde={v.parent}
        fel={fel.parent}
        val={[{ varde: "", etikett: "Ingen: en egen insats" }, ...overordnade.map((o) => ({ varde: o.slug, etikett: o.titel }))]}
      />
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        Skapa insatsen
      </button>
    </form>
  );
}
