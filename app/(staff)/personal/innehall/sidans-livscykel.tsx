import Link from "next/link";
import { formatDatum } from "@/lib/datum";
import { db } from "@/lib/db";
import { lankarTill } from "@/lib/innehall/adresser";
import { AdressFormular, AvpubliceraSchemaFormular, StegKnapp } from "./livscykel";

interface Item {
  id: string;
  version: number;
  publicerad: unknown;
  avpublicerad: Date | null;
  arkiverad: Date | null;
}

function Lankande({ sidor, rubrik }: { sidor: Awaited<ReturnType<typeof lankarTill>>; rubrik: string }) {
  if (sidor.length === 0) return null;
  return (
    <>
      <h3 className="mt-4 font-bold">{rubrik}</h3>
      <ul className="mt-1 list-disc pl-6">
        {sidor.map((s) => (
          <li key={`${s.typ}/${s.nyckel}`}>
            <Link href={`/personal/innehall/${s.typ}/${s.nyckel}`}>{s.titel}</Link> ({s.lankar.join(", ")})
          </li>
        ))}
      </ul>
    </>
  );
}

/** A content page's address, its old addresses and who links to them, "Avpublicera" and "Arkivera". */
export async function SidansLivscykel({ nyckel, item }: { nyckel: string; item: Item }) {
  const gamla = (
    await db.gammalAdress.findMany({
      where: { innehallId: item.id, till: { not: null } },
      select: { slug: true },
      orderBy: { slug: "asc" },
    })
  ).map((g) => g.slug);
  const [hit, tillGamla, undersidor] = await Promise.all([
    lankarTill(db, [nyckel]),
    lankarTill(db, gamla),
    db.sida.findMany({ where: { foralder: nyckel }, select: { slug: true, titel: true }, orderBy: { titel: "asc" } }),
  ]);
  const publik = item.publicerad !== null && item.avpublicerad === null;
  return (
    <>
      <section aria-labelledby="adress" className="mt-10 border-t border-line pt-8">
        <h2 id="adress" className="text-2xl font-bold">
          Adress
        </h2>
        <p className="mt-3 max-w-prose">
          Sidan har adressen <strong>/{nyckel}</strong>. Byter du adress leder den gamla hit (permanent omdirigering), och sidor som ligger
          under den här följer med.
        </p>
        {gamla.length > 0 && <p className="mt-2 max-w-prose">Gamla adresser som leder hit: {gamla.map((g) => `/${g}`).join(", ")}.</p>}
        <Lankande sidor={tillGamla} rubrik="Sidor som länkar till en gammal adress (länkarna fungerar, men byt gärna till den nya)" />
        <Lankande sidor={hit} rubrik="Sidor som länkar hit" />
        <AdressFormular nyckel={nyckel} version={item.version} />
      </section>
      <section aria-labelledby="livscykel" className="mt-10 border-t border-line pt-8">
        <h2 id="livscykel" className="text-2xl font-bold">
          Avpublicera eller arkivera
        </h2>
        {undersidor.length > 0 && (
          <p className="mt-3 max-w-prose border-l-4 border-warn bg-white p-3">
            Under den här sidan ligger {undersidor.map((u) => u.titel).join(", ")}. De ligger kvar men tappar sin överordnade sida om du
            avpublicerar eller arkiverar den här.
          </p>
        )}
        {publik ? (
          <>
            <p className="mt-3 max-w-prose">
              <strong>Avpublicera</strong> tar bort sidan från webbplatsen, menyn, sökningen och webbplatskartan. Den och dess versioner
              finns kvar här, och du kan publicera den igen.
            </p>
            <StegKnapp nyckel={nyckel} version={item.version} handling="avpublicera" etikett="Avpublicera sidan" />
            <h3 className="mt-6 font-bold">Schemalägg avpublicering</h3>
            <p className="mt-1 max-w-prose">Sidan tas bort från webbplatsen vid den tidpunkt du väljer.</p>
            <AvpubliceraSchemaFormular nyckel={nyckel} />
          </>
        ) : (
          <p className="mt-3 max-w-prose">
            {item.avpublicerad ? (
              <>
                Sidan är avpublicerad sedan <time dateTime={item.avpublicerad.toISOString()}>{formatDatum(item.avpublicerad)}</time>.
                Publicera den för att visa den igen.
              </>
            ) : (
              "Sidan är inte publicerad."
            )}
          </p>
        )}
        <p className="mt-6 max-w-prose">
          <strong>Arkivera</strong> tar bort sidan från webbplatsen för gott: adressen svarar att sidan har tagits bort. Det som är
          schemalagt för sidan avbryts. En arkiverad sida kan återställas som utkast.
        </p>
        <StegKnapp nyckel={nyckel} version={item.version} handling="arkivera" etikett="Arkivera sidan" />
      </section>
    </>
  );
}

/** The edit page of an archived page: what it means, and the way back. */
export function ArkiveradSida({
  nyckel,
  titel,
  item,
  kvitto,
}: {
  nyckel: string;
  titel: string;
  item: Item & { arkiverad: Date };
  kvitto?: string;
}) {
  return (
    <>
      <p className="text-sm">
        <Link href="/personal/innehall">Allt innehåll</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">{titel}</h1>
      {kvitto && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          {kvitto}
        </p>
      )}
      <p className="mt-4 max-w-prose border-l-4 border-warn bg-white p-3">
        Sidan arkiverades <time dateTime={item.arkiverad.toISOString()}>{formatDatum(item.arkiverad)}</time>. Adressen /{nyckel} svarar
        ”Sidan har tagits bort”. Återställ den som utkast för att kunna ändra och publicera den igen.
      </p>
      <StegKnapp nyckel={nyckel} version={item.version} handling="aterstall-arkiv" etikett="Återställ som utkast" />
      <p className="mt-6">
        <Link href={`/personal/innehall/sida/${nyckel}/historik`}>Historik och tidigare versioner</Link>
      </p>
    </>
  );
}
