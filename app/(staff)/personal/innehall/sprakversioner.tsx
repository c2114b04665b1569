import Link from "next/link";
import type { sprakversioner } from "@/lib/innehall/queries-personal";
import { avpubliceraSprakversionen, skapaSprakversionen } from "./sidor-actions";

type Sprakversioner = Awaited<ReturnType<typeof sprakversioner>>;

/**
 * On a page's edit view: its lättläst and English versions, each opened or created from here.
 * On a version's edit view: the page it belongs to, and that page's text to write from.
 */
export function Sprakversioner({
  typ,
  nyckel,
  varianter,
  original,
  item,
}: { typ: string; nyckel: string; item: { version: number; publik: boolean } } & Sprakversioner) {
  if (original) {
    const namn = original.namn;
    const Namn = namn[0].toUpperCase() + namn.slice(1);
    return (
      <section aria-labelledby="originalet" className="mt-6 max-w-3xl border border-line bg-white p-4">
        <h2 id="originalet" className="text-xl font-bold">
          {Namn} på vanlig svenska
        </h2>
        <p className="mt-1">
          Den här versionen hör till <Link href={`/personal/innehall/${original.typ}/${nyckel}`}>{original.titel}</Link>.
          {original.publicerad
            ? ` Den visas publikt när både den och ${namn} är publicerade.`
            : ` ${Namn} har inte publicerats än; versionen kan publiceras först när ${namn} har publicerats.`}
        </p>
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold">Visa {namn}s text på vanlig svenska</summary>
          <dl className="mt-3 space-y-3">
            {original.falt
              .filter((f) => f.slag !== "kryss" && String(original.data[f.namn] ?? "").trim())
              .map((f) => (
                <div key={f.namn}>
                  <dt className="font-semibold">{f.etikett}</dt>
                  <dd className="whitespace-pre-wrap border-l-4 border-line pl-3">{String(original.data[f.namn])}</dd>
                </div>
              ))}
          </dl>
        </details>
        {item.publik && (
          <form action={avpubliceraSprakversionen} className="mt-3">
            <input type="hidden" name="typ" value={typ} />
            <input type="hidden" name="nyckel" value={nyckel} />
            <input type="hidden" name="version" value={item.version} />
            <button type="submit" className="rounded-sm border-2 border-brand bg-white px-4 py-1 font-semibold text-brand">
              Avpublicera versionen
            </button>
            <p className="mt-1 text-sm">
              Versionen tas bort från webbplatsen och {namn} slutar länka till den. Texten och historiken finns kvar.
            </p>
          </form>
        )}
      </section>
    );
  }
  if (varianter.length === 0) return null;
  return (
    <section aria-labelledby="sprakversioner" className="mt-6 max-w-3xl border border-line bg-white p-4">
      <h2 id="sprakversioner" className="text-xl font-bold">
        Lättläst och engelska
      </h2>
      <p className="mt-1">
        Varje version har egna utkast, versioner och publicering. Den publika sidan länkar till en version när den är publicerad.
      </p>
      <ul className="mt-3 space-y-3">
        {varianter.map((v) => (
          <li key={v.typ}>
            {v.finns ? (
              <>
                <Link href={`/personal/innehall/${v.typ}/${nyckel}`} className="font-semibold">
                  Redigera {v.namn}
                </Link>
                {" – "}
                {v.utkastAv ? `opublicerade ändringar (${v.utkastAv})` : v.publicerad ? "publicerad" : "inte publicerad"}
              </>
            ) : (
              <form action={skapaSprakversionen}>
                <input type="hidden" name="typ" value={v.typ} />
                <input type="hidden" name="nyckel" value={nyckel} />
                <button type="submit" className="rounded-sm border-2 border-brand bg-white px-4 py-1 font-semibold text-brand">
                  Skapa {v.namn}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
