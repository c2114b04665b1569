import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/page-header";
import { gallringstidText } from "@/lib/config";
import { getForvaltning } from "@/lib/innehall/queries";
import { RESERVKONTAKT } from "@/lib/innehall/reservkontakt";
import { ellerNull } from "@/lib/reserv";
import { getSkolor } from "@/lib/skolor/queries";
import { nyttFormular } from "@/lib/synpunkter/skydd";
import { SynpunktFormular } from "./formular";

export const metadata: Metadata = {
  title: "Kontakta grundskoleförvaltningen",
  description: "Ställ en fråga eller lämna en synpunkt, ett klagomål eller beröm. Telefon och adresser till grundskoleförvaltningen.",
  alternates: { canonical: "/kontakt" },
};

export default async function KontaktPage() {
  // Per request, never from the page cache: the form's idempotency key and signed start time
  // belong to one load by one visitor (see lib/cache.ts on opting out).
  await connection();
  // Without the database the form still shows (without the school list), so a message can be
  // written; sending it then says what went wrong and keeps the text.
  const [f, skolor] = await Promise.all([ellerNull(getForvaltning(), "förvaltningens kontaktuppgifter"), ellerNull(getSkolor({}), "skollistan")]);
  const telefon = f?.telefon ?? RESERVKONTAKT.telefon;
  return (
    <>
      <PageHeader
        titel="Kontakta grundskoleförvaltningen"
        ingress="Har du synpunkter eller frågor om grundskoleförvaltningen så kan du kontakta oss."
        smulor={[{ href: "/kontakt", label: "Kontakt" }]}
      />
      {(!f || !skolor) && (
        <p role="status" className="mb-6 border-l-4 border-warn bg-white p-4 font-semibold">
          Vi har tekniska problem just nu, så en del av sidan kan inte visas. Du kan ändå skriva ditt meddelande nedan. Om det inte
          går att skicka får du veta det, och din text finns kvar. Du kan också ringa oss på {telefon}.
        </p>
      )}
      <div className="grid gap-6 md:grid-cols-3">
        <section aria-labelledby="telefon" className="rounded-sm border border-line bg-white p-5">
          <h2 id="telefon" className="text-xl font-bold">Telefon</h2>
          <p className="mt-2 text-lg">
            <a href={`tel:${telefon.replace(/[^\d+]/g, "")}`}>{telefon}</a>
          </p>
        </section>
        {f && (
          <>
            <section aria-labelledby="besok" className="rounded-sm border border-line bg-white p-5">
              <h2 id="besok" className="text-xl font-bold">Besöksadress</h2>
              <p className="mt-2">{f.besoksadress}</p>
              <p className="mt-2">
                <a href={`https://www.openstreetmap.org/?mlat=${f.latitud}&mlon=${f.longitud}#map=17/${f.latitud}/${f.longitud}`}>
                  Visa på karta (OpenStreetMap, öppnas på en annan webbplats)
                </a>
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
          </>
        )}
      </div>
      <section aria-labelledby="formular-rubrik" className="mt-10">
        <h2 id="formular-rubrik" className="text-2xl font-bold">Ställ en fråga eller lämna en synpunkt</h2>
        <p className="mt-2 max-w-prose">
          Du behöver inte veta vem på förvaltningen som ska ha ditt meddelande: alla frågor, synpunkter, klagomål och beröm
          hamnar hos oss och handläggs på samma sätt. Du får ett ärendenummer direkt.
        </p>
        <div className="mt-6">
          <SynpunktFormular skolor={skolor?.map((s) => ({ id: s.id, namn: s.namn })) ?? null} {...nyttFormular("kontakt")} />
        </div>
        <p className="mt-6 max-w-prose text-sm">
          Göteborgs Stad behandlar dina personuppgifter i enlighet med dataskyddsförordningen. Namn och e-postadress är
          frivilliga och tas bort {gallringstidText()} efter att ärendet avslutats.{" "}
          <Link href="/personuppgifter">Så behandlar vi dina personuppgifter</Link>.
        </p>
      </section>
    </>
  );
}
