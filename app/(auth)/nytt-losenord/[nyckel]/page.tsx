import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { SiteHeader } from "@/components/site-header";
import { hittaLank, LANK_OGILTIG } from "@/lib/auth/losenordslank";
import { db } from "@/lib/db";
import { NyttLosenordFormular } from "./form";

// The address holds the link's key: never cached, indexed or sent on as a Referer (next.config.ts).
export const metadata: Metadata = { title: "Välj ett nytt lösenord", robots: { index: false, follow: false } };

type Props = { params: Promise<{ nyckel: string }> };

export default async function NyttLosenord({ params }: Props) {
  await connection();
  const { nyckel } = await params;
  const lank = await hittaLank(db, nyckel);
  return (
    <>
      <SiteHeader />
      <main id="huvudinnehall" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        <PageHeader titel="Välj ett nytt lösenord" />
        {lank ? (
          <>
            <p className="mb-6 max-w-prose">När du har sparat lösenordet loggas du ut på alla enheter och loggar in med det nya.</p>
            <NyttLosenordFormular nyckel={nyckel} />
          </>
        ) : (
          <>
            <p role="alert" className="mb-6 max-w-prose border-l-4 border-stop bg-white p-3 font-semibold">
              {LANK_OGILTIG}
            </p>
            <p>
              <Link href="/logga-in">Till inloggningen</Link>
            </p>
          </>
        )}
      </main>
    </>
  );
}
