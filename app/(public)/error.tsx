"use client";

import Link from "next/link";
import { useTelefon } from "@/components/telefon";

// Shown when a page fails on the server (for example when the database does not answer).
export default function Error({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const telefon = useTelefon();
  return (
    <div>
      <h1 className="text-3xl font-bold">Något gick fel hos oss</h1>
      <p className="mt-4 max-w-prose text-lg">Sidan kunde inte visas just nu. Felet är inte ditt. Försök igen om en stund.</p>
      <p className="mt-6 flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="rounded-sm bg-brand px-4 py-2 font-semibold text-white">
          Försök igen
        </button>
        <Link href="/" className="px-4 py-2">
          Till startsidan
        </Link>
      </p>
      <p className="mt-6 max-w-prose">Om felet finns kvar kan du ringa oss på {telefon}.</p>
    </div>
  );
}
