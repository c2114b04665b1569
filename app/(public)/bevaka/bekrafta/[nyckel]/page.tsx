import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { visaBekraftelse } from "@/lib/bevakning/bevaka";
import { FREKVENSER } from "@/lib/bevakning/schema";
import { db } from "@/lib/db";
import { bekrafta } from "./actions";

export const metadata: Metadata = { title: "Bekräfta bevakning", robots: { index: false, follow: false } };

type Props = { params: Promise<{ nyckel: string }> };

// The link in the confirmation mail. Opening it only asks: a link scanner that follows every
// address in a mail must not start a subscription. The button does.
export default async function Bekrafta({ params }: Props) {
  await connection();
  const nyckel = decodeURIComponent((await params).nyckel);
  const b = await visaBekraftelse(db, nyckel);
  if (!b) {
    return (
      <>
        <PageHeader titel="Länken gäller inte" />
        <p className="max-w-prose">
          Länken är redan använd, för gammal (den gäller i 7 dagar) eller felaktig. Du kan be om en ny bevakning på sidan för det du vill
          bevaka.
        </p>
        <p className="mt-6">
          <Link href="/">Till startsidan</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader titel="Bekräfta bevakning" />
      <p className="max-w-prose">
        Du vill få e-post när {b.namn.charAt(0).toLowerCase() + b.namn.slice(1)} ändras ({FREKVENSER[b.frekvens].beskrivning}).
      </p>
      <form action={bekrafta} className="mt-6">
        <input type="hidden" name="nyckel" value={nyckel} />
        <button type="submit" className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
          Bekräfta
        </button>
      </form>
    </>
  );
}
