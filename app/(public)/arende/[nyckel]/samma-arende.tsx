import { formatDatum } from "@/lib/datum";
import type { Huvudarendevy } from "@/lib/synpunkter/koppling";
import { synpunktStatusar } from "@/lib/synpunkter/typer";

/**
 * A linked case's sender (lib/synpunkter/koppling.ts): the matter is handled in another case, whose
 * number, status and deadline they may follow. Nothing else of that case is shown.
 */
export function SammaArende({ huvud }: { huvud: Huvudarendevy }) {
  return (
    <section aria-labelledby="samma-rubrik" className="mt-6 rounded-sm border-4 border-brand-soft bg-white p-5">
      <h2 id="samma-rubrik" className="text-2xl font-bold">
        Ditt ärende handläggs i ärende {huvud.nummer}
      </h2>
      <p className="mt-2 max-w-prose">
        Fler har skrivit till oss om samma sak. Därför handlägger vi ditt ärende tillsammans med ärende {huvud.nummer}. Svaren i det ärendet
        kommer hit, under ”Vad har hänt?”, och med e-post om du har bett om det.
      </p>
      <dl className="mt-4 grid gap-3 sm:grid-cols-3">
        <div>
          <dt className="text-sm text-muted">Status i ärende {huvud.nummer}</dt>
          <dd className="font-semibold">{synpunktStatusar[huvud.status]}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Diarienummer</dt>
          <dd>{huvud.diarienummer}</dd>
        </div>
        {huvud.frist && (
          <div>
            <dt className="text-sm text-muted">{huvud.frist.slag === "svar" ? "Svar senast" : "Avslutas senast"}</dt>
            <dd>{formatDatum(huvud.frist.datum)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
