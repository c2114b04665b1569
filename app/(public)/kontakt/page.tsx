import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { KONTAKT_INGRESS, KONTAKT_RUBRIK, Kontaktuppgifter } from "@/components/innehall/kontakt";
import { PageHeader } from "@/components/page-header";
import { gallringstidText } from "@/lib/config";
import { getForvaltning } from "@/lib/innehall/queries";
import { RESERVKONTAKT } from "@/lib/innehall/reservkontakt";
import { ellerNull } from "@/lib/reserv";
import { getSkolor } from "@/lib/skolor/queries";
import { nyttFormular } from "@/lib/sakerhet/formularladdning";
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
  const [f, skolor] = await Promise.all([
    ellerNull(getForvaltning(), "förvaltningens kontaktuppgifter"),
    ellerNull(getSkolor({}), "skollistan"),
  ]);
  const telefon = f?.telefon ?? RESERVKONTAKT.telefon;
  return (
    <>
      <PageHeader titel={KONTAKT_RUBRIK} ingress={KONTAKT_INGRESS} smulor={[{ href: "/kontakt", label: "Kontakt" }]} />
      {(!f || !skolor) && (
        <p role="status" className="mb-6 border-l-4 border-warn bg-white p-4 font-semibold">
          Vi har tekniska problem just nu, så en del av sidan kan inte visas. Du kan ändå skriva ditt meddelande nedan. Om det inte går att
          skicka får du veta det, och din text finns kvar. Du kan också ringa oss på {telefon}.
        </p>
      )}
      <Kontaktuppgifter forvaltning={f} telefon={telefon} />
      <section aria-labelledby="formular-rubrik" className="mt-10">
        <h2 id="formular-rubrik" className="text-2xl font-bold">
          Ställ en fråga eller lämna en synpunkt
        </h2>
        <p className="mt-2 max-w-prose">
          Du behöver inte veta vem på förvaltningen som ska ha ditt meddelande: alla frågor, synpunkter, klagomål och beröm hamnar hos oss
          och handläggs på samma sätt. Du får ett ärendenummer direkt.
        </p>
        <div className="mt-6">
          <SynpunktFormular skolor={skolor?.map((s) => ({ id: s.id, namn: s.namn })) ?? null} {...nyttFormular("kontakt")} />
        </div>
        <p className="mt-6 max-w-prose text-sm">
          Göteborgs Stad behandlar dina personuppgifter i enlighet med dataskyddsförordningen. Namn och e-postadress är frivilliga och tas
          bort {gallringstidText()} efter att ärendet avslutats. <Link href="/personuppgifter">Så behandlar vi dina personuppgifter</Link>.
        </p>
      </section>
    </>
  );
}
