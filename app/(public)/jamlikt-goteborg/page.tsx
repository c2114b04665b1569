import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JamliktGoteborg } from "@/components/innehall/program";
import { getInsatsTrad } from "@/lib/insatser/queries";
import { getProgram } from "@/lib/program/queries";

export const metadata: Metadata = {
  title: "Jämlikt Göteborg – Goda uppväxtvillkor genom skolåren",
  description: "Målområde 2 i Jämlikt Göteborg: målet, skolans grunduppdrag, de vägledande utgångspunkterna och insatserna med status.",
  alternates: { canonical: "/jamlikt-goteborg" },
};

export default async function JamliktGoteborgPage() {
  const program = await getProgram("jamlikt-goteborg");
  if (!program) notFound();
  const insatser = await getInsatsTrad({ programSlug: program.slug });
  return <JamliktGoteborg program={program} insatser={insatser} />;
}
