import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { getSkolor } from "@/lib/skolor/queries";
import { skolfilterSchema } from "@/lib/skolor/schema";
import { arskurser, stadsomraden } from "@/lib/skolor/stadsomrade";

export const metadata: Metadata = {
  title: "Skolor",
  description: "Göteborgs kommunala grundskolor, per stadsområde och årskurs, och vilka som är pilotskolor i Framtidsrustad skola.",
  alternates: { canonical: "/skolor" },
};

const arskursval = [
  { varde: "0", etikett: "Förskoleklass" },
  ...Array.from({ length: 9 }, (_, i) => ({ varde: String(i + 1), etikett: `Årskurs ${i + 1}` })),
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const forsta = (v: string | string[] | undefined) => [v].flat()[0];

// Rendered per request, but the same for everyone who chooses the same filters: proxy.ts sends
// every spelling of a choice to one address (lib/skolor/adress.ts) and lets nginx share that page.
export default async function SkolorPage({ searchParams }: Props) {
  const sp = await searchParams;
  const filter = skolfilterSchema.parse({ stadsomrade: forsta(sp.stadsomrade), arskurs: forsta(sp.arskurs), pilot: forsta(sp.pilot) });
  const skolor = await getSkolor(filter);
  return (
    <>
      <PageHeader
        titel="Skolor"
        ingress="Kommunala grundskolor i Göteborg. Välj stadsområde, årskurs eller pilotskolor för att se färre."
        smulor={[{ href: "/skolor", label: "Skolor" }]}
      />
      <p className="mb-6 rounded-sm border-l-4 border-warn bg-white p-4 text-sm">
        Skolorna i listan är exempeldata medan portalen byggs upp; de är inte förvaltningens skolregister.
      </p>
      <form action="/skolor" method="get" className="flex flex-wrap items-end gap-4 rounded-sm border border-line bg-white p-4">
        <div>
          <label htmlFor="stadsomrade" className="block font-semibold">
            Stadsområde
          </label>
          <select
            id="stadsomrade"
            name="stadsomrade"
            defaultValue={filter.stadsomrade?.toLowerCase() ?? ""}
            className="mt-1 rounded-sm border-2 border-ink bg-white px-2 py-1"
          >
            <option value="">Alla</option>
            {Object.entries(stadsomraden).map(([k, v]) => (
              <option key={k} value={k.toLowerCase()}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="arskurs" className="block font-semibold">
            Årskurs
          </label>
          <select
            id="arskurs"
            name="arskurs"
            defaultValue={filter.arskurs?.toString() ?? ""}
            className="mt-1 rounded-sm border-2 border-ink bg-white px-2 py-1"
          >
            <option value="">Alla</option>
            {arskursval.map((a) => (
              <option key={a.varde} value={a.varde}>
                {a.etikett}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-2 pb-1">
          <input id="pilot" name="pilot" type="checkbox" value="ja" defaultChecked={filter.pilot === "ja"} className="h-5 w-5" />
          <label htmlFor="pilot">Bara pilotskolor i Framtidsrustad skola</label>
        </div>
        <button type="submit" className="rounded-sm bg-brand px-4 py-2 font-semibold text-white">
          Visa skolor
        </button>
      </form>
      <h2 className="mt-8 text-2xl font-bold" aria-live="polite">
        {skolor.length === 1 ? "1 skola" : `${skolor.length} skolor`}
      </h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {skolor.map((s) => (
          <li key={s.slug} className="rounded-sm border border-line bg-white p-4">
            <Link href={`/skolor/${s.slug}`} className="text-lg font-semibold">
              {s.namn}
            </Link>
            <p className="text-sm">
              {stadsomraden[s.stadsomrade]} · årskurs {arskurser(s.arskursFran, s.arskursTill)}
              {s.framtidsrustadPilot && " · pilotskola i Framtidsrustad skola"}
            </p>
            <p className="text-sm text-muted">{s.adress}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
