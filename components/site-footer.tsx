import Link from "next/link";
import { RESERVKONTAKT } from "@/lib/innehall/reservkontakt";

export interface FooterKontakt {
  namn: string;
  telefon: string;
  besoksadress: string;
  postadress: string;
  postnummer: string;
  postort: string;
}

/** `kontakt` is null when the database does not answer: the name and phone number still show. */
export function SiteFooter({ kontakt }: { kontakt: FooterKontakt | null }) {
  const { namn, telefon } = kontakt ?? RESERVKONTAKT;
  return (
    <footer className="mt-16 border-t-4 border-brand bg-white">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <h2 className="text-lg font-bold">{namn}</h2>
          <p>
            Telefon: <a href={`tel:${telefon.replace(/[^\d+]/g, "")}`}>{telefon}</a>
          </p>
          {kontakt && (
            <>
              <p>Besöksadress: {kontakt.besoksadress}</p>
              <p>
                Postadress: {kontakt.postadress}, {kontakt.postnummer} {kontakt.postort}
              </p>
            </>
          )}
        </div>
        <nav aria-label="Om webbplatsen">
          <h2 className="text-lg font-bold">Om webbplatsen</h2>
          <ul className="space-y-1">
            <li>
              <Link href="/tillganglighet">Tillgänglighetsredogörelse</Link>
            </li>
            <li>
              <Link href="/personuppgifter">Så behandlar vi dina personuppgifter</Link>
            </li>
            <li>
              <Link href="/oppna-data">Öppna data</Link>
            </li>
            <li>
              <Link href="/sok">Sök på webbplatsen</Link>
            </li>
          </ul>
        </nav>
        <nav aria-label="Mer om oss">
          <h2 className="text-lg font-bold">Mer om oss</h2>
          <ul className="space-y-1">
            <li>
              <Link href="/om-forvaltningen">Om grundskoleförvaltningen</Link>
            </li>
            <li>
              <Link href="/styr-och-stodkedjan">Styr- och stödkedjan</Link>
            </li>
            <li>
              <Link href="/arbeta-hos-oss">Arbeta hos oss</Link>
            </li>
            <li>
              <Link href="/kontakt">Kontakta oss</Link>
            </li>
            <li>
              <Link href="/diarium">Diariet: registrerade synpunkter och klagomål</Link>
            </li>
            <li>
              <Link href="/logga-in">Logga in för personal</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
