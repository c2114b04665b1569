import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { getForstarkningsomraden } from "@/lib/forstarkningsomraden/queries";

export const metadata: Metadata = {
  title: "Våra förstärkningsområden",
  description: "Grundskoleförvaltningens tre förstärkningsområden och vad vi gör inom vart och ett.",
  alternates: { canonical: "/forstarkningsomraden" },
};

export default async function ForstarkningsomradenPage() {
  const omraden = await getForstarkningsomraden();
  return (
    <>
      <PageHeader
        titel="Våra förstärkningsområden"
        ingress="Grundskoleförvaltningen bildades för att politikerna i Göteborgs Stad ville ha en högre kvalitet i undervisningen, ökad likvärdighet mellan skolor samt tydligare ledning och styrning av grundskolan. Förvaltningens uppdrag är att arbeta med tre förstärkningsområden."
        smulor={[{ href: "/forstarkningsomraden", label: "Förstärkningsområden" }]}
      />
      <ol className="space-y-6">
        {omraden.map((o) => (
          <li key={o.slug} className="rounded-sm border-l-4 border-brand bg-white p-5">
            <h2 className="text-2xl font-bold">
              <Link href={`/forstarkningsomraden/${o.slug}`}>
                {o.nummer}. {o.namn}
              </Link>
            </h2>
            <p className="mt-2">
              {o.namn} {o.syfte}, genom att:
            </p>
            <ul className="mt-2 list-disc pl-6">
              {o.atgarder.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
