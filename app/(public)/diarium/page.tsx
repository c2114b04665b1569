import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { AVSANDARE } from "@/lib/synpunkter/diarium";
import { diariefilter, kanoniskDiariestrang } from "@/lib/synpunkter/diarium-adress";
import { getDiarium } from "@/lib/synpunkter/queries";
import { synpunktStatusar, synpunktTyper } from "@/lib/synpunkter/typer";

export const metadata: Metadata = {
  title: "Diariet",
  description: "Synpunkter, frågor, klagomål och beröm som grundskoleförvaltningen har tagit emot och registrerat.",
  alternates: { canonical: "/diarium" },
};

const MANADER = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const falt = "mt-1 rounded-sm border-2 border-ink bg-white px-2 py-1";

// Rendered per request, but the same for everyone who chooses the same filters: proxy.ts sends
// every spelling of a choice to one address (lib/synpunkter/diarium-adress.ts) and lets nginx share it.
export default async function DiariumPage({ searchParams }: Props) {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) {
    const forsta = [v].flat()[0];
    if (forsta !== undefined) sp.set(k, forsta);
  }
  const filter = diariefilter(sp.toString());
  const { poster, antal, fler, sidor, ar } = await getDiarium(filter);
  const sida = filter.sida ?? 1;
  const till = (n: number) => `/diarium${kanoniskDiariestrang({ ...filter, sida: n > 1 ? n : undefined })}`;
  return (
    <>
      <PageHeader
        titel="Diariet"
        ingress="Allt som kommer in till förvaltningen genom kontaktformuläret och formuläret Begär ut handling är allmänna handlingar och registreras här med ett diarienummer. Avsändarens namn, e-postadress och meddelande visas aldrig."
        smulor={[{ href: "/diarium", label: "Diariet" }]}
      />
      <p className="mb-6 max-w-3xl">
        En handling som kan omfattas av sekretess visas bara med diarienummer och datum. Vill du veta mer om ett ärende kan du{" "}
        <Link href="/kontakt">kontakta oss</Link> och ange diarienumret. Vill du ha en kopia av en handling, använd länken Begär ut på dess
        rad eller <Link href="/diarium/begar-ut">formuläret för att begära ut en allmän handling</Link>.
      </p>
      <form action="/diarium" method="get" className="flex flex-wrap items-end gap-4 rounded-sm border border-line bg-white p-4">
        <div>
          <label htmlFor="ar" className="block font-semibold">
            År
          </label>
          <select id="ar" name="ar" defaultValue={filter.ar?.toString() ?? ""} className={falt}>
            <option value="">Alla</option>
            {ar.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="manad" className="block font-semibold">
            Månad
          </label>
          <select id="manad" name="manad" defaultValue={filter.manad?.toString() ?? ""} aria-describedby="manad-hjalp" className={falt}>
            <option value="">Alla</option>
            {MANADER.map((namn, i) => (
              <option key={namn} value={i + 1}>
                {namn}
              </option>
            ))}
          </select>
          <p id="manad-hjalp" className="mt-1 text-sm text-muted">
            Gäller det valda året.
          </p>
        </div>
        <div>
          <label htmlFor="typ" className="block font-semibold">
            Typ
          </label>
          <select id="typ" name="typ" defaultValue={filter.typ?.toLowerCase() ?? ""} className={falt}>
            <option value="">Alla</option>
            {Object.entries(synpunktTyper).map(([k, v]) => (
              <option key={k} value={k.toLowerCase()}>
                {v.etikett}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block font-semibold">
            Status
          </label>
          <select id="status" name="status" defaultValue={filter.status?.toLowerCase() ?? ""} className={falt}>
            <option value="">Alla</option>
            {Object.entries(synpunktStatusar).map(([k, v]) => (
              <option key={k} value={k.toLowerCase()}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-sm bg-brand px-4 py-2 font-semibold text-white">
          Visa
        </button>
      </form>
      <h2 className="mt-8 text-2xl font-bold">
        {fler
          ? `Fler än ${antal.toLocaleString("sv-SE")} registrerade handlingar`
          : antal === 1
            ? "1 registrerad handling"
            : `${antal.toLocaleString("sv-SE")} registrerade handlingar`}
      </h2>
      {fler && (
        <p className="text-sm text-muted">
          Här visas de {antal.toLocaleString("sv-SE")} senast registrerade. Välj ett år och en månad för att se äldre handlingar.
        </p>
      )}
      {(filter.typ || filter.status) && (
        <p className="text-sm text-muted">Handlingar som kan omfattas av sekretess visas bara när du inte väljer typ eller status.</p>
      )}
      {poster.length === 0 ? (
        <p className="mt-4">Det finns inga registrerade handlingar som passar dina val.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">
              Registrerade handlingar, sida {sida} av {sidor}, senast registrerade först
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  Diarienummer
                </th>
                <th scope="col" className="p-2">
                  Registrerad
                </th>
                <th scope="col" className="p-2">
                  Typ
                </th>
                <th scope="col" className="p-2">
                  Ärendemening
                </th>
                <th scope="col" className="p-2">
                  Avsändare
                </th>
                <th scope="col" className="p-2">
                  Status
                </th>
                <th scope="col" className="p-2">
                  Kopia
                </th>
              </tr>
            </thead>
            <tbody>
              {poster.map((p) => (
                <tr key={p.diarienummer} className="border-b border-line align-top">
                  <th scope="row" className="whitespace-nowrap p-2 font-semibold">
                    {p.diarienummer}
                  </th>
                  <td className="whitespace-nowrap p-2">{p.registrerad}</td>
                  {p.sekretess ? (
                    <td colSpan={4} className="p-2 italic">
                      {p.text}
                    </td>
                  ) : (
                    <>
                      <td className="p-2">{p.typ}</td>
                      <td className="p-2">{p.arendemening}</td>
                      <td className="p-2">{AVSANDARE}</td>
                      <td className="p-2">{p.status}</td>
                    </>
                  )}
                  <td className="whitespace-nowrap p-2">
                    <Link href={`/diarium/begar-ut?dnr=${encodeURIComponent(p.diarienummer)}`}>
                      Begär ut<span className="sr-only"> {p.diarienummer}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sidor > 1 && (
        <nav aria-label="Sidor i diariet" className="mt-6 flex flex-wrap items-center gap-4">
          {sida > 1 && (
            <Link href={till(Math.min(sida - 1, sidor))} rel="prev">
              Föregående sida
            </Link>
          )}
          <span>
            Sida {Math.min(sida, sidor)} av {sidor}
          </span>
          {sida < sidor && (
            <Link href={till(sida + 1)} rel="next">
              Nästa sida
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
