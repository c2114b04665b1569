import { Tabellram } from "@/components/tabellram";
import Link from "next/link";
import { StatusBadge } from "@/components/status";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/inloggad";
import { formatDatum } from "@/lib/datum";
import { GranskningPaStartsidan } from "./innehall/granskning/startsida";
import { INAKTUELL_EFTER_DAGAR, inaktuellaInsatser, oppnaSynpunkter, senasteUppdateringar, statusPerGrupp } from "@/lib/insatser/dashboard";
import { insatsStatusar } from "@/lib/insatser/status";

export const metadata = { title: "Översikt" };

export default async function Oversikt() {
  const user = await requirePage("personal.oversikt");
  const seInsatser = can(user, "insats.lasa");
  const [grupper, senaste, inaktuella, synpunkter] = await Promise.all([
    seInsatser ? statusPerGrupp() : [],
    seInsatser ? senasteUppdateringar() : [],
    seInsatser ? inaktuellaInsatser() : [],
    can(user, "synpunkt.lasa") ? oppnaSynpunkter() : null,
  ]);
  const statusar = Object.entries(insatsStatusar) as [keyof typeof insatsStatusar, { etikett: string }][];
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Översikt</h1>
      {synpunkter !== null && (
        <p className="mt-4 rounded-sm border-l-4 border-brand bg-white p-4">
          <strong>{synpunkter}</strong> öppna synpunkter och frågor väntar på handläggning.{" "}
          <Link href="/personal/synpunkter?status=MOTTAGEN">Till inkorgen</Link>
        </p>
      )}
      {can(user, "innehall.redigera") && (
        <p className="mt-4">
          <Link href="/personal/innehall/se-over">Innehåll att se över</Link>: det du och andra äger som ska granskas snart.
        </p>
      )}
      <GranskningPaStartsidan user={user} />
      {seInsatser && (
        <>
          <section aria-labelledby="status" className="mt-8">
            <h2 id="status" className="text-2xl font-bold">
              Insatser per förstärkningsområde och program
            </h2>
            <Tabellram namn="Insatser per status" className="mt-3">
              <table className="w-full border-collapse bg-white text-left">
                <caption className="sr-only">Antal insatser per status</caption>
                <thead>
                  <tr>
                    <th scope="col" className="border-b-2 border-ink p-2">
                      Område eller program
                    </th>
                    {statusar.map(([k, s]) => (
                      <th key={k} scope="col" className="border-b-2 border-ink p-2 text-right">
                        {s.etikett}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {grupper.map((g) => (
                    <tr key={g.namn}>
                      <th scope="row" className="border-b border-line p-2 font-normal">
                        {g.namn}
                      </th>
                      {statusar.map(([k]) => (
                        <td key={k} className="border-b border-line p-2 text-right">
                          {g.antal[k]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </Tabellram>
          </section>
          <section aria-labelledby="inaktuella" className="mt-8">
            <h2 id="inaktuella" className="text-2xl font-bold">
              Ej uppdaterade på {INAKTUELL_EFTER_DAGAR} dagar
            </h2>
            {inaktuella.length === 0 ? (
              <p className="mt-2">Alla pågående och planerade insatser är uppdaterade.</p>
            ) : (
              <ul className="mt-3 space-y-2">
                {inaktuella.map((i) => (
                  <li key={i.slug}>
                    <Link href={`/personal/insatser/${i.slug}`}>{i.titel}</Link> <StatusBadge status={i.status} />{" "}
                    <span className="text-sm text-muted">{i.ansvarigEnhet}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="senaste" className="mt-8">
            <h2 id="senaste" className="text-2xl font-bold">
              Senaste uppdateringar
            </h2>
            <ul className="mt-3 divide-y divide-line border-y border-line">
              {senaste.map((u) => (
                <li key={u.id} className="py-2">
                  <time dateTime={u.tidpunkt.toISOString()} className="text-sm text-muted">
                    {formatDatum(u.tidpunkt)}
                  </time>{" "}
                  <Link href={`/personal/insatser/${u.insats.slug}`}>{u.insats.titel}</Link>: <StatusBadge status={u.tillStatus} />{" "}
                  {u.tillProgress} % ({u.forfattarNamn})
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      {can(user, "diarium.exportera") && (
        <section aria-labelledby="diariet" className="mt-8">
          <h2 id="diariet" className="text-2xl font-bold">
            Diariet
          </h2>
          <p className="mt-2 max-w-3xl">
            Alla registrerade ärenden för kommunens diariesystem.{" "}
            {can(user, "diarium.sekretess")
              ? "Du ser ärendemeningen även för ärenden som kan omfattas av sekretess."
              : "För ärenden som kan omfattas av sekretess är ärendemening, skola och grund utelämnade."}{" "}
            Lägg till <code>?sedan=2026-12-01T00:00:00Z</code> för bara det som registrerats eller ändrats sedan dess.
          </p>
          <ul className="mt-2 space-y-1">
            <li>
              <a href="/personal/diarium.csv">Exportera diariet som CSV</a>
            </li>
            <li>
              <a href="/personal/diarium.json">Exportera diariet som JSON</a>
            </li>
            <li>
              <Link href="/diarium">Det offentliga diariet</Link>
            </li>
          </ul>
        </section>
      )}
    </>
  );
}
