import Link from "next/link";
import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import { allaSvarsmallar } from "@/lib/synpunkter/svarsmallar";
import { synpunktTyper } from "@/lib/synpunkter/typer";
import { SvarsmallFormular } from "./forms";
import { mallhjalp, typval } from "./val";

export const metadata = { title: "Svarsmallar" };

const klart: Record<string, string> = {
  skapad: "Mallen är skapad.",
  sparad: "Mallen är sparad.",
  borttagen: "Mallen är borttagen.",
};

type Props = { searchParams: Promise<{ klart?: string }> };

export default async function Svarsmallar({ searchParams }: Props) {
  await requirePage("svarsmall.hantera");
  const [mallar, { klart: gjort }] = await Promise.all([allaSvarsmallar(db), searchParams]);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Svarsmallar</h1>
      <p className="mt-2 max-w-prose">
        Handläggarna väljer en mall på ärendesidan och skriver om den innan svaret skickas. Skriv kort och enkelt: ärendesidan visar svarets
        LIX och för långa meningar.
      </p>
      {gjort && klart[gjort] && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          {klart[gjort]}
        </p>
      )}
      <section aria-labelledby="mallar" className="mt-6">
        <h2 id="mallar" className="text-2xl font-bold">
          Mallarna
        </h2>
        {mallar.length === 0 ? (
          <p className="mt-2">Det finns inga mallar ännu.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {mallar.map((m) => (
              <li key={m.id}>
                <Link href={`/personal/svarsmallar/${m.id}`}>{m.namn}</Link>{" "}
                <span className="text-sm text-muted">({m.typ ? synpunktTyper[m.typ].etikett : "alla typer"})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ny" className="mt-10">
        <h2 id="ny" className="text-2xl font-bold">
          Ny mall
        </h2>
        <div className="mt-3">
          <SvarsmallFormular start={{ typ: "" }} typer={typval} hjalp={mallhjalp} />
        </div>
      </section>
    </>
  );
}
