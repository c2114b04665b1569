import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { hittaForemal } from "@/lib/bevakning/bevaka";
import type { Foremalstyp } from "@/lib/bevakning/schema";
import { db } from "@/lib/db";
import { nyttFormular } from "@/lib/sakerhet/formularladdning";
import { Bevakaformular } from "./formular";

export const metadata: Metadata = { title: "Bevaka med e-post", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function las(q: Record<string, string | string[] | undefined>): { typ: Foremalstyp; slug: string } | null {
  for (const typ of ["insats", "omrade", "skola"] as const) {
    const v = q[typ];
    if (typeof v === "string" && v.length > 0 && v.length <= 200) return { typ, slug: v };
  }
  // Without a choice (or with allt=1): all insatser.
  return Object.keys(q).length === 0 || q.allt === "1" ? { typ: "allt", slug: "" } : null;
}

// Per request, never from the page cache: the form's single-use load belongs to one visitor.
export default async function BevakaPage({ searchParams }: Props) {
  await connection();
  const val = las(await searchParams);
  const foremal = val && (await hittaForemal(db, val.typ, val.slug));
  if (!val || !foremal) notFound();
  return (
    <>
      <PageHeader titel="Bevaka med e-post" ingress={`Få e-post när ${foremal.namn} ändras: ny status, framsteg och kommentar.`} />
      <div className="max-w-prose space-y-3">
        <p>
          Du behöver inget konto. Vi skickar först ett mejl med en länk som du öppnar för att bekräfta; innan dess skickar vi ingenting mer.
          Varje mejl har en länk där du ändrar eller slutar bevaka.
        </p>
      </div>
      <div className="mt-6">
        <Bevakaformular vad={val.typ} slug={val.slug} {...nyttFormular("bevaka")} />
      </div>
      <p className="mt-6 max-w-prose text-sm">
        Vi sparar bara din e-postadress, vad du bevakar, hur ofta och när du bekräftade. En bevakning som inte bekräftas tas bort efter 7
        dagar. <Link href="/personuppgifter">Så behandlar vi dina personuppgifter</Link>.
      </p>
    </>
  );
}
