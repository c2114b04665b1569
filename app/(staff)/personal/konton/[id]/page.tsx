import Link from "next/link";
import { notFound } from "next/navigation";
import { kontoval } from "@/lib/anvandare/val";
import { requirePage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AndraKontoFormular } from "../forms";

export const metadata = { title: "Ändra konto" };

export default async function Konto({ params }: { params: Promise<{ id: string }> }) {
  await requirePage("anvandare.hantera");
  const { id } = await params;
  const [konto, val] = await Promise.all([
    db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, roll: true, skolaId: true, aktiv: true } }),
    kontoval(),
  ]);
  if (!konto) notFound();
  return (
    <>
      <p className="text-sm"><Link href="/personal/konton">Alla konton</Link></p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">{konto.name}</h1>
      <p className="mt-2">{konto.email}</p>
      <div className="mt-6">
        <AndraKontoFormular id={konto.id} roller={val.roller} skolor={val.skolor}
          start={{ roll: konto.roll, skolaId: konto.skolaId ?? "", aktiv: konto.aktiv ? "ja" : "nej" }} />
      </div>
    </>
  );
}
