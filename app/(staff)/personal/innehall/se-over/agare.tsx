// The "Ägare och granskning" section of a content item's or an insats's staff page.
import { agarskap, mojligaAgare } from "@/lib/agare/agare";
import type { Slag } from "@/lib/agare/schema";
import { trasigaLankarFor, type TrasigLankRad } from "@/lib/agare/trasiga-lankar";
import { formatDatum, svensktDatum } from "@/lib/datum";
import { db } from "@/lib/db";
import { bekraftaInnehall } from "./actions";
import { AgareFormular } from "./agare-form";

const kvitton: Record<string, string> = {
  sparad: "Ägare och datum är sparade.",
  bekraftad: "Tack! Innehållet är bekräftat och datumet har flyttats ett år fram. Inget har ändrats publikt.",
};

export async function AgareSektion({ slag, id, kvitto }: { slag: Slag; id: string; kvitto?: string }) {
  const [a, konton, trasiga] = await Promise.all([agarskap(db, slag, id), mojligaAgare(db, slag), trasigaLankarFor(db, slag, id)]);
  if (!a) return null;
  const idag = svensktDatum();
  const datum = new Date(`${a.granskaSenast}T12:00:00Z`);
  return (
    <section id="agarskap" aria-labelledby="agarskap-rubrik" className="mt-10 border-t border-line pt-8">
      <h2 id="agarskap-rubrik" className="text-2xl font-bold">
        Ägare och granskning
      </h2>
      {kvitto && kvitton[kvitto] && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          {kvitton[kvitto]}
        </p>
      )}
      <p className="mt-3">
        Ägare: <strong>{a.agareNamn ?? "ingen"}</strong>
        {a.agareBorta && " (kontot är avstängt eller borttaget: välj en ny ägare)"}. Granska senast:{" "}
        <strong>
          <time dateTime={a.granskaSenast}>{formatDatum(datum)}</time>
        </strong>
        {a.granskaSenast < idag ? " (datumet har passerat)" : a.granskaSenast === idag ? " (i dag)" : ""}.
      </p>
      <TrasigaLankar lankar={trasiga} />
      <form action={bekraftaInnehall} className="mt-4">
        <input type="hidden" name="slag" value={slag} />
        <input type="hidden" name="id" value={id} />
        <p className="max-w-prose">Har du läst igenom och allt stämmer? Då flyttas datumet ett år fram, utan att något ändras publikt.</p>
        <button type="submit" className="mt-2 rounded-sm bg-brand px-5 py-2 font-semibold text-white">
          Bekräfta att innehållet stämmer
        </button>
      </form>
      <h3 className="mt-6 text-lg font-bold">Byt ägare eller datum</h3>
      <AgareFormular
        slag={slag}
        id={id}
        val={konton.map((k) => ({ varde: k.id, etikett: `${k.namn} (${k.epost})` }))}
        start={{ agare: a.agareBorta ? "" : (a.agareId ?? ""), granskaSenast: a.granskaSenast }}
      />
    </section>
  );
}

/** What the link check (the job lankkontroll) last found broken in the published text. */
function TrasigaLankar({ lankar }: { lankar: TrasigLankRad[] }) {
  if (lankar.length === 0) return null;
  return (
    <>
      <h3 className="mt-6 text-lg font-bold">Trasiga länkar</h3>
      <p className="mt-1 max-w-prose">
        Länkkontrollen hittade {lankar.length === 1 ? "en länk" : `${lankar.length} länkar`} i den publicerade texten som inte fungerar.
        Rätta eller ta bort {lankar.length === 1 ? "den" : "dem"} och publicera; listan uppdateras vid nästa kontroll.
      </p>
      <Lanklista lankar={lankar} />
    </>
  );
}

/** A list of broken links: the address as written, why, and since when. */
export function Lanklista({ lankar }: { lankar: TrasigLankRad[] }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6">
      {lankar.map((l) => (
        <li key={l.href}>
          <code className="break-all">{l.href}</code>: {l.orsak} ({l.slag === "extern" ? "extern webbplats" : "sida på portalen"}, sedan{" "}
          <time dateTime={l.forstSedd.toISOString()}>{formatDatum(l.forstSedd)}</time>)
        </li>
      ))}
    </ul>
  );
}
