import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pseudonym } from "@/lib/anvandare/ta-bort";
import { roller } from "@/lib/auth/roller";
import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import { TaBortFormular } from "../../forms";

export const metadata = { title: "Ta bort kontot" };

type Props = { params: Promise<{ id: string }> };

export default async function TaBortKonto({ params }: Props) {
  const user = await requirePage("anvandare.ta-bort");
  const { id } = await params;
  if (id === user.id) redirect(`/personal/konton/${id}`);
  const konto = await db.user.findUnique({ where: { id, borttagen: null }, select: { id: true, name: true, email: true, roll: true } });
  if (!konto) notFound();
  return (
    <>
      <p className="text-sm">
        <Link href={`/personal/konton/${konto.id}`}>{konto.name}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Ta bort kontot för {konto.name}?</h1>
      <p className="mt-4 max-w-prose">
        {konto.email}, {roller[konto.roll].toLowerCase()}.
      </p>
      <ul className="mt-4 max-w-prose list-disc space-y-2 pl-6">
        <li>Namnet, e-postadressen, lösenordet, tvåstegsverifieringen och alla inloggningar tas bort. Det går inte att ångra.</li>
        <li>
          Det kontot har gjort finns kvar i granskningsloggen, i ärendenas och insatsernas historik, men under namnet ”{pseudonym(konto.id)}
          ”.
        </li>
        <li>E-postadressen kan sedan användas för ett nytt konto.</li>
      </ul>
      <div className="mt-6">
        <TaBortFormular id={konto.id} namn={konto.name} />
      </div>
      <p className="mt-6">
        <Link href={`/personal/konton/${konto.id}`}>Avbryt</Link>
      </p>
    </>
  );
}
