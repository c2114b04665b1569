import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { randomUUID } from "node:crypto";
import { getForvaltning } from "@/lib/innehall/queries";
import { getSkolor } from "@/lib/skolor/queries";
import { startToken } from "@/lib/synpunkter/skydd";
import { SynpunktFormular } from "./formular";

export const metadata: Metadata = {
  title: "Kontakta grundskoleförvaltningen",
  description: "Ställ en fråga eller lämna en synpunkt, ett klagomål eller beröm. Telefon och adresser till grundskoleförvaltningen.",
  alternates: { canonical: "/kontakt" },
};

export default async function KontaktPage() {
  const [f, skolor] = await Promise.all([getForvaltning(), getSkolor({})]);
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
      <section aria-labelledby="formular-rubrik" className="mt-10">
        <h2 id="formular-rubrik" className="text-2xl font-bold">Ställ en fråga eller lämna en synpunkt</h2>
        <p className="mt-2 max-w-prose">
          Du behöver inte veta vem på förvaltningen som ska ha ditt meddelande: alla frågor, synpunkter, klagomål och beröm
          hamnar hos oss och handläggs på samma sätt. Du får ett ärendenummer direkt.
        </p>
        <div className="mt-6">
          <SynpunktFormular skolor={skolor.map((s) => ({ id: s.id, namn: s.namn }))} idempotensnyckel={randomUUID()} startad={startToken()} />
        </div>
        <p className="mt-6 max-w-prose text-sm">
          Göteborgs Stad behandlar dina personuppgifter i enlighet med dataskyddsförordningen. Namn och e-postadress är
          frivilliga och tas bort när ärendet har varit avslutat en tid.{" "}
          <Link href="/personuppgifter">Så behandlar vi dina personuppgifter</Link>.
        </p>
      </section>
    </>
  );
}
