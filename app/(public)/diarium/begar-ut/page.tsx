import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { gallringstidText } from "@/lib/config";
import { nyttFormular } from "@/lib/sakerhet/formularladdning";
import { BegaranFormular } from "./formular";

export const metadata: Metadata = {
  title: "Begär ut en allmän handling",
  description: "Begär en kopia av en allmän handling i grundskoleförvaltningens diarium.",
  alternates: { canonical: "/diarium/begar-ut" },
};

type Props = { searchParams: Promise<{ dnr?: string | string[] }> };

export default async function BegarUtPage({ searchParams }: Props) {
  // Per request, never from the page cache: the form's key and signed start time are one visitor's.
  await connection();
  const dnr = [(await searchParams).dnr].flat()[0]?.slice(0, 40) ?? "";
  return (
    <>
      <PageHeader
        titel="Begär ut en allmän handling"
        ingress="Alla har rätt att få en kopia av en allmän handling som inte omfattas av sekretess. Du behöver inte tala om vem du är eller varför du vill ha den."
        smulor={[
          { href: "/diarium", label: "Diariet" },
          { href: "/diarium/begar-ut", label: "Begär ut handling" },
        ]}
      />
      <div className="mb-6 max-w-prose space-y-3">
        <p>
          Vi behandlar din begäran samma dag som den kommer in, eller nästa arbetsdag om den kommer in en helg eller helgdag. Om vi inte kan
          lämna ut handlingen, helt eller delvis, får du ett beslut med skälen och besked om hur du överklagar.
        </p>
        <p>
          Du får ett ärendenummer direkt. Vill du ha kopian med e-post, fyll i din e-postadress. Hittar du inte numret?{" "}
          <Link href="/diarium">Sök i diariet</Link>.
        </p>
      </div>
      <BegaranFormular dnr={dnr} {...nyttFormular("begar-ut")} />
      <p className="mt-6 max-w-prose text-sm">
        Namn och e-postadress är frivilliga och tas bort {gallringstidText()} efter att ärendet avslutats.{" "}
        <Link href="/personuppgifter">Så behandlar vi dina personuppgifter</Link>.
      </p>
    </>
  );
}
