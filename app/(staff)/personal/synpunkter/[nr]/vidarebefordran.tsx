"use client";

import { useActionState } from "react";
import { vidarebefordraAtgard, type Vidarebefordransstate } from "./vidarebefordran-actions";
import { Synlighet } from "./forms";

const knapp = "mt-2 rounded-sm bg-brand px-4 py-2 font-semibold text-white";

/**
 * "Skicka vidare till skolan" and "Ta tillbaka": the rektor of the case's school reads and answers
 * it while it is forwarded. Internal: the sender never sees that it was.
 */
export function Vidarebefordran({
  lopnummer,
  skola,
  vidarebefordrad,
  rektorer,
}: {
  lopnummer: number;
  skola: string;
  /** When it was forwarded, formatted; null when it is not. */
  vidarebefordrad: string | null;
  rektorer: string[];
}) {
  const [state, action, pending] = useActionState(vidarebefordraAtgard, {} as Vidarebefordransstate);
  return (
    <section aria-labelledby="vidarebefordran" className="mb-6 rounded-sm border border-line bg-white p-4">
      <h3 id="vidarebefordran" className="text-xl font-bold">
        Skicka vidare till skolan
      </h3>
      <Synlighet synlig={false} />
      {vidarebefordrad ? (
        <p className="mt-2 max-w-prose">
          Skickat vidare till rektor för {skola} {vidarebefordrad}. Rektorn kan läsa ärendet, svara avsändaren och skriva interna
          anteckningar tills du tar tillbaka det.
        </p>
      ) : (
        <p className="mt-2 max-w-prose">
          {rektorer.length > 0
            ? `Rektor för ${skola} (${rektorer.join(", ")}) får ett mejl med ärendenumret och en länk, och kan sedan läsa ärendet, svara avsändaren och skriva interna anteckningar. Rektorn kan inte tilldela, ändra status eller markera sekretess.`
            : `${skola} har ingen rektor med konto i portalen, så ärendet kan inte skickas vidare härifrån. Kontakta skolan på annat sätt, eller be en administratör lägga upp rektorns konto.`}
        </p>
      )}
      {state.fel && (
        <p id="vidarebefordran-fel" role="alert" className="mt-2 font-semibold text-stop">
          {state.fel}
        </p>
      )}
      {(vidarebefordrad || rektorer.length > 0) && (
        <form action={action}>
          <input type="hidden" name="lopnummer" value={lopnummer} />
          <input type="hidden" name="handling" value={vidarebefordrad ? "ta-tillbaka" : "vidarebefordra"} />
          <button type="submit" disabled={pending} className={knapp}>
            {vidarebefordrad ? "Ta tillbaka från skolan" : "Skicka vidare till rektor"}
          </button>
        </form>
      )}
    </section>
  );
}
