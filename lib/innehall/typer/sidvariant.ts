// The lättläst (easy-to-read Swedish) and English versions of a content page, the start page and
// each förstärkningsområde: each its own item, keyed by the original's key, with its own drafts
// and versions, published to SidaVariant (av = the original's type) and shown at the original's
// address with /lattlast or /en after it while the original itself is published. All come from
// one factory: they differ only in the original, language, labels and the LIX limit.
import { z } from "zod";
import { taggar } from "../../taggar";
import { text } from "../../text";
import type { Prisma, PrismaClient } from "../../db/generated/client";
import type { Tag } from "../../taggar";
import type { Innehallstyp } from "../typ";

export const SPRAKVERSIONER = ["lattlast", "en"] as const;
export type Sprakversion = (typeof SPRAKVERSIONER)[number];

const schema = z.object({
  titel: text().trim().min(1, "Skriv en rubrik.").max(200, "Rubriken får vara högst 200 tecken."),
  ingress: text().trim().max(600, "Ingressen får vara högst 600 tecken."),
  brodtext: text().max(50_000, "Brödtexten får vara högst 50 000 tecken."),
});
export type SidvariantData = z.infer<typeof schema>;

const markdownhjalp =
  "Markdown: ## för rubrik, en tom rad mellan stycken, - för punktlista, [länktext](/adress) för länk. HTML visas som text.";

/** What differs between the originals that have language versions: a content page, the start page, an område. */
interface Original {
  /** The original's content type, and SidaVariant.av of its versions. */
  av: "sida" | "startsida" | "forstarkningsomrade";
  /** The original in a sentence, definite form: "sidan", "startsidan", "området". */
  namn: string;
  /** The staff list's groups of the two versions, English and lättläst. */
  grupp: { en: string; lattlast: string };
  /** The original's public address. */
  adress(nyckel: string): string;
  /** The tag of the version's own page. */
  tagg(nyckel: string, sprak: Sprakversion): Tag;
  /** The original's page, which links to its published versions. */
  originalTagg(nyckel: string): Tag;
  /** Whether the original is on the public site: a version is shown only with it. */
  publik(db: PrismaClient, nyckel: string): Promise<boolean>;
}

/** A version's public address: the original's with /lattlast or /en after it ("/" → "/en"). */
export function sprakadress(original: string, sprak: string): string {
  return `${original === "/" ? "" : original}/${sprak}`;
}

export const ORIGINAL: Record<Original["av"], Original> = {
  sida: {
    av: "sida",
    namn: "sidan",
    grupp: { en: "Sidor på engelska", lattlast: "Sidor på lättläst svenska" },
    adress: (nyckel) => `/${nyckel}`,
    tagg: (nyckel, sprak) => taggar.sidvariant(nyckel, sprak),
    originalTagg: (nyckel) => taggar.sida(nyckel),
    publik: async (db, nyckel) => (await db.sida.count({ where: { slug: nyckel } })) > 0,
  },
  startsida: {
    av: "startsida",
    namn: "startsidan",
    grupp: { en: "Startsidan på engelska", lattlast: "Startsidan på lättläst svenska" },
    adress: () => "/",
    tagg: (nyckel, sprak) => taggar.sprakversion("startsida", nyckel, sprak),
    originalTagg: () => taggar.startsida,
    publik: async (db, nyckel) =>
      ((await db.innehall.findUnique({ where: { typ_nyckel: { typ: "startsida", nyckel } }, select: { publicerad: true } }))?.publicerad ??
        null) !== null,
  },
  forstarkningsomrade: {
    av: "forstarkningsomrade",
    namn: "området",
    grupp: { en: "Förstärkningsområden på engelska", lattlast: "Förstärkningsområden på lättläst svenska" },
    adress: (nyckel) => `/forstarkningsomraden/${nyckel}`,
    tagg: (nyckel, sprak) => taggar.sprakversion("forstarkningsomrade", nyckel, sprak),
    originalTagg: (nyckel) => taggar.omrade(nyckel),
    publik: async (db, nyckel) => (await db.forstarkningsomrade.count({ where: { slug: nyckel } })) > 0,
  },
};

/** The content type of an original's version in one language: "sida-en", "startsida-lattlast", … */
export const sprakversionstyp = (av: string, sprak: string) => `${av}-${sprak}`;

function sidvariant(original: Original, sprak: Sprakversion): Innehallstyp<SidvariantData> {
  const engelska = sprak === "en";
  const pa = engelska ? " (på engelska)" : "";
  const vad = original.namn;
  return {
    typ: sprakversionstyp(original.av, sprak),
    namn: engelska ? "den engelska versionen" : "den lättlästa versionen",
    grupp: original.grupp[sprak],
    falt: [
      { namn: "titel", etikett: `Rubrik${pa}`, slag: "text" },
      {
        namn: "ingress",
        etikett: `Ingress${pa}`,
        hjalp: engelska
          ? `En eller två meningar på engelska som sammanfattar ${vad}. Högst 600 tecken.`
          : `En eller två korta meningar som säger vad ${vad} handlar om. Högst 600 tecken.`,
        slag: "flerrad",
      },
      {
        namn: "brodtext",
        etikett: `Brödtext${pa}`,
        hjalp: engelska
          ? markdownhjalp
          : `Korta meningar och vanliga ord, en sak i taget. En ny rad i texten blir en ny rad på sidan. ${markdownhjalp}`,
        slag: "markdown",
      },
    ],
    schema,
    // The original links to its versions: a first publish adds a link there.
    taggar: (nyckel, _d, fore) => [original.tagg(nyckel, sprak), ...(fore ? [] : [original.originalTagg(nyckel)])],
    titel: (nyckel, d) => `${d.titel || nyckel} (${engelska ? "engelska" : "lättläst"})`,
    adress: (nyckel) => sprakadress(original.adress(nyckel), sprak),
    forhandsvisning: true,
    ...(engelska ? { sprak: "en" as const } : { lixGrans: 30 }),
    variant: { av: original.av, sprak, etikett: engelska ? "Engelska" : "Lättläst" },
    async kontrollera(db, nyckel, _d, publicera): Promise<Record<string, string>> {
      if (publicera && !(await original.publik(db, nyckel))) {
        const namn = original.namn.charAt(0).toUpperCase() + original.namn.slice(1);
        return {
          formular: `${namn} på svenska (${original.adress(nyckel)}) är inte publicerad. Publicera den först; ${engelska ? "den engelska" : "den lättlästa"} versionen visas bara tillsammans med den.`,
        };
      }
      return {};
    },
    async skrivPublicerad(tx, nyckel, d) {
      const rad = { titel: d.titel, ingress: d.ingress, brodtext: d.brodtext };
      await tx.sidaVariant.upsert({
        where: { av_slug_sprak: { av: original.av, slug: nyckel, sprak } },
        create: { av: original.av, slug: nyckel, sprak, ...rad },
        update: rad,
      });
    },
  };
}

export const sidaLattlast = sidvariant(ORIGINAL.sida, "lattlast");
export const sidaEn = sidvariant(ORIGINAL.sida, "en");
export const startsidaLattlast = sidvariant(ORIGINAL.startsida, "lattlast");
export const startsidaEn = sidvariant(ORIGINAL.startsida, "en");
export const omradeLattlast = sidvariant(ORIGINAL.forstarkningsomrade, "lattlast");
export const omradeEn = sidvariant(ORIGINAL.forstarkningsomrade, "en");

/**
 * A page's versions follow it to a new address: call inside the transaction that changes the
 * page's slug, so the items, their history and the published rows keep belonging to the page.
 */
export async function flyttaSprakversioner(tx: Prisma.TransactionClient, fran: string, till: string): Promise<void> {
  await tx.innehall.updateMany({ where: { nyckel: fran, typ: { in: SPRAKVERSIONER.map((s) => `sida-${s}`) } }, data: { nyckel: till } });
  // Raw, so "Senast uppdaterad" stays the text's date: a new address is not a new text.
  await tx.$executeRaw`UPDATE "SidaVariant" SET slug = ${till} WHERE av = 'sida' AND slug = ${fran}`;
}
