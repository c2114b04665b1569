"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt, Textomrade } from "@/components/forms/falt";
import { begarUt, type BegaranState } from "./actions";

export function BegaranFormular({ dnr, idempotensnyckel, startad }: { dnr: string; idempotensnyckel: string; startad: string }) {
  const [state, action, pending] = useActionState(begarUt, {
    varden: { dnr, meddelande: "", namn: "", epost: "", idempotensnyckel, startad, webbplats: "" },
    fel: {},
  } as BegaranState);
  const { varden: v, fel } = state;
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FelSammanfattning fel={{ dnr: fel.dnr, meddelande: fel.meddelande, namn: fel.namn, epost: fel.epost, formular: fel.formular }} />
      <Formularfel text={fel.formular} />
      <input type="hidden" name="idempotensnyckel" value={v.idempotensnyckel} />
      <input type="hidden" name="startad" value={v.startad} />
      <Textfalt
        id="dnr"
        etikett="Diarienummer (om du vet det)"
        hjalp="Som i diariet, till exempel GRF 2026/00123."
        varde={v.dnr}
        fel={fel.dnr}
        autoComplete="off"
      />
      <Textomrade
        id="meddelande"
        etikett="Vilken handling vill du ha? (frivilligt om du angett diarienummer)"
        hjalp="Beskriv handlingen om du inte vet diarienumret. Skriv också om du vill ha kopian på papper, och vart vi ska skicka den."
        varde={v.meddelande}
        fel={fel.meddelande}
      />
      <Textfalt
        id="namn"
        etikett="Ditt namn (frivilligt)"
        hjalp="Du behöver inte tala om vem du är."
        varde={v.namn}
        fel={fel.namn}
        autoComplete="name"
      />
      <Textfalt
        id="epost"
        etikett="Din e-postadress (frivilligt)"
        hjalp="Fyll i den om du vill få kopian och vårt beslut med e-post. Utan den finns beslutet på ärendets sida."
        typ="email"
        varde={v.epost}
        fel={fel.epost}
        autoComplete="email"
      />
      <div style={{ display: "none" }}>
        <label htmlFor="webbplats">Lämna det här fältet tomt</label>
        <input id="webbplats" name="webbplats" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        {pending ? "Skickar …" : "Skicka begäran"}
      </button>
    </form>
  );
}
