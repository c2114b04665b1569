import { Tabellram } from "@/components/tabellram";
import Link from "next/link";
import { kontolista } from "@/lib/anvandare/konton";
import { kontoval } from "@/lib/anvandare/val";
import { roller } from "@/lib/auth/roller";
import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import { NyttKontoFormular } from "./forms";

export const metadata = { title: "Konton" };

type Props = { searchParams: Promise<{ skapat?: string; sparat?: string; borttaget?: string }> };

export default async function Konton({ searchParams }: Props) {
  await requirePage("anvandare.hantera");
  const [konton, val, { skapat, sparat, borttaget }] = await Promise.all([kontolista(db), kontoval(), searchParams]);
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Konton</h1>
      {(skapat || sparat || borttaget) && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          {skapat
            ? "Kontot är skapat."
            : borttaget
              ? "Kontot är borttaget. Det som kontot gjort står kvar under ett påhittat namn."
              : "Ändringen är sparad."}
        </p>
      )}
      <Tabellram namn="Konton" className="mt-6">
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">Personalens konton</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink p-2">
                Namn
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                E-post
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                Roll
              </th>
              <th scope="col" className="border-b-2 border-ink p-2">
                Läge
              </th>
            </tr>
          </thead>
          <tbody>
            {konton.map((k) => (
              <tr key={k.id}>
                <td className="border-b border-line p-2">
                  <Link href={`/personal/konton/${k.id}`}>{k.name}</Link>
                </td>
                <td className="border-b border-line p-2">{k.email}</td>
                <td className="border-b border-line p-2">
                  {roller[k.roll]}
                  {k.skola ? `, ${k.skola.namn}` : ""}
                </td>
                <td className="border-b border-line p-2">{k.aktiv ? "Aktivt" : "Avstängt"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Tabellram>
      <section aria-labelledby="nytt" className="mt-10">
        <h2 id="nytt" className="text-2xl font-bold">
          Nytt konto
        </h2>
        <div className="mt-4">
          <NyttKontoFormular roller={val.roller} skolor={val.skolor} />
        </div>
      </section>
    </>
  );
}
