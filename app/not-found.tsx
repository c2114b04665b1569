import Link from "next/link";
import { SiteHeader } from "@/components/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="huvudinnehall" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        <h1 className="text-3xl font-bold">Sidan finns inte</h1>
        <p className="mt-4 max-w-prose text-lg">
          Vi hittar ingen sida på den adressen. Den kan ha flyttats, eller så är adressen felstavad.
        </p>
        <h2 className="mt-8 text-xl font-bold">Här kan du gå vidare</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <Link href="/">Startsidan</Link>
          </li>
          <li>
            <Link href="/sok">Sök på webbplatsen</Link>
          </li>
          <li>
            <Link href="/skolor">Alla skolor</Link>
          </li>
          <li>
            <Link href="/kontakt">Kontakta oss</Link> om du inte hittar det du söker
          </li>
        </ul>
      </main>
    </>
  );
}
