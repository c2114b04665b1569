import Link from "next/link";

export interface Smula {
  href: string;
  label: string;
  /** The label's language when it is not Swedish (an English page's title). */
  lang?: string;
}

/** `lang`: the title's and ingress's language when not Swedish (the site's chrome stays Swedish). */
export function PageHeader({ titel, ingress, smulor = [], lang }: { titel: string; ingress?: string; smulor?: Smula[]; lang?: string }) {
  return (
    <div className="mb-8">
      {smulor.length > 0 && (
        <nav aria-label="Du är här" className="no-print mb-4 text-sm">
          {/* Each link is at least 24 px high (WCAG 2.2, 2.5.8 Target Size), so a finger or a shaky
              hand does not hit its neighbour in a wrapped trail. */}
          <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <li className="flex items-center">
              <Link href="/" className="inline-flex min-h-6 items-center">
                Start
              </Link>
            </li>
            {smulor.map((s) => (
              <li key={s.href} className="flex items-center before:mr-2 before:content-['›']">
                <Link href={s.href} lang={s.lang} className="inline-flex min-h-6 items-center">
                  {s.label}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h1 lang={lang} className="text-2xl font-bold leading-tight sm:text-4xl">
        {titel}
      </h1>
      {ingress && (
        <p lang={lang} className="mt-4 max-w-prose text-xl text-muted">
          {ingress}
        </p>
      )}
    </div>
  );
}
