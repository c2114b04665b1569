"use client";

import { useActionState } from "react";
import { FelSammanfattning, Formularfel } from "@/components/forms/fel-sammanfattning";
import { Textfalt, Valjfalt } from "@/components/forms/falt";
import type { Formularsvar } from "@/lib/atgard/personal";
import { sparaAgare } from "./actions";

/** Owner and "Granska senast": works without JavaScript (the item in hidden fields). */
export function AgareFormular({
  slag,
  id,
  val,
  start,
}: {
  slag: "innehall" | "insats";
  id: string;
  val: { varde: string; etikett: string }[];
  start: { agare: string; granskaSenast: string };
}) {
  const [state, action, pending] = useActionState(sparaAgare, { varden: start, fel: {} } as Formularsvar);
  const { varden, fel } = state;
  return (
    <form key={JSON.stringify(fel)} action={action} noValidate className="mt-4 max-w-md">
      <FelSammanfattning fel={fel} />
      <Formularfel text={fel.formular} />
      <input type="hidden" name="slag" value={slag} />
      <input type="hidden" name="id" value={id} />
      <Valjfalt
        id="agare"
        etikett="Ägare"
        hjalp="Den som ser till att det stämmer och får påminnelserna. Bara de som får redigera det kan väljas."
        varde={varden.agare}
        fel={fel.agare}
        val={[{ varde: "", etikett: "Välj en ägare" }, ...val]}
      />
      <Textfalt
        id="granskaSenast"
        typ="date"
        etikett="Granska senast"
        hjalp="Till exempel 2027-06-30. Ägaren får en påminnelse 14 dagar före och på dagen."
        varde={varden.granskaSenast}
        fel={fel.granskaSenast}
      />
      <button type="submit" disabled={pending} className="rounded-sm border-2 border-brand bg-white px-5 py-2 font-semibold text-brand">
        Spara ägare och datum
      </button>
    </form>
  );
}
