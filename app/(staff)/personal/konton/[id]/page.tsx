import Link from "next/link";
import { notFound } from "next/navigation";
import { kontoval } from "@/lib/anvandare/val";
import { LANK_TIMMAR } from "@/lib/auth/losenordslank";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import { loggaUtKontoOverallt } from "../actions";
import { AndraKontoFormular, LosenordslankFormular } from "../forms";

export const metadata = { title: "Ändra konto" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ utloggad?: string; lank?: string }> };

export default async function Konto({ params, searchParams }: Props) {
  const user = await requirePage("anvandare.hantera");
  const [{ id }, { utloggad, lank }] = await Promise.all([params, searchParams]);
  const [konto, val, sessioner] = await Promise.all([
    db.user.findUnique({
      where: { id, borttagen: null },
      select: { id: true, name: true, email: true, roll: true, skolaId: true, aktiv: true },
    }),
    kontoval(),
    db.session.count({ where: { userId: id, expires: { gt: new Date() } } }),
  ]);
  if (!konto) notFound();
  return (
    <>
      <p className="text-sm">
        <Link href="/personal/konton">Alla konton</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">{konto.name}</h1>
      <p className="mt-2">{konto.email}</p>
      {utloggad && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          Kontot är utloggat överallt.
        </p>
      )}
      {lank && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          Länken för nytt lösenord skickas till {konto.email}. Den gäller i {LANK_TIMMAR} timme från att mejlet går iväg och fungerar en
          gång.
        </p>
      )}
      <div className="mt-6">
        <AndraKontoFormular
          id={konto.id}
          roller={val.roller}
          skolor={val.skolor}
          start={{ roll: konto.roll, skolaId: konto.skolaId ?? "", aktiv: konto.aktiv ? "ja" : "nej" }}
        />
      </div>
      <section aria-labelledby="sessioner" className="mt-10">
        <h2 id="sessioner" className="text-2xl font-bold">
          Inloggningar
        </h2>
        <p className="mt-2">{sessioner === 1 ? "Kontot är inloggat på 1 enhet." : `Kontot är inloggat på ${sessioner} enheter.`}</p>
        <form action={loggaUtKontoOverallt.bind(null, konto.id)} className="mt-4">
          <button type="submit" className="rounded-sm border-2 border-brand px-5 py-2 font-semibold text-brand">
            Logga ut överallt
          </button>
        </form>
      </section>
      <section aria-labelledby="nytt-losenord" className="mt-10">
        <h2 id="nytt-losenord" className="text-2xl font-bold">
          Glömt lösenord
        </h2>
        <p className="mt-2 max-w-prose">
          Personen får ett mejl med en länk där hen väljer ett nytt lösenord. Länken gäller i {LANK_TIMMAR} timme och fungerar en gång; en
          ny länk ersätter en tidigare. När lösenordet är valt loggas kontot ut överallt. Du ser aldrig lösenordet.
        </p>
        <LosenordslankFormular id={konto.id} />
      </section>
      {can(user, "anvandare.ta-bort") && konto.id !== user.id && (
        <section aria-labelledby="ta-bort" className="mt-10">
          <h2 id="ta-bort" className="text-2xl font-bold">
            Ta bort kontot
          </h2>
          <p className="mt-2 max-w-prose">
            Namn, e-postadress, lösenord och tvåstegsverifiering tas bort för gott. I granskningsloggen och i historiken står i stället ett
            påhittat namn. Vill du bara hindra inloggning: stäng av kontot i stället.
          </p>
          <p className="mt-4">
            <Link href={`/personal/konton/${konto.id}/ta-bort`}>Ta bort kontot</Link>
          </p>
        </section>
      )}
    </>
  );
}
