import Link from "next/link";
import { Tabellram } from "@/components/tabellram";
import { ABSOLUT_TIMMAR, aktivaSessioner, INAKTIV_MINUTER } from "@/lib/auth/sessioner";
import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import { avslutaAndraSessioner, avslutaSession } from "./actions";

export const metadata = { title: "Mitt konto" };

const tid = new Intl.DateTimeFormat("sv-SE", {
  day: "numeric",
  month: "long",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Stockholm",
});
const leverantorer: Record<string, string> = { credentials: "E-post och lösenord", "microsoft-entra-id": "Göteborgs Stads konto" };

type Props = { searchParams: Promise<{ avslutad?: string; losenord?: string; tvastegs?: string }> };

export default async function MittKonto({ searchParams }: Props) {
  const user = await requirePage("konto.eget");
  const [sessioner, { avslutad, losenord, tvastegs }] = await Promise.all([aktivaSessioner(db, user.id), searchParams]);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Mitt konto</h1>
      <p className="mt-2">
        {user.name}, {user.email}
      </p>
      {avslutad && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          {avslutad === "alla" ? "Du är utloggad på alla andra enheter." : "Inloggningen är avslutad."}
        </p>
      )}
      {losenord === "bytt" && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          Lösenordet är bytt. Du är utloggad på alla andra enheter.
        </p>
      )}
      {tvastegs === "av" && !user.tvastegs && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          Tvåstegsverifiering är avstängd. Du loggar in med bara lösenordet.
        </p>
      )}
      {user.harLosenord && (
        <section aria-labelledby="losenord" className="mt-8">
          <h2 id="losenord" className="text-2xl font-bold">
            Lösenord
          </h2>
          <p className="mt-2">
            <Link href="/personal/mitt-konto/losenord">Byt lösenord</Link>
          </p>
        </section>
      )}
      {user.leverantor === "credentials" && user.harLosenord && (
        <section aria-labelledby="tvastegs" className="mt-8">
          <h2 id="tvastegs" className="text-2xl font-bold">
            Tvåstegsverifiering
          </h2>
          <p className="mt-2">
            {user.tvastegs
              ? "På: du loggar in med lösenord och en kod från appen."
              : "Av. Med en kod från en app i telefonen skyddas kontot även om någon får veta ditt lösenord."}{" "}
            <Link href="/personal/mitt-konto/tvastegs">{user.tvastegs ? "Visa tvåstegsverifiering" : "Slå på tvåstegsverifiering"}</Link>
          </p>
        </section>
      )}
      <section aria-labelledby="inloggningar" className="mt-8">
        <h2 id="inloggningar" className="text-2xl font-bold">
          Dina inloggningar
        </h2>
        <p className="mt-2 max-w-prose">
          En inloggning gäller i högst {ABSOLUT_TIMMAR} timmar och avslutas efter {INAKTIV_MINUTER} minuter utan aktivitet. Känner du inte
          igen en enhet: logga ut den och byt lösenord.
        </p>
        <Tabellram namn="Dina inloggningar" className="mt-4">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">Enheter där du är inloggad</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Enhet
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Inloggad med
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Inloggad
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Senast använd
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  <span className="sr-only">Åtgärd</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessioner.map((s) => {
                const denna = s.sessionToken === user.sessionsnyckel;
                return (
                  <tr key={s.sessionToken}>
                    <td className="border-b border-line p-2">
                      {s.enhet}
                      {denna && <strong> (den här enheten)</strong>}
                    </td>
                    <td className="border-b border-line p-2">{leverantorer[s.leverantor] ?? s.leverantor}</td>
                    <td className="border-b border-line p-2">{tid.format(s.skapad)}</td>
                    <td className="border-b border-line p-2">{tid.format(s.senastAnvand)}</td>
                    <td className="border-b border-line p-2">
                      <form action={avslutaSession}>
                        <input type="hidden" name="session" value={s.sessionToken} />
                        <button type="submit" className="rounded-sm border-2 border-brand px-3 py-1 font-semibold text-brand">
                          Logga ut
                          <span className="sr-only">
                            {" "}
                            {s.enhet}, inloggad {tid.format(s.skapad)}
                          </span>
                        </button>
                      </form>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Tabellram>
        {sessioner.length > 1 && (
          <form action={avslutaAndraSessioner} className="mt-4">
            <button type="submit" className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
              Logga ut från alla andra enheter
            </button>
          </form>
        )}
      </section>
    </>
  );
}
