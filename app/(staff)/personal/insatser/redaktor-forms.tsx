"use client";

import { useActionState } from "react";
import { FelSammanfattning } from "@/components/forms/fel-sammanfattning";
import { Textfalt, Valjfalt } from "@/components/forms/falt";
import { redigera, skapa, type RedaktorState } from "./redaktor-actions";

function Beskrivning({ varde, fel }: { varde?: string; fel?: string }) {
  return (
    <div className="mb-5">
      <label htmlFor="beskrivning" className="block font-semibold">Beskrivning</label>
      <p id="beskrivning-hjalp" className="text-sm text-muted">Visas för allmänheten. Högst 2 000 tecken.</p>
      {fel && <p id="beskrivning-fel" className="font-semibold text-stop">{fel}</p>}
      <textarea id="beskrivning" name="beskrivning" rows={4} defaultValue={varde} aria-invalid={Boolean(fel)}
        aria-describedby={fel ? "beskrivning-hjalp beskrivning-fel" : "beskrivning-hjalp"} className="mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-2" />
    </div>
  );
}

function Formularfel({ text }: { text?: string }) {
  return text ? <p id="formular" className="mb-5 border-l-4 border-stop bg-white p-3 font-semibold">{text}</p> : null;
}

export function RedigeraFormular({ slug, start, skolor }: { slug: string; start: RedaktorState["varden"]; skolor: { id: string; namn: string }[] }) {
  const [state, action, pending] = useActionState(redigera.bind(null, slug), { varden: start, fel: {} });
  const { varden: v, fel } = state;
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <input type="hidden" name="version" value={v.version} />
      <Textfalt id="titel" etikett="Titel" varde={v.titel} fel={fel.titel} />
      <Beskrivning varde={v.beskrivning} fel={fel.beskrivning} />
      <Textfalt id="ansvarigEnhet" etikett="Ansvarig enhet" varde={v.ansvarigEnhet} fel={fel.ansvarigEnhet} />
      <fieldset className="mb-5">
        <legend className="font-semibold">Skolor som insatsen berör</legend>
        <div id="skolor" className="mt-2 grid gap-1 sm:grid-cols-2">
          {skolor.map((s) => (
            <div key={s.id} className="flex items-center gap-2">
              <input type="checkbox" id={`skola-${s.id}`} name="skolor" value={s.id} defaultChecked={v.skolor?.includes(s.id)} className="h-5 w-5" />
              <label htmlFor={`skola-${s.id}`}>{s.namn}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">Spara uppgifterna</button>
    </form>
  );
}

export function NyInsatsFormular({ overordnade }: { overordnade: { slug: string; titel: string }[] }) {
  const [state, action, pending] = useActionState(skapa, { varden: { titel: "", beskrivning: "", ansvarigEnhet: "", parent: "" }, fel: {} });
  const { varden: v, fel } = state;
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <Textfalt id="titel" etikett="Titel" varde={v.titel} fel={fel.titel} />
      <Beskrivning varde={v.beskrivning} fel={fel.beskrivning} />
      <Textfalt id="ansvarigEnhet" etikett="Ansvarig enhet" varde={v.ansvarigEnhet} fel={fel.ansvarigEnhet} />
      <Valjfalt id="parent" etikett="Delinsats av" hjalp="Välj en insats om den nya är en del av den. Den ärver då program och förstärkningsområde."
        varde={v.parent} fel={fel.parent} val={[{ varde: "", etikett: "Ingen: en egen insats" }, ...overordnade.map((o) => ({ varde: o.slug, etikett: o.titel }))]} />
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">Skapa insatsen</button>
    </form>
  );
}
