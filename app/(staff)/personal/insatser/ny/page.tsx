import Link from "next/link";
import { requirePage } from "@/lib/auth/inloggad";
import { db } from "@/lib/db";
import { NyInsatsFormular } from "../redaktor-forms";

export const metadata = { title: "Ny insats" };

export default async function NyInsats() {
  await requirePage("insats.redigera");
  const overordnade = await db.insats.findMany({
    where: { parentId: null, arkiverad: null },
    select: { slug: true, titel: true },
    orderBy: { titel: "asc" },
  });
  return (
    <>
      <p className="text-sm">
        <Link href="/personal/insatser">Alla insatser</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Ny insats</h1>
      <div className="mt-6">
        <NyInsatsFormular overordnade={overordnade} />
      </div>
    </>
  );
}
