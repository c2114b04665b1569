import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { prenumerantensBevakningar } from "@/lib/bevakning/bevaka";
import { prenumerantAvToken } from "@/lib/bevakning/nyckel";
import { FREKVENSER } from "@/lib/bevakning/schema";
import { db } from "@/lib/db";
import { slutaBevaka, slutaBevakaAllt, sparaFrekvens } from "./actions";

export const metadata: Metadata = { title: "Dina bevakningar", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ klart?: string }> };

const KVITTON: Record<string, string> = {
  bekraftad: "Tack! Bevakningen är bekräftad.",
  andrad: "Ändringen är sparad.",
  avslutad: "Bevakningen är avslutad och borttagen.",
};

const knapp = "rounded-sm bg-brand px-4 py-2 font-semibold text-white";
const lank = "rounded-sm border-2 border-brand px-4 py-1.5 font-semibold text-brand";

// The private page in every Bevaka mail (a signed token of the address's id): each subscription
// can be changed or ended here, and all at once, without JavaScript.
export default async function Hantera({ params, searchParams }: Props) {
  await connection();
  const [{ token: t }, { klart }] = await Promise.all([params, searchParams]);
  const token = decodeURIComponent(t);
  const id = prenumerantAvToken(token);
  if (!id) notFound();
  const p = await prenumerantensBevakningar(db, id);
  if (!p || p.bevakningar.length === 0) {
    return (
      <>
        <PageHeader titel="Du bevakar ingenting" />
        <p role={klart ? "status" : undefined} className="max-w-prose">
          Adressen har inga bevakningar hos oss, och vi har tagit bort den. Vi skickar ingen mer e-post om insatserna.
        </p>
        <p className="mt-6">
          <Link href="/">Till startsidan</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader titel="Dina bevakningar" ingress={`Det här bevakar ${p.epost}. Ändra hur ofta du får e-post, eller sluta bevaka.`} />
      {klart && KVITTON[klart] && (
        <p role="status" className="mb-6 border-l-4 border-brand bg-white p-3 font-semibold">
          {KVITTON[klart]}
        </p>
      )}
      <ul className="max-w-3xl space-y-6">
        {p.bevakningar.map((b) => (
          <li key={b.id} className="rounded-sm border-2 border-line bg-white p-4">
            <h2 className="text-lg font-bold">{b.namn}</h2>
            <p className="text-sm text-muted">
              {b.bekraftad ? FREKVENSER[b.frekvens].etikett : "Inte bekräftad än: öppna länken i mejlet vi skickade."}
            </p>
            <div className="mt-3 flex flex-wrap items-end gap-4">
              {b.bekraftad && (
                <form action={sparaFrekvens} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="token" value={token} />
                  <input type="hidden" name="bevakningId" value={b.id} />
                  <div>
                    <label htmlFor={`frekvens-${b.id}`} className="block text-sm font-semibold">
                      Hur ofta
                    </label>
                    <select
                      id={`frekvens-${b.id}`}
                      name="frekvens"
                      defaultValue={b.frekvens}
                      className="rounded-sm border-2 border-ink bg-white px-2 py-1.5"
                    >
                      {Object.entries(FREKVENSER).map(([v, f]) => (
                        <option key={v} value={v}>
                          {f.etikett}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" className={knapp} aria-label={`Spara hur ofta: ${b.namn}`}>
                    Spara
                  </button>
                </form>
              )}
              <form action={slutaBevaka}>
                <input type="hidden" name="token" value={token} />
                <input type="hidden" name="bevakningId" value={b.id} />
                <button type="submit" className={lank} aria-label={`Sluta bevaka: ${b.namn}`}>
                  Sluta bevaka
                </button>
              </form>
            </div>
          </li>
        ))}
      </ul>
      <form action={slutaBevakaAllt} className="mt-8">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={knapp}>
          Sluta bevaka allt och ta bort min adress
        </button>
      </form>
    </>
  );
}
