"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt } from "@/components/forms/falt";
import { skapaNySida, type NySidaState } from "../sidor-actions";

export function NySidaFormular() {
  const [state, action, pending] = useActionState(skapaNySida, { varden: { titel: "", adress: "", foralder: "" }, fel: {} } as NySidaState);
  const { varden, fel } = state;
  return (
    <form key={JSON.stringify(fel)} action={action} noValidate className="max-w-xl">
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <Textfalt id="titel" etikett="Rubrik" varde={varden.titel} fel={fel.titel} />
      <Textfalt
        id="adress"
        etikett="Adress (valfri)"
        hjalp="Sidan hamnar på /adress. Lämna tomt så görs adressen av rubriken; å, ä och ö blir a, a och o."
        varde={varden.adress}
        fel={fel.adress}
      />
      <Textfalt
        id="foralder"
        etikett="Ligger under sidan (adress, valfri)"
        hjalp="Till exempel om-forvaltningen."
        varde={varden.foralder}
        fel={fel.foralder}
      />
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        Skapa sidan som utkast
      </button>
    </form>
  );
}
