import Link from "next/link";
import { Tabellram } from "@/components/tabellram";
import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import { agdaSidor, KOMMENTAR_DAGAR, sidresponsOversikt } from "@/lib/innehall/sidrespons";

export const metadata = { title: "Hittade besökarna det de letade efter?" };

const tid = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Stockholm" });
const procent = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 0 });
const th = "border-b-2 border-ink p-2";
const td = "border-b border-line p-2";

type Props = { searchParams: Promise<{ visa?: string }> };

export default async function Sidrespons({ searchParams }: Props) {
  const user = await requirePage("innehall.redigera");
  const egna = await agdaSidor(db, user.id);
  // "Mina sidor" first for an owner of pages; everyone can see all pages' answers.
  const { visa } = await searchParams;
  const mina = visa === "mina" || (visa !== "alla" && egna.length > 0);
  const sidor = await sidresponsOversikt(db, user, mina ? egna : undefined);
  const filter = [
    { namn: "Mina sidor", href: "/personal/sidrespons?visa=mina", aktiv: mina },
    { namn: "Alla sidor", href: "/personal/sidrespons?visa=alla", aktiv: !mina },
  ];
  return (
    <>
      <p className="text-sm">
        <Link href="/personal/innehall">Innehåll</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Hittade besökarna det de letade efter?</h1>
      <p className="mt-2 max-w-prose">
        Svaren på frågan under varje sida, flest &quot;Nej&quot; först. Kommentarerna tas bort efter {KOMMENTAR_DAGAR} dagar; svaren räknas
        kvar. Inget om besökaren sparas. Ägaren till en sida får ett mejl om dagen när det kommit nya kommentarer.
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
      {sidor.length === 0 ? (
        <p className="mt-6">
          {mina ? (egna.length === 0 ? "Du är inte ägare till någon sida." : "Inga svar på dina sidor ännu.") : "Inga svar ännu."}
        </p>
      ) : (
        <Tabellram namn="Svar per sida" className="mt-6">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{mina ? "Svar på dina sidor" : "Svar per sida"}, flest Nej först</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Sida
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Ja
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Nej
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Andel ja
                </th>
                <th scope="col" className={th}>
                  Kommentarer
                </th>
              </tr>
            </thead>
            <tbody>
              {sidor.map((s) => (
                <tr key={s.sida}>
                  <th scope="row" className={`${td} font-normal`}>
                    <Link href={`/${s.sida}`}>/{s.sida}</Link>
                  </th>
                  <td className={`${td} text-right`}>{s.ja}</td>
                  <td className={`${td} text-right`}>{s.nej}</td>
                  <td className={`${td} text-right`}>{procent.format(s.ja / Math.max(1, s.ja + s.nej))}</td>
                  <td className={td}>
                    {s.kommentarer.length === 0 ? (
                      "–"
                    ) : (
                      <ul className="space-y-2">
                        {s.kommentarer.map((k) => (
                          <li key={k.id}>
                            <span className="block text-sm text-muted">{tid.format(k.tid)}</span>
                            <span className="whitespace-pre-wrap">{k.text}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Tabellram>
      )}
    </>
  );
}
