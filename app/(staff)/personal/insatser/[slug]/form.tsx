"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt, Textomrade, Valjfalt } from "@/components/forms/falt";
import { insatsStatusar } from "@/lib/insatser/status";
import { sparaUppdatering, type UppdateringState } from "./actions";

export function UppdateringsFormular({ slug, start }: { slug: string; start: UppdateringState["varden"] }) {
  const [state, action, pending] = useActionState(sparaUppdatering, { varden: start, fel: {} });
  const { fel, varden } = state;
  return (
    // key: a refused save returns the current version; the fields take the returned values.
    <form key={varden.version + (fel.formular ?? "")} action={action} noValidate className="max-w-xl">
      <FelSammanfattning fel={{ status: fel.status, progress: fel.progress, kommentar: fel.kommentar, formular: fel.formular }} />
      <Formularfel text={fel.formular} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="version" value={varden.version} />
      <Valjfalt
        id="status"
        etikett="Status"
        varde={varden.status}
        fel={fel.status}
        val={Object.entries(insatsStatusar).map(([varde, s]) => ({ varde, etikett: s.etikett }))}
      />
      <Textfalt
        id="progress"
        etikett="Hur många procent är klart?"
        hjalp="Ett heltal från 0 till 100."
        varde={varden.progress}
        fel={fel.progress}
      />
      <Textomrade
        id="kommentar"
        etikett="Vad har hänt?"
        hjalp="Visas för allmänheten i insatsens historik. Högst 2 000 tecken."
        varde={varden.kommentar}
        fel={fel.kommentar}
      />
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        {pending ? "Sparar …" : "Spara uppdatering"}
      </button>
    </form>
  );
}
