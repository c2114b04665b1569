import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";

export const metadata: Metadata = { title: "Kontrollera din e-post", robots: { index: false, follow: false } };

// The same page whatever the address: new, unconfirmed or already following (no enumeration).
export default function Skickat() {
  return (
    <>
      <PageHeader titel="Kontrollera din e-post" />
      <div className="max-w-prose space-y-3">
        <p role="status">
          Tack! Vi har skickat ett mejl till adressen du angav. Öppna länken i mejlet för att bekräfta bevakningen; innan dess skickar vi
          ingenting mer.
        </p>
        <p>Bevakar adressen redan det här får du i stället ett mejl med en länk där du kan ändra eller sluta bevaka.</p>
        <p>Kommer inget mejl inom några minuter, titta i skräpposten eller kontrollera att adressen var rätt stavad.</p>
      </div>
      <p className="mt-6">
        <Link href="/">Till startsidan</Link>
      </p>
    </>
  );
}
