import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { SiteHeader } from "@/components/site-header";
import { currentUser } from "@/lib/auth/inloggad";
import { loggaUt } from "./actions";

export const metadata: Metadata = { title: "Logga ut", robots: { index: false } };

// Shown instead of Auth.js's own (English) sign-out page.
export default async function LoggaUtPage() {
  const user = await currentUser();
  return (
    <>
      <SiteHeader />
      <main id="huvudinnehall" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        {user ? (
          <>
            <PageHeader
              titel="Logga ut"
              ingress={`Du är inloggad som ${user.name}. Vill du logga ut från personalsidorna på den här enheten?`}
            />
            <form action={loggaUt}>
              <button type="submit" className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
                Logga ut
              </button>
            </form>
          </>
        ) : (
          <>
            <PageHeader titel="Du är utloggad" ingress="Du är inte inloggad på personalsidorna." />
            <p>
              <Link href="/logga-in">Logga in igen</Link>
            </p>
          </>
        )}
      </main>
    </>
  );
}
