import Link from "next/link";
import { db } from "@/lib/db";
import { statusEtikett } from "@/lib/insatser/status";
import { kopplingarForArende } from "@/lib/synpunkter/insatskoppling";
import { Synlighet } from "./forms";
import { Bortkopplingsform, Kopplaform } from "./insatskoppling-form";

/** "Ni sa – vi gjorde" on the handläggare's case page: the insatser the case concerns. */
export async function Insatskoppling({
  lopnummer,
  synpunktId,
  kanHantera,
}: {
  lopnummer: number;
  synpunktId: string;
  kanHantera: boolean;
}) {
  const [kopplade, insatser] = await Promise.all([
    kopplingarForArende(db, synpunktId),
    db.insats.findMany({
      where: { arkiverad: null },
      orderBy: [{ forstarkningsomrade: { nummer: "asc" } }, { titel: "asc" }],
      select: { id: true, titel: true, forstarkningsomrade: { select: { namn: true } }, program: { select: { namn: true } } },
    }),
  ]);
  const kopplat = new Set(kopplade.map((k) => k.id));
  const grupper = new Map<string, { id: string; titel: string }[]>();
  for (const i of insatser) {
    if (kopplat.has(i.id)) continue;
    const grupp = i.forstarkningsomrade?.namn ?? i.program?.namn ?? "Övriga insatser";
    grupper.set(grupp, [...(grupper.get(grupp) ?? []), { id: i.id, titel: i.titel }]);
  }
  return (
    <section id="insatser" aria-labelledby="insatser-rubrik" className="mt-8 max-w-2xl">
      <h2 id="insatser-rubrik" className="text-2xl font-bold">
        Insatser som ärendet gäller
      </h2>
      <p className="text-sm text-muted">
        Ni sa – vi gjorde. <Synlighet synlig /> Insatsens offentliga sida visar bara hur många ärenden som kopplats till den, och först från
        tre.
      </p>
      {kopplade.length === 0 ? (
        <p className="mt-3">Ärendet är inte kopplat till någon insats.</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {kopplade.map((k) => (
            <li key={k.id}>
              <Link href={`/insatser/${k.slug}`}>{k.titel}</Link> ({statusEtikett(k.status).toLowerCase()}, {k.progress} %)
              {k.arkiverad && " – arkiverad"}
              {kanHantera && <Bortkopplingsform lopnummer={lopnummer} insatsId={k.id} titel={k.titel} />}
            </li>
          ))}
        </ul>
      )}
      {kanHantera && <Kopplaform lopnummer={lopnummer} val={[...grupper].map(([grupp, insatser]) => ({ grupp, insatser }))} />}
    </section>
  );
}
