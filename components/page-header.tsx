import Link from "next/link";

export interface Smula {
  href: string;
  label: string;
}

export function PageHeader({ titel, ingress, smulor = [] }: { titel: string; ingress?: string; smulor?: Smula[] }) {
  return (
    <div className="mb-8">
      {smulor.length > 0 && (
        <nav aria-label="Du är här" className="no-print mb-4 text-sm">
          <ol className="flex flex-wrap gap-x-2">
            <li>
              <Link href="/">Start</Link>
            </li>
            {smulor.map((s) => (
              <li key={s.href} className="before:mr-2 before:content-['›']">
                <Link href={s.href}>{s.label}</Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h1 className="text-2xl font-bold leading-tight sm:text-4xl">{titel}</h1>
      {ingress && <p className="mt-4 max-w-prose text-xl text-muted">{ingress}</p>}
    </div>
  );
}
