import Link from "next/link";
import { requirePage } from "@/lib/auth/inloggad";
import { hemlighetsSignatur, lasbarHemlighet, nyHemlighet, qrSvg } from "@/lib/auth/tvastegs";
import { db } from "@/lib/db";
import { AktiveraFormular } from "./form";

export const metadata = { title: "Tvåstegsverifiering" };

export default async function Tvastegs() {
  const user = await requirePage("konto.eget", { kontoinstallning: true });
  if (user.tvastegs) {
    const kvar = await db.aterstallningskod.count({ where: { userId: user.id, anvand: null } });
    return (
      <>
        <p className="text-sm">
          <Link href="/personal/mitt-konto">Mitt konto</Link>
        </p>
        <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Tvåstegsverifiering</h1>
        <p className="mt-4">Tvåstegsverifiering är på. Du har {kvar} oanvända reservkoder kvar.</p>
        <ul className="mt-6 list-disc space-y-2 pl-6">
          <li>
            <Link href="/personal/mitt-konto/tvastegs/reservkoder">Skapa nya reservkoder</Link> (de gamla slutar fungera)
          </li>
          {user.tvastegsValfri && (
            <li>
              <Link href="/personal/mitt-konto/tvastegs/stang-av">Stäng av tvåstegsverifiering</Link>
            </li>
          )}
        </ul>
      </>
    );
  }
  // A fresh key for each showing; the form carries it back signed, so nothing is stored before it works.
  const hemlighet = nyHemlighet();
  const svg = await qrSvg(user.email, hemlighet);
  return (
    <>
      {!user.tvastegsKravs && (
        <p className="text-sm">
          <Link href="/personal/mitt-konto">Mitt konto</Link>
        </p>
      )}
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Slå på tvåstegsverifiering</h1>
      {user.tvastegsKravs && (
        <p role="status" className="mt-4 max-w-prose border-l-4 border-brand bg-white p-3 font-semibold">
          Administratörer måste använda tvåstegsverifiering. Slå på den innan du fortsätter.
        </p>
      )}
      <ol className="mt-6 max-w-prose list-decimal space-y-4 pl-6">
        <li>Öppna en autentiseringsapp i telefonen, till exempel Microsoft Authenticator eller Google Authenticator.</li>
        <li>
          Läs in QR-koden med appen.
          <figure className="mt-2">
            <div
              role="img"
              aria-label="QR-kod för autentiseringsappen"
              className="h-48 w-48 bg-white"
              dangerouslySetInnerHTML={{ __html: svg }}
            />
            <figcaption className="mt-2">
              Går det inte att läsa in koden? Skriv in nyckeln i appen i stället:{" "}
              <code className="font-mono text-lg">{lasbarHemlighet(hemlighet)}</code>
            </figcaption>
          </figure>
        </li>
        <li>Skriv koden som appen visar.</li>
      </ol>
      <div className="mt-6">
        <AktiveraFormular hemlighet={hemlighet} signatur={hemlighetsSignatur(user.id, hemlighet)} />
      </div>
    </>
  );
}
