import Link from "next/link";
import type { Inloggad } from "@/lib/auth/inloggad";
import { can } from "@/lib/auth/permissions";
import { formatDatum } from "@/lib/datum";
import { db } from "@/lib/db";
import { tillbakaskickade, vantarPaGranskning, type Granskningsrad } from "@/lib/innehall/granskning";

const har = (r: Granskningsrad) => `/personal/innehall/${r.typ}/${r.nyckel}`;

/** The staff start page's review lists: what was sent back to me, and what waits for my review. */
export async function GranskningPaStartsidan({ user }: { user: Inloggad }) {
  if (!can(user, "innehall.redigera")) return null;
  const [tillbaka, vantar] = await Promise.all([
    tillbakaskickade(db, user.id),
    can(user, "innehall.granska") ? vantarPaGranskning(db, user.id) : [],
  ]);
  if (tillbaka.length === 0 && vantar.length === 0) return null;
  return (
    <>
      {tillbaka.length > 0 && (
        <section aria-labelledby="tillbakaskickade" className="mt-8">
          <h2 id="tillbakaskickade" className="text-2xl font-bold">
            Dina sidor som skickats tillbaka
          </h2>
          <ul className="mt-3 space-y-2">
            {tillbaka.map((r) => (
              <li key={r.id}>
                <Link href={har(r)}>{r.titel}</Link>: {r.avgjordAvNamn ?? "granskaren"} skrev ”{r.kommentar}”
              </li>
            ))}
          </ul>
        </section>
      )}
      {vantar.length > 0 && (
        <section aria-labelledby="vantar-granskning" className="mt-8">
          <h2 id="vantar-granskning" className="text-2xl font-bold">
            Väntar på din granskning
          </h2>
          <ul className="mt-3 space-y-2">
            {vantar.map((r) => (
              <li key={r.id}>
                <Link href={har(r)}>{r.titel}</Link>, skickad av {r.forfattarNamn}{" "}
                <time dateTime={r.skapad.toISOString()}>{formatDatum(r.skapad)}</time>
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href="/personal/innehall/granskning">Alla granskningar</Link>
          </p>
        </section>
      )}
    </>
  );
}
