import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { db } from "@/lib/db";
import { KOMMENTAR_MAX, sidrespons } from "@/lib/innehall/sidrespons";
import { Kommentarformular } from "./formular";

export const metadata: Metadata = { title: "Tack för ditt svar", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string }> };

// The thanks for "Hittade du det du letade efter?", per answer: never cached or shared.
export default async function HittadeDu({ params, searchParams }: Props) {
  await connection();
  const [{ id }, { klart }] = await Promise.all([params, searchParams]);
  const r = await sidrespons(db, id);
  if (!r) notFound();
  return (
    <>
      <PageHeader titel="Tack för ditt svar" />
      {klart ? (
        <p role="status" className="max-w-prose border-l-4 border-ok bg-white p-4 font-semibold">
          Tack! Kommentaren är skickad till dem som skriver sidan.
        </p>
      ) : (
        <p className="max-w-prose">{r.hittade ? "Vad bra att du hittade det du letade efter." : "Vi vill gärna veta vad som saknades."}</p>
      )}
      {r.kanKommentera && !klart && <Kommentarformular id={r.id} max={KOMMENTAR_MAX} />}
      <p className="mt-8">
        <Link href={`/${r.sida}`}>Tillbaka till sidan</Link>
      </p>
    </>
  );
}
