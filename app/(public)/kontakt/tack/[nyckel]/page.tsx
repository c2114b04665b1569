import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { PageHeader } from "@/components/page-header";
import { db } from "@/lib/db";
import { arendenummer, synpunktTyper } from "@/lib/synpunkter/typer";

export const metadata: Metadata = { title: "Tack för ditt meddelande", robots: { index: false } };

// Only someone holding the form's random key reaches this page; it shows no message text.
export default async function Kvitto({ params }: { params: Promise<{ nyckel: string }> }) {
  // Per request and private (lib/cache.ts): a receipt is never kept in a shared cache.
  await connection();
  const nyckel = z.uuid().safeParse((await params).nyckel);
  if (!nyckel.success) notFound();
  const s = await db.synpunkt.findUnique({
    where: { idempotensnyckel: nyckel.data },
    select: { lopnummer: true, skapad: true, typ: true, epost: true },
  });
  if (!s) notFound();
  const nummer = arendenummer(s.lopnummer, s.skapad);
  return (
    <>
      <PageHeader titel="Tack, vi har tagit emot ditt meddelande" />
      <div className="rounded-sm border-4 border-ok bg-white p-6">
        <p className="text-lg">Ditt ärendenummer är</p>
        <p className="text-3xl font-bold">{nummer}</p>
        <p className="mt-2">Typ: {synpunktTyper[s.typ].etikett}</p>
      </div>
      <h2 className="mt-8 text-2xl font-bold">Vad händer nu?</h2>
      <ul className="mt-3 max-w-prose list-disc space-y-2 pl-6">
        <li>En handläggare på grundskoleförvaltningen läser ditt meddelande.</li>
        {s.epost ? (
          <li>Vi har skickat en bekräftelse till din e-postadress, och du får vårt svar dit.</li>
        ) : (
          <li>Du lämnade ingen e-postadress, så vi kan inte svara dig direkt. Vill du ha svar kan du ringa oss på 031-365 09 60 och ange ärendenumret.</li>
        )}
        <li>Spara ärendenumret om du vill kontakta oss om ärendet.</li>
      </ul>
      <p className="mt-8"><Link href="/">Till startsidan</Link></p>
    </>
  );
}
