import Link from "next/link";
import { Tabellram } from "@/components/tabellram";
import { kategorinamn, seOver } from "@/lib/agare/se-over";
import { PAMINNELSE_DAGAR } from "@/lib/agare/schema";
import { sidorMedTrasigaLankar } from "@/lib/agare/trasiga-lankar";
import { requirePage } from "@/lib/auth/inloggad";
import { can } from "@/lib/auth/permissions";
import { formatDatum } from "@/lib/datum";
import { db } from "@/lib/db";
import { Lanklista } from "./agare";

export const metadata = { title: "Innehåll att se över" };

type Props = { searchParams: Promise<{ visa?: string }> };

export default async function SeOver({ searchParams }: Props) {
  const user = await requirePage("innehall.redigera");
  const mina = (await searchParams).visa === "mina";
  const [alla, allaLankar] = await Promise.all([
    seOver(db, { userId: user.id, mina }),
    sidorMedTrasigaLankar(db, { userId: user.id, mina }),
  ]);
  // Insatser are listed for those who edit them (today the same roles).
  const insatser = can(user, "insats.redigera");
  const rader = insatser ? alla : alla.filter((r) => r.slag !== "insats");
  const lankar = insatser ? allaLankar : allaLankar.filter((r) => r.slag !== "insats");
  const filter = [
    { namn: "Alla", href: "/personal/innehall/se-over", aktiv: !mina },
    { namn: "Mina", href: "/personal/innehall/se-over?visa=mina", aktiv: mina },
  ];
  return (
    <>
      <p className="text-sm">
        <Link href="/personal/innehall">Allt innehåll</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Innehåll att se över</h1>
      <p className="mt-3 max-w-prose">
        Sidor, annat innehåll och insatser vars datum Granska senast har passerat eller infaller inom {PAMINNELSE_DAGAR} dagar, och det som
        saknar ägare. Öppna det, läs igenom och bekräfta att det stämmer, eller byt ägare eller datum. Längst ner står{" "}
        <a href="#trasiga-lankar">trasiga länkar</a> per sida.
      </p>
      <nav aria-label="Urval" className="mt-4">
        <ul className="flex gap-4">
          {filter.map((f) => (
            <li key={f.namn}>
              <Link href={f.href} aria-current={f.aktiv ? "page" : undefined} className={f.aktiv ? "font-bold" : undefined}>
                {f.namn}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rader.length === 0 ? (
        <p className="mt-6">{mina ? "Du har inget att se över just nu." : "Det finns inget att se över just nu."}</p>
      ) : (
        <Tabellram namn="Innehåll att se över" className="mt-6">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">
              {mina ? "Det du äger som ska ses över" : "Allt som ska ses över"}, sorterat efter datum ({rader.length} st.)
            </caption>
            <thead>
              <tr>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Granska senast
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Vad
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Slag
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Ägare
                </th>
                <th scope="col" className="border-b-2 border-ink p-2">
                  Läge
                </th>
              </tr>
            </thead>
            <tbody>
              {rader.map((r) => (
                <tr key={`${r.slag}-${r.id}`}>
                  <td className="border-b border-line p-2 whitespace-nowrap">
                    <time dateTime={r.granskaSenast}>{formatDatum(new Date(`${r.granskaSenast}T12:00:00Z`))}</time>
                  </td>
                  <th scope="row" className="border-b border-line p-2 font-normal">
                    <Link href={r.lank}>{r.titel}</Link>
                  </th>
                  <td className="border-b border-line p-2">{r.grupp}</td>
                  <td className="border-b border-line p-2">{r.agareNamn ?? "Ingen"}</td>
                  <td className="border-b border-line p-2">{r.kategorier.map((k) => kategorinamn[k]).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabellram>
      )}
      <section aria-labelledby="trasiga-lankar" className="mt-10">
        <h2 id="trasiga-lankar" className="text-2xl font-bold">
          Trasiga länkar
        </h2>
        <p className="mt-3 max-w-prose">
          Länkar i publicerat innehåll och insatser som inte fungerade vid den senaste länkkontrollen: sidor på portalen som inte finns och
          externa webbplatser som svarar med fel. Rätta texten och publicera; listan uppdateras vid nästa kontroll.
        </p>
        {lankar.length === 0 ? (
          <p className="mt-4">{mina ? "Det du äger har inga trasiga länkar." : "Inga trasiga länkar hittades."}</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {lankar.map((s) => (
              <li key={`${s.slag}-${s.id}`} className="border-l-4 border-warn bg-white p-3">
                <Link href={s.lank} className="font-semibold">
                  {s.titel}
                </Link>{" "}
                ({s.slag === "insats" ? "insats" : "innehåll"}, ägare: {s.agareNamn ?? "ingen"})
                <Lanklista lankar={s.lankar} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
