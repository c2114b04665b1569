import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { db } from "@/lib/db";
import { kontrollera } from "@/lib/sakerhet/signatur";
import { arendenummer } from "@/lib/synpunkter/typer";
import { bekraftaAvregistrering } from "./actions";

export const metadata: Metadata = { title: "Sluta få e-post om ett ärende", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ klart?: string }> };

// The page behind the unsubscribe link in a notification: one button, no JavaScript needed.
export default async function Avregistrera({ params, searchParams }: Props) {
  await connection();
  const [{ token }, { klart }] = await Promise.all([params, searchParams]);
  const id = kontrollera(decodeURIComponent(token), "avregistrera");
  const s = id && (await db.synpunkt.findUnique({ where: { id }, select: { lopnummer: true, skapad: true, meddela: true } }));
  if (!s) notFound();
  const nummer = arendenummer(s.lopnummer, s.skapad);
  if (klart || !s.meddela) {
    return (
      <>
        <PageHeader titel="Du får inte längre e-post om ärendet" />
        <p role={klart ? "status" : undefined} className="max-w-prose">
          Vi skickar inte längre e-post när ärende {nummer} ändras. Svar från oss kan fortfarande komma till din e-postadress.
        </p>
        <p className="mt-6">
          <Link href="/">Till startsidan</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader titel="Sluta få e-post om ett ärende" />
      <p className="max-w-prose">Du får e-post när ärende {nummer} ändras. Vill du sluta få de mejlen?</p>
      <form action={bekraftaAvregistrering} className="mt-6">
        <input type="hidden" name="token" value={decodeURIComponent(token)} />
        <button type="submit" className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
          Ja, sluta skicka e-post
        </button>
      </form>
    </>
  );
}
