import Link from "next/link";

export interface FooterKontakt {
  namn: string;
  telefon: string;
  besoksadress: string;
  postadress: string;
  postnummer: string;
  postort: string;
}

export function SiteFooter({ kontakt }: { kontakt: FooterKontakt }) {
  return (
    <footer className="mt-16 border-t-4 border-brand bg-white">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <h2 className="text-lg font-bold">{kontakt.namn}</h2>
          <p>
            Telefon: <a href={`tel:${kontakt.telefon.replace(/[^\d+]/g, "")}`}>{kontakt.telefon}</a>
          </p>
          <p>Besöksadress: {kontakt.besoksadress}</p>
          <p>
            Postadress: {kontakt.postadress}, {kontakt.postnummer} {kontakt.postort}
          </p>
        </div>
        <nav aria-label="Om webbplatsen">
          <h2 className="text-lg font-bold">Om webbplatsen</h2>
          <ul className="space-y-1">
            <li><Link href="/tillganglighet">Tillgänglighetsredogörelse</Link></li>
            <li><Link href="/personuppgifter">Så behandlar vi dina personuppgifter</Link></li>
            <li><Link href="/oppna-data">Öppna data</Link></li>
            <li><Link href="/sok">Sök på webbplatsen</Link></li>
          </ul>
        </nav>
        <nav aria-label="Mer om oss">
          <h2 className="text-lg font-bold">Mer om oss</h2>
          <ul className="space-y-1">
            <li><Link href="/om-forvaltningen">Om grundskoleförvaltningen</Link></li>
            <li><Link href="/styr-och-stodkedjan">Styr- och stödkedjan</Link></li>
            <li><Link href="/arbeta-hos-oss">Arbeta hos oss</Link></li>
            <li><Link href="/kontakt">Kontakta oss</Link></li>
            <li><Link href="/logga-in">Logga in för personal</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
