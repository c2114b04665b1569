"use client";

import { useActionState } from "react";
import { FelSammanfattning } from "@/components/forms/fel-sammanfattning";
import { insatsStatusar } from "@/lib/insatser/status";
import { sparaUppdatering, type UppdateringState } from "./actions";

export function UppdateringsFormular({ slug, start }: { slug: string; start: UppdateringState["varden"] }) {
  const [state, action, pending] = useActionState(sparaUppdatering.bind(null, slug), { varden: start, fel: {} });
  const { fel, varden } = state;
  const beskrivs = (falt: keyof typeof fel) => (fel[falt] ? `${falt}-fel` : undefined);
  return (
    // key: a refused save returns the current version; the fields take the returned values.
    <form key={varden.version + (fel.formular ?? "")} action={action} noValidate className="max-w-xl">
      <FelSammanfattning fel={{ status: fel.status, progress: fel.progress, kommentar: fel.kommentar, "formular-fel": fel.formular }} />
      {fel.formular && <p id="formular-fel" className="mb-5 border-l-4 border-stop bg-white p-3 font-semibold">{fel.formular}</p>}
      <input type="hidden" name="version" value={varden.version} />
      <div className="mb-5">
        <label htmlFor="status" className="block font-semibold">Status</label>
        {fel.status && <p id="status-fel" className="font-semibold text-stop">{fel.status}</p>}
        <select id="status" name="status" defaultValue={varden.status} aria-describedby={beskrivs("status")} className="mt-1 rounded-sm border-2 border-ink bg-white px-2 py-2">
          {Object.entries(insatsStatusar).map(([k, s]) => <option key={k} value={k}>{s.etikett}</option>)}
        </select>
      </div>
      <div className="mb-5">
        <label htmlFor="progress" className="block font-semibold">Hur många procent är klart?</label>
        <p id="progress-hint" className="text-sm text-muted">Ett heltal från 0 till 100.</p>
        {fel.progress && <p id="progress-fel" className="font-semibold text-stop">{fel.progress}</p>}
        <input id="progress" name="progress" inputMode="numeric" defaultValue={varden.progress} aria-invalid={Boolean(fel.progress)}
          aria-describedby={["progress-hint", beskrivs("progress")].filter(Boolean).join(" ")} className="mt-1 w-24 rounded-sm border-2 border-ink bg-white px-2 py-2" />
      </div>
      <div className="mb-5">
        <label htmlFor="kommentar" className="block font-semibold">Vad har hänt?</label>
        <p id="kommentar-hint" className="text-sm text-muted">Visas för allmänheten i insatsens historik. Högst 2 000 tecken.</p>
        {fel.kommentar && <p id="kommentar-fel" className="font-semibold text-stop">{fel.kommentar}</p>}
        <textarea id="kommentar" name="kommentar" rows={5} defaultValue={varden.kommentar} aria-invalid={Boolean(fel.kommentar)}
          aria-describedby={["kommentar-hint", beskrivs("kommentar")].filter(Boolean).join(" ")} className="mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-2" />
      </div>
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        {pending ? "Sparar …" : "Spara uppdatering"}
      </button>
    </form>
  );
}
