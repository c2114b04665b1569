"use client";

import "./globals.css";
import { RESERVKONTAKT } from "@/lib/innehall/reservkontakt";

// The last safety net, for an error in a layout (for example when the database does not answer
// as a staff page starts): a page in Swedish instead of the framework's own, never a stack trace.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="sv">
      <body className="min-h-screen">
        <main className="mx-auto max-w-3xl px-4 py-10">
          <h1 className="text-3xl font-bold">Något gick fel hos oss</h1>
          <p className="mt-4 max-w-prose text-lg">Sidan kunde inte visas just nu. Felet är inte ditt. Försök igen om en stund.</p>
          <p className="mt-6 flex flex-wrap gap-4">
            <button type="button" onClick={reset} className="rounded-sm bg-brand px-4 py-2 font-semibold text-white">
              Försök igen
            </button>
            {/* A plain link: the app's router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="px-4 py-2">
              Till startsidan
            </a>
          </p>
          <p className="mt-6 max-w-prose">Om felet finns kvar kan du ringa grundskoleförvaltningen på {RESERVKONTAKT.telefon}.</p>
        </main>
      </body>
    </html>
  );
}
