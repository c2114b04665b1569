import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import { SvarsmallFormular, TaBortFormular } from "../forms";
import { mallhjalp, typval } from "../val";

export const metadata = { title: "Svarsmall" };

type Props = { params: Promise<{ id: string }> };

export default async function Svarsmall({ params }: Props) {
  await requirePage("svarsmall.hantera");
  const { id } = await params;
  const m = id.length <= 40 ? await db.svarsmall.findUnique({ where: { id } }) : null;
  if (!m) notFound();
  return (
    <>
      <p className="text-sm">
        <Link href="/personal/svarsmallar">Svarsmallar</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Svarsmall: {m.namn}</h1>
      <div className="mt-6">
        <SvarsmallFormular id={m.id} start={{ namn: m.namn, typ: m.typ ?? "", text: m.text }} typer={typval} hjalp={mallhjalp} />
      </div>
      <section aria-labelledby="ta-bort" className="mt-10">
        <h2 id="ta-bort" className="text-xl font-bold">
          Ta bort
        </h2>
        <p className="mt-1 max-w-prose">Svar som redan skickats med mallen påverkas inte.</p>
        <TaBortFormular id={m.id} namn={m.namn} />
      </section>
    </>
  );
}
