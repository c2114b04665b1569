import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FramtidsrustadSkola } from "@/components/innehall/program";
import { getInsatsTrad } from "@/lib/insatser/queries";
import { getProgram } from "@/lib/program/queries";
import { getSkolor } from "@/lib/skolor/queries";

export const metadata: Metadata = {
  title: "Framtidsrustad skola",
  description: "Samverkansprojektet Framtidsrustad skola: syfte, delar, erbjudandet om processtöd och pilotskolorna.",
  alternates: { canonical: "/framtidsrustad-skola" },
};

export default async function FramtidsrustadSkolaPage() {
  const program = await getProgram("framtidsrustad-skola");
  if (!program) notFound();
  const [insatser, pilotskolor] = await Promise.all([getInsatsTrad({ programSlug: program.slug }), getSkolor({ pilot: "ja" })]);
  return <FramtidsrustadSkola program={program} insatser={insatser} pilotskolor={pilotskolor} />;
}
