// A content page's lättläst (easy-to-read Swedish) and English versions: each its own item, keyed
// by the page's slug, with its own drafts and versions, published to SidaVariant and shown at
// /<slug>/lattlast and /<slug>/en while the page itself is published. Both come from one factory:
// they differ only in language, labels and the LIX limit.
import { z } from "zod";
import { taggar } from "../../taggar";
import { text } from "../../text";
import type { Prisma } from "../../db/generated/client";
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

function sidvariant(sprak: Sprakversion): Innehallstyp<SidvariantData> {
  const engelska = sprak === "en";
  const pa = engelska ? " (på engelska)" : "";
  return {
    typ: `sida-${sprak}`,
    namn: engelska ? "den engelska versionen" : "den lättlästa versionen",
    grupp: engelska ? "Sidor på engelska" : "Sidor på lättläst svenska",
    falt: [
      { namn: "titel", etikett: `Rubrik${pa}`, slag: "text" },
      {
        namn: "ingress",
        etikett: `Ingress${pa}`,
        hjalp: engelska
          ? "En eller två meningar på engelska som sammanfattar sidan. Högst 600 tecken."
          : "En eller två korta meningar som säger vad sidan handlar om. Högst 600 tecken.",
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
    // The page links to its versions: a first publish adds a link there.
    taggar: (nyckel, _d, fore) => [taggar.sidvariant(nyckel, sprak), ...(fore ? [] : [taggar.sida(nyckel)])],
    titel: (nyckel, d) => `${d.titel || nyckel} (${engelska ? "engelska" : "lättläst"})`,
    adress: (nyckel) => `/${nyckel}/${sprak}`,
    forhandsvisning: true,
    ...(engelska ? { sprak: "en" as const } : { lixGrans: 30 }),
    variant: { av: "sida", sprak, etikett: engelska ? "Engelska" : "Lättläst" },
    async kontrollera(db, nyckel, _d, publicera): Promise<Record<string, string>> {
      if (publicera && (await db.sida.count({ where: { slug: nyckel } })) === 0) {
        return {
          formular: `Sidan på svenska (/${nyckel}) är inte publicerad. Publicera den först; ${engelska ? "den engelska" : "den lättlästa"} versionen visas bara tillsammans med den.`,
        };
      }
      return {};
    },
    async skrivPublicerad(tx, nyckel, d) {
      const rad = { titel: d.titel, ingress: d.ingress, brodtext: d.brodtext };
      await tx.sidaVariant.upsert({ where: { slug_sprak: { slug: nyckel, sprak } }, create: { slug: nyckel, sprak, ...rad }, update: rad });
    },
  };
}

export const sidaLattlast = sidvariant("lattlast");
export const sidaEn = sidvariant("en");

/**
 * A page's versions follow it to a new address: call inside the transaction that changes the
 * page's slug, so the items, their history and the published rows keep belonging to the page.
 */
export async function flyttaSprakversioner(tx: Prisma.TransactionClient, fran: string, till: string): Promise<void> {
  await tx.innehall.updateMany({ where: { nyckel: fran, typ: { in: SPRAKVERSIONER.map((s) => `sida-${s}`) } }, data: { nyckel: till } });
  // Raw, so "Senast uppdaterad" stays the text's date: a new address is not a new text.
  await tx.$executeRaw`UPDATE "SidaVariant" SET slug = ${till} WHERE slug = ${fran}`;
}
