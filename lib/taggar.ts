// The cache tags, without Next.js: the seed, scripts and the content types' declarations import
// them outside a server. Expiring them is lib/cache.ts's business.
//
// A tag names one thing the public pages show: an item (a page, an insats, a school) or one
// list. Each cached query is tagged with what it read (lib/cache.ts `cachad`), a page inherits
// the tags of everything it read, and a write expires the tags of what it changed, so a publish
// makes again only the pages that show the changed item. The table in README.md ("Drift") says
// which query carries which tag and which write expires it.
export const taggar = {
  /** A content page's own text (its page and its language versions' pages). */
  sida: (slug: string) => `sida:${slug}` as const,
  /** A content page's title where its sub-pages show it (their breadcrumb). */
  sidrubrik: (slug: string) => `sidrubrik:${slug}` as const,
  /** The list of pages under a content page, on that page. */
  undersidor: (slug: string) => `undersidor:${slug}` as const,
  /** A page's lättläst or English version. */
  sidvariant: (slug: string, sprak: string) => `sidvariant:${slug}:${sprak}` as const,
  /** The start page's or a förstärkningsområde's lättläst or English version (av: "startsida", "forstarkningsomrade"). */
  sprakversion: (av: string, nyckel: string, sprak: string) => `sprakversion:${av}:${nyckel}:${sprak}` as const,
  /** The pages in the main menu (every public page's header). */
  meny: "meny",
  /** The förvaltning's name and contact details (every public page's footer, /kontakt, the start page). */
  kontakt: "kontakt",
  /** The start page's own texts. */
  startsida: "startsida",
  /** The key figures on the start page. */
  nyckeltal: "nyckeltal",
  /** A programme page: its texts and its insatser. */
  program: (slug: string) => `program:${slug}` as const,
  /** A förstärkningsområde's page: its texts and its insatser. */
  omrade: (slug: string) => `omrade:${slug}` as const,
  /** The list of förstärkningsområden (the start page, /forstarkningsomraden). */
  omradeslista: "omraden",
  /** An insats's page. */
  insats: (slug: string) => `insats:${slug}` as const,
  /** Every insats page at once: they show their programme's and area's names and their authors' names. */
  insatssidor: "insatssidor",
  /** The latest insats updates on the start page. */
  uppdateringar: "uppdateringar",
  /** A school's page: the school, its pilot steps and the insatser that concern it. */
  skola: (slug: string) => `skola:${slug}` as const,
  /** Every school page at once: the pilot schools show the programme's parts by name. */
  skolsidor: "skolsidor",
  /** Lists of schools: /skolor and its filters, the contact form's choice, the pilot schools. */
  skollista: "skolor",
  /** The site-wide driftinformation (every public page's top). */
  drift: "drift",
  /** "Så går det" and its open data. */
  sagardet: "sa-gar-det",
  /** The significant content changes on /senaste-andringar (lib/innehall/andringsnoter.ts). */
  andringsnoter: "andringsnoter",
  /** The public diarium (/diarium): every case's registration fields. */
  diarium: "diarium",
} as const;

type Namn<B> = B extends (...a: never[]) => infer T ? T : B;
/** Every tag a builder above can make. */
export type Tag = Namn<(typeof taggar)[keyof typeof taggar]>;
