import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { PageHeader } from "@/components/page-header";
import { siteUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { forvaltningensTelefon } from "@/lib/innehall/queries";
import { hittaArende } from "@/lib/synpunkter/nyckel";
import { arendenummer, synpunktTyper } from "@/lib/synpunkter/typer";

export const metadata: Metadata = { title: "Tack för ditt meddelande", robots: { index: false, follow: false } };

type Props = { params: Promise<{ nyckel: string }>; searchParams: Promise<{ nyckel?: string | string[] }> };

// Only someone holding the form's random key reaches this page; it shows no message text. The
// private page's key comes along once, in the query string, from the form's redirect.
export default async function Kvitto({ params, searchParams }: Props) {
  // Per request and private (lib/cache.ts): a receipt is never kept in a shared cache.
  await connection();
  const nyckel = z.uuid().safeParse((await params).nyckel);
  if (!nyckel.success) notFound();
  const s = await db.synpunkt.findUnique({
    where: { idempotensnyckel: nyckel.data },
    select: { id: true, lopnummer: true, skapad: true, typ: true, epost: true, meddela: true },
  });
  if (!s) notFound();
  const privat = (await searchParams).nyckel;
  const lank =
    typeof privat === "string" && (await hittaArende(db, privat)) === s.id ? `${siteUrl().replace(/\/$/, "")}/arende/${privat}` : null;
  const nummer = arendenummer(s.lopnummer, s.skapad);
  const telefon = s.epost ? null : await forvaltningensTelefon();
  return (
    <>
      <PageHeader titel="Tack, vi har tagit emot ditt meddelande" />
      <div className="rounded-sm border-4 border-ok bg-white p-6">
        <p className="text-lg">Ditt ärendenummer är</p>
        <p className="text-3xl font-bold">{nummer}</p>
        <p className="mt-2">Typ: {synpunktTyper[s.typ].etikett}</p>
      </div>
      {lank && (
        <section aria-labelledby="privat-lank" className="mt-8 max-w-prose rounded-sm border border-line bg-white p-5">
          <h2 id="privat-lank" className="text-2xl font-bold">
            Din länk till ärendet
          </h2>
          <p className="mt-2">
            Spara länken, till exempel som bokmärke. Där ser du vad som händer i ärendet, läser våra svar och kan skriva till oss. Länken är
            personlig: dela den inte med någon, för den som har länken kan läsa ärendet.
          </p>
          <p className="mt-3 break-all font-semibold">
            <a href={lank}>{lank}</a>
          </p>
        </section>
      )}
      <h2 className="mt-8 text-2xl font-bold">Vad händer nu?</h2>
      <ul className="mt-3 max-w-prose list-disc space-y-2 pl-6">
        <li>
          {s.typ === "BEGARAN"
            ? "En handläggare på grundskoleförvaltningen behandlar din begäran samma dag, eller nästa arbetsdag om den kom in en helg eller helgdag."
            : "En handläggare på grundskoleförvaltningen läser ditt meddelande."}
        </li>
        {s.epost ? (
          <li>Vi har skickat en bekräftelse till din e-postadress, med länken, och du får vårt svar dit.</li>
        ) : (
          <li>
            Du lämnade ingen e-postadress, så vi kan inte mejla dig. Våra svar finns på ärendets sida, och du kan ringa oss på {telefon} och
            ange ärendenumret.
          </li>
        )}
        {s.meddela && <li>Du får ett mejl när ärendet ändras.</li>}
        <li>Spara ärendenumret om du vill kontakta oss om ärendet.</li>
      </ul>
      <p className="mt-8">
        <Link href="/">Till startsidan</Link>
      </p>
    </>
  );
}
