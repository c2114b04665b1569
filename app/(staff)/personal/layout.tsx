import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { loggaUt } from "@/app/(auth)/logga-ut/actions";
import { can } from "@/lib/auth/permissions";
import { roller } from "@/lib/auth/roller";
import { currentUser } from "@/lib/auth/inloggad";
import { harInkorg } from "@/lib/synpunkter/vidarebefordran";

export const metadata: Metadata = { title: { default: "Personal", template: "%s – Personal" }, robots: { index: false } };
export const dynamic = "force-dynamic";

// Signed-out visitors go to the sign-in page. Each page and action still checks its own
// permission: a layout does not run for server actions.
export default async function PersonalLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const lankar = [
    { href: "/personal", label: "Översikt", visa: true },
    { href: "/personal/insatser", label: "Insatser", visa: can(user, "insats.lasa") },
    { href: "/personal/synpunkter", label: "Inkorg", visa: harInkorg(user) },
    { href: "/personal/pilotskolor", label: "Pilotskolor", visa: can(user, "pilot.hantera") },
    { href: "/personal/innehall", label: "Innehåll", visa: can(user, "innehall.redigera") },
    { href: "/personal/driftinformation", label: "Driftinformation", visa: can(user, "innehall.redigera") },
    { href: "/personal/besok", label: "Besöksstatistik", visa: can(user, "besok.lasa") },
    { href: "/personal/svarsmallar", label: "Svarsmallar", visa: can(user, "svarsmall.hantera") },
    { href: "/personal/konton", label: "Konton", visa: can(user, "anvandare.hantera") },
    { href: "/personal/granskningslogg", label: "Granskningslogg", visa: can(user, "granskningslogg.lasa") },
    { href: "/personal/jobb", label: "Bakgrundsjobb", visa: can(user, "jobb.lasa") },
  ];
  return (
    <>
      <header className="bg-brand-dark text-white">
        <a
          href="#huvudinnehall"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-focus focus:px-4 focus:py-2 focus:text-ink"
        >
          Till huvudinnehållet
        </a>
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <p>
            <span className="block text-sm uppercase tracking-wide">Grundskoleförvaltningen</span>
            <span className="block text-lg font-bold">Personalsidor</span>
          </p>
          <div className="flex flex-wrap items-center gap-4">
            <p className="text-sm">
              {user.name}, {roller[user.roll].toLowerCase()}
            </p>
            <Link href="/personal/mitt-konto" className="text-sm text-white">
              Mitt konto
            </Link>
            <form action={loggaUt}>
              <button type="submit" className="rounded-sm border-2 border-white px-3 py-1 font-semibold">
                Logga ut
              </button>
            </form>
          </div>
        </div>
        <nav aria-label="Personalmeny" className="bg-brand">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2">
            {lankar
              .filter((l) => l.visa)
              .map((l) => (
                <li key={l.href}>
                  <Link href={l.href} className="block px-2 py-3 text-white no-underline hover:underline">
                    {l.label}
                  </Link>
                </li>
              ))}
            <li>
              <Link href="/" className="block px-2 py-3 text-white no-underline hover:underline">
                Till den publika webbplatsen
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="huvudinnehall" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
