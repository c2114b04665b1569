import Link from "next/link";

const nav = [
  { href: "/forstarkningsomraden", label: "Förstärkningsområden" },
  { href: "/jamlikt-goteborg", label: "Jämlikt Göteborg" },
  { href: "/framtidsrustad-skola", label: "Framtidsrustad skola" },
  { href: "/skolor", label: "Skolor" },
  { href: "/om-forvaltningen", label: "Om oss" },
  { href: "/kontakt", label: "Kontakt" },
];

/** `sidor`: the pages editors put in the main menu, after the fixed entries. */
export function SiteHeader({ sidor = [] }: { sidor?: { slug: string; titel: string }[] }) {
  return (
    <header role="banner" className="bg-brand text-white">
      <a
        href="#huvudinnehall"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-focus focus:px-4 focus:py-2 focus:text-ink"
      >
        Till huvudinnehållet
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-white no-underline hover:text-white">
          <span className="block text-sm uppercase tracking-wide">Göteborgs Stad</span>
          <span className="block text-xl font-bold">Grundskoleförvaltningen</span>
        </Link>
        <form action="/sok" method="get" role="search" className="flex gap-2">
          <label htmlFor="sok-huvud" className="sr-only">
            Sök på webbplatsen
          </label>
          <input
            id="sok-huvud"
            name="q"
            type="search"
            placeholder="Sök"
            className="w-40 rounded-sm border-2 border-white bg-white px-2 py-1 text-ink sm:w-56"
          />
          <button type="submit" className="rounded-sm border-2 border-white px-3 py-1 font-semibold">
            Sök
          </button>
        </form>
      </div>
      <nav aria-label="Huvudmeny" className="bg-brand-dark">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 px-2">
          {[...nav, ...sidor.map((s) => ({ href: `/${s.slug}`, label: s.titel }))].map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block px-2 py-3 text-white no-underline hover:underline">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
