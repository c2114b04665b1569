import Link from "next/link";
import { Tabellram } from "@/components/tabellram";
import { requirePage } from "@/lib/auth/inloggad";
import { can } from "@/lib/auth/permissions";
import { formatDatum } from "@/lib/datum";
import { db } from "@/lib/db";
import { innehallslista, type Listrad } from "@/lib/innehall/queries-personal";
import { vantande } from "@/lib/innehall/schemalagt";
import { granskningPerTyp } from "@/lib/innehall/granskning";
import { TypKraverGranskningKnapp } from "./granskning/formular";
import { Schemalista } from "./schemalista";

export const metadata = { title: "Innehåll" };

type Props = { searchParams: Promise<{ sparad?: string }> };

function lage(r: Listrad): string {
  if (r.arkiverad) return "Arkiverad";
  if (r.utkast) return `Opublicerade ändringar (${r.utkast.av ?? "okänd"})`;
  return r.avpublicerad ? "Avpublicerad" : r.publicerad ? "Publicerad" : "Inte publicerad";
}

export default async function Innehallslista({ searchParams }: Props) {
  const user = await requirePage("innehall.redigera");
  const admin = can(user, "innehall.publicera-utan-granskning");
  const [grupper, schema, perTyp] = await Promise.all([innehallslista(db), vantande(db), admin ? granskningPerTyp(db) : []]);
  const allt = grupper.flatMap((g) => g.rader.flatMap((r) => [r, ...(r.varianter ?? []).flatMap((v) => (v.rad ? [v.rad] : []))]));
  const titlar = new Map(allt.map((r) => [`${r.typ}/${r.nyckel}`, r.titel]));
  const { sparad } = await searchParams;
  const ejPublicerat = allt.filter((r) => r.utkast && !r.arkiverad);
  const arkiverade = grupper.flatMap((g) => g.rader).filter((r) => r.arkiverad);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Innehåll</h1>
      <p className="mt-2 max-w-prose">
        Allt som den publika webbplatsen säger och som inte räknas fram. Spara utkast så länge du arbetar; inget syns publikt förrän du
        publicerar.
      </p>
      {can(user, "innehall.granska") && (
        <p className="mt-2">
          <Link href="/personal/innehall/granskning">Granskning: väntar på granskning och publicerat utan granskning</Link>
        </p>
      )}
      {sparad === "avbruten" && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          Den schemalagda publiceringen är avbruten.
        </p>
      )}
      {(sparad === "typ-kraver-granskning" || sparad === "typ-kraver-inte-granskning") && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          {sparad === "typ-kraver-granskning"
            ? "Innehållstypen granskas nu före publicering."
            : "Innehållstypen publiceras nu utan granskning, om inte en enskild sak kräver det."}
        </p>
      )}
      <p className="mt-4">
        <Link href="/personal/innehall/ny" className="font-semibold">
          Skapa en ny sida
        </Link>
      </p>
      <p className="mt-2">
        <Link href="/personal/innehall/se-over">Innehåll att se över: passerade och snara granskningsdatum, innehåll utan ägare</Link>
      </p>
      <p className="mt-2">
        <Link href="/personal/sidrespons">Hittade besökarna det de letade efter? Svaren per sida</Link>
      </p>

      <section aria-labelledby="schema" className="mt-8">
        <h2 id="schema" className="text-2xl font-bold">
          Schemalagt
        </h2>
        {schema.length === 0 ? (
          <p className="mt-2">Inget är schemalagt.</p>
        ) : (
          <Schemalista
            tillbaka="/personal/innehall"
            rader={schema.map((r) => ({ ...r, titel: titlar.get(`${r.innehall.typ}/${r.innehall.nyckel}`) }))}
          />
        )}
      </section>

      {admin && (
        <section aria-labelledby="granskning-per-typ" className="mt-8">
          <h2 id="granskning-per-typ" className="text-2xl font-bold">
            Kräver granskning
          </h2>
          <p className="mt-2 max-w-prose">
            För en innehållstyp som kräver granskning skickar redaktören utkastet för granskning i stället för att publicera, och någon
            annan godkänner det. Kravet kan också ställas på en enskild sak, på sakens sida.
          </p>
          <Tabellram namn="Kräver granskning per innehållstyp">
            <table className="mt-3 w-full border-collapse text-left">
              <caption className="sr-only">Kräver granskning per innehållstyp</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    Innehållstyp
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Granskning före publicering
                  </th>
                  <th scope="col" className="py-2">
                    Ändra
                  </th>
                </tr>
              </thead>
              <tbody>
                {perTyp.map((t) => (
                  <tr key={t.typ} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {t.grupp} ({t.namn})
                    </th>
                    <td className="py-2 pr-4">{t.iKoden ? "Krävs alltid" : t.installning ? "Krävs" : "Krävs inte"}</td>
                    <td className="py-2">
                      {t.iKoden ? (
                        "Bestäms i koden"
                      ) : (
                        <TypKraverGranskningKnapp typ={t.typ} namn={`${t.grupp} (${t.namn})`} pa={t.installning} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabellram>
        </section>
      )}

      <section aria-labelledby="opublicerat" className="mt-8">
        <h2 id="opublicerat" className="text-2xl font-bold">
          Opublicerade ändringar
        </h2>
        {ejPublicerat.length === 0 ? (
          <p className="mt-2">Allt innehåll är publicerat.</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {ejPublicerat.map((r) => (
              <li key={`${r.typ}/${r.nyckel}`}>
                <Link href={`/personal/innehall/${r.typ}/${r.nyckel}`}>{r.titel}</Link>
                {" – "}utkast av {r.utkast!.av ?? "okänd"}
                {r.utkast!.andrad && (
                  <>
                    , <time dateTime={r.utkast!.andrad.toISOString()}>{formatDatum(r.utkast!.andrad)}</time>
                  </>
                )}
                {!r.publicerad && " (aldrig publicerad)"}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="arkiverat" className="mt-8">
        <h2 id="arkiverat" className="text-2xl font-bold">
          Arkiverade sidor
        </h2>
        {arkiverade.length === 0 ? (
          <p className="mt-2">Inga sidor är arkiverade.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {arkiverade.map((r) => (
              <li key={r.nyckel}>
                <Link href={`/personal/innehall/sida/${r.nyckel}`}>{r.titel}</Link> ({r.adress} svarar ”Sidan har tagits bort”)
              </li>
            ))}
          </ul>
        )}
      </section>

      {grupper.map((g) => (
        <section key={g.typ} aria-labelledby={`grupp-${g.typ}`} className="mt-10">
          <h2 id={`grupp-${g.typ}`} className="text-2xl font-bold">
            {g.grupp}
          </h2>
          <Tabellram namn={g.grupp}>
            <table className="mt-3 w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    Namn
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Publik adress
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Läge
                  </th>
                  {g.rader.some((r) => r.varianter) && (
                    <th scope="col" className="py-2">
                      Lättläst och engelska
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {g.rader.map((r) => (
                  <tr key={r.nyckel} className="border-b border-line">
                    <td className="py-2 pr-4">
                      <Link href={`/personal/innehall/${r.typ}/${r.nyckel}`}>{r.titel}</Link>
                    </td>
                    <td className="py-2 pr-4">{r.adress}</td>
                    <td className="py-2 pr-4">{lage(r)}</td>
                    {r.varianter && (
                      <td className="py-2">
                        <ul>
                          {r.varianter.map((v) => (
                            <li key={v.typ}>
                              {v.rad ? (
                                <>
                                  <Link href={`/personal/innehall/${v.typ}/${r.nyckel}`}>
                                    {v.etikett}
                                    <span className="sr-only">, {r.titel}</span>
                                  </Link>
                                  : {lage(v.rad).replace(/^./, (c) => c.toLowerCase())}
                                </>
                              ) : (
                                <>{v.etikett}: finns inte</>
                              )}
                            </li>
                          ))}
                        </ul>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </Tabellram>
        </section>
      ))}
    </>
  );
}
