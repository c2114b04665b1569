import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { getForvaltning } from "@/lib/innehall/queries";

export const metadata: Metadata = {
  title: "Kontakta grundskoleförvaltningen",
  description: "Telefon, besöksadress och postadress till grundskoleförvaltningen i Göteborg.",
  alternates: { canonical: "/kontakt" },
};

export default async function KontaktPage() {
  const f = await getForvaltning();
  const karta = `https://www.openstreetmap.org/?mlat=${f.latitud}&mlon=${f.longitud}#map=17/${f.latitud}/${f.longitud}`;
  return (
    <>
      <PageHeader
        titel="Kontakta grundskoleförvaltningen"
        ingress="Har du synpunkter eller frågor om grundskoleförvaltningen så kan du kontakta oss."
        smulor={[{ href: "/kontakt", label: "Kontakt" }]}
      />
      <div className="grid gap-6 md:grid-cols-3">
        <section aria-labelledby="telefon" className="rounded-sm border border-line bg-white p-5">
          <h2 id="telefon" className="text-xl font-bold">Telefon</h2>
          <p className="mt-2 text-lg">
            <a href={`tel:${f.telefon.replace(/[^\d+]/g, "")}`}>{f.telefon}</a>
          </p>
        </section>
        <section aria-labelledby="besok" className="rounded-sm border border-line bg-white p-5">
          <h2 id="besok" className="text-xl font-bold">Besöksadress</h2>
          <p className="mt-2">{f.besoksadress}</p>
          <p className="mt-2">
            <a href={karta}>Visa på karta (OpenStreetMap, öppnas på en annan webbplats)</a>
          </p>
        </section>
        <section aria-labelledby="post" className="rounded-sm border border-line bg-white p-5">
          <h2 id="post" className="text-xl font-bold">Postadress</h2>
          <p className="mt-2">
            {f.namn}
            <br />
            {f.postadress}
            <br />
            {f.postnummer} {f.postort}
          </p>
        </section>
      </div>
      <p className="mt-8 max-w-prose">
        Göteborgs Stad behandlar dina personuppgifter i enlighet med dataskyddsförordningen.{" "}
        <Link href="/personuppgifter">Så behandlar vi dina personuppgifter</Link>.
      </p>
    </>
  );
}
