import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePage } from "@/lib/auth/inloggad";
import { formatDatum } from "@/lib/datum";
import { db } from "@/lib/db";
import { jamfor } from "@/lib/innehall/jamfor";
import { handlingsetikett, historik, innehallForRedigering, versionsdata } from "@/lib/innehall/queries-personal";
import { aterstallVersion } from "../../../actions";

type Props = { params: Promise<{ typ: string; nyckel: string }>; searchParams: Promise<{ fran?: string; till?: string; fel?: string }> };

export const metadata = { title: "Historik" };

const felText: Record<string, string> = {
  konflikt: "Någon annan sparade medan du tittade. Historiken nedan är uppdaterad; försök igen.",
  "finns-inte": "Versionen finns inte.",
  gammal: "Sidan är för gammal. Ladda om den och försök igen.",
};

const heltal = (s: string | undefined) => (s && /^\d{1,9}$/.test(s) ? Number(s) : undefined);

export default async function Historik({ params, searchParams }: Props) {
  await requirePage("innehall.redigera");
  const { typ: typNamn, nyckel } = await params;
  const [r, h] = await Promise.all([innehallForRedigering(db, typNamn, nyckel), historik(db, typNamn, nyckel)]);
  if (!r || !h) notFound();
  const sp = await searchParams;
  const senaste = h.versioner[0]?.nummer ?? 1;
  const till = heltal(sp.till) ?? senaste;
  const fran = heltal(sp.fran) ?? Math.max(1, till - 1);
  const [a, b] = await Promise.all([versionsdata(db, h.id, fran), versionsdata(db, h.id, till)]);
  const falt = a && b ? jamfor(r.typ, a, b) : null;
  const redigera = `/personal/innehall/${typNamn}/${nyckel}`;
  const val = h.versioner.map((v) => ({
    varde: v.nummer,
    etikett: `Version ${v.nummer}: ${handlingsetikett[v.handling].toLowerCase()}, ${formatDatum(v.tidpunkt)}`,
  }));
  return (
    <>
      <p className="text-sm">
        <Link href={redigera}>Tillbaka till {r.titel}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Historik: {r.titel}</h1>
      {sp.fel && felText[sp.fel] && (
        <p role="alert" className="mt-4 border-l-4 border-stop bg-white p-3 font-semibold">
          {felText[sp.fel]}
        </p>
      )}

      <section aria-labelledby="jamfor" className="mt-8">
        <h2 id="jamfor" className="text-2xl font-bold">
          Jämför två versioner
        </h2>
        <form method="get" className="mt-3 flex flex-wrap items-end gap-4">
          {(["fran", "till"] as const).map((namn) => (
            <div key={namn}>
              <label htmlFor={namn} className="block font-semibold">
                {namn === "fran" ? "Från version" : "Till version"}
              </label>
              <select
                id={namn}
                name={namn}
                defaultValue={namn === "fran" ? fran : till}
                className="mt-1 rounded-sm border-2 border-ink bg-white px-2 py-1"
              >
                {val.map((v) => (
                  <option key={v.varde} value={v.varde}>
                    {v.etikett}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="rounded-sm border-2 border-brand bg-white px-4 py-1 font-semibold text-brand">
            Jämför
          </button>
        </form>
        {!falt ? (
          <p className="mt-4">Välj två versioner som finns.</p>
        ) : falt.every((f) => !f.andrat) ? (
          <p className="mt-4">
            Version {fran} och {till} har samma innehåll.
          </p>
        ) : (
          <>
            <p className="mt-4 text-sm">
              Tillagd text är <ins className="andring">understruken</ins>, borttagen text är <del className="andring">överstruken</del>.
            </p>
            <dl className="mt-3 space-y-4">
              {falt
                .filter((f) => f.andrat)
                .map((f) => (
                  <div key={f.namn}>
                    <dt className="font-semibold">{f.etikett}</dt>
                    <dd className="mt-1 whitespace-pre-wrap border-l-4 border-line pl-3">
                      {f.delar.map((d, i) =>
                        d.slag === "tillagt" ? (
                          <ins key={i} className="andring">
                            <span className="sr-only">[tillagt: </span>
                            {d.text}
                            <span className="sr-only">]</span>
                          </ins>
                        ) : d.slag === "borttaget" ? (
                          <del key={i} className="andring">
                            <span className="sr-only">[borttaget: </span>
                            {d.text}
                            <span className="sr-only">]</span>
                          </del>
                        ) : (
                          <span key={i}>{d.text}</span>
                        ),
                      )}
                    </dd>
                  </div>
                ))}
            </dl>
          </>
        )}
      </section>

      <section aria-labelledby="versioner" className="mt-10">
        <h2 id="versioner" className="text-2xl font-bold">
          Versioner
        </h2>
        <p className="mt-1 text-sm">Nyaste först. Ingen version skrivs över; att återställa gör en gammal version till ett nytt utkast.</p>
        <ol className="mt-3 space-y-3">
          {h.versioner.map((v) => (
            <li key={v.nummer} className="border-l-4 border-brand-soft pl-3">
              <p className="font-semibold">
                Version {v.nummer}: {handlingsetikett[v.handling]}
              </p>
              <p className="text-sm text-muted">
                <time dateTime={v.tidpunkt.toISOString()}>{formatDatum(v.tidpunkt)}</time> · {v.forfattarNamn}
              </p>
              {v.kommentar && <p>{v.kommentar}</p>}
              <form action={aterstallVersion.bind(null, typNamn, nyckel)} className="mt-1">
                <input type="hidden" name="nummer" value={v.nummer} />
                <input type="hidden" name="version" value={h.version} />
                <button type="submit" className="text-brand underline">
                  Återställ version {v.nummer} som utkast
                </button>
              </form>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
