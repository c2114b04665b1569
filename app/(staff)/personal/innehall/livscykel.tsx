"use client";

import { useActionState } from "react";
import { Textfalt } from "@/components/forms/falt";
import { bytSidansAdress, schemalaggAvpublicering, sidansLivscykel, type LivscykelState } from "./livscykel-actions";

const tom: LivscykelState = { varden: {}, fel: {} };
const knapp = "rounded-sm border-2 border-brand bg-white px-5 py-2 font-semibold text-brand";

/** The form's own problems, above it; each links to its field. */
function Fel({ id, fel }: { id: string; fel: Record<string, string> }) {
  const poster = Object.entries(fel);
  if (poster.length === 0) return null;
  return (
    <div role="alert" id={id} className="mb-4 border-4 border-stop bg-white p-3">
      <ul className="list-disc pl-6">
        {poster.map(([falt, text]) => (
          <li key={falt}>
            {falt === "formular" ? (
              <span className="font-semibold">{text}</span>
            ) : (
              <a href={`#${falt}`} className="font-semibold text-stop">
                {text}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Dolda({ nyckel, version }: { nyckel: string; version: number }) {
  return (
    <>
      <input type="hidden" name="nyckel" value={nyckel} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export function AdressFormular({ nyckel, version }: { nyckel: string; version: number }) {
  const [state, action, pending] = useActionState(bytSidansAdress, tom);
  return (
    <form key={JSON.stringify(state.fel)} action={action} noValidate className="mt-4 max-w-md">
      <Fel id="adress-fel" fel={state.fel} />
      <Dolda nyckel={nyckel} version={version} />
      <Textfalt
        id="ny-adress"
        etikett="Ny adress"
        hjalp="Små bokstäver, siffror och bindestreck; å, ä och ö blir a, a och o. Den gamla adressen leder hit automatiskt."
        varde={state.varden.adress ?? ""}
        fel={state.fel["ny-adress"]}
      />
      <button type="submit" disabled={pending} className={knapp}>
        Byt adress
      </button>
    </form>
  );
}

/** One step without fields: "Avpublicera", "Arkivera" or "Återställ som utkast". */
export function StegKnapp({
  nyckel,
  version,
  handling,
  etikett,
}: {
  nyckel: string;
  version: number;
  handling: "avpublicera" | "arkivera" | "aterstall-arkiv";
  etikett: string;
}) {
  const [state, action, pending] = useActionState(sidansLivscykel, tom);
  return (
    <form action={action} className="mt-3">
      <Fel id={`${handling}-fel`} fel={state.fel} />
      <Dolda nyckel={nyckel} version={version} />
      <button type="submit" name="handling" value={handling} disabled={pending} className={knapp}>
        {etikett}
      </button>
    </form>
  );
}

export function AvpubliceraSchemaFormular({ nyckel }: { nyckel: string }) {
  const [state, action, pending] = useActionState(schemalaggAvpublicering, tom);
  return (
    <form key={JSON.stringify(state.fel)} action={action} noValidate className="mt-3 max-w-md">
      <Fel id="avpublicera-schema-fel" fel={state.fel} />
      <input type="hidden" name="nyckel" value={nyckel} />
      <Textfalt
        id="avpublicera-datum"
        typ="date"
        etikett="Datum för avpublicering"
        hjalp="Till exempel 2026-12-01."
        varde={state.varden.datum ?? ""}
        fel={state.fel["avpublicera-datum"]}
      />
      <Textfalt
        id="avpublicera-klockslag"
        typ="time"
        etikett="Klockslag för avpublicering (svensk tid)"
        hjalp="Till exempel 17:00."
        varde={state.varden.klockslag ?? ""}
        fel={state.fel["avpublicera-klockslag"]}
      />
      <button type="submit" disabled={pending} className={knapp}>
        Schemalägg avpublicering
      </button>
    </form>
  );
}
