// What a content type declares, once: its fields with Swedish labels, the zod schema that
// validates both the form and stored versions, the cache tags its publishing expires, its public
// and preview addresses, and how a published version reaches the public table the site reads.
// The edit form, validation, versions, diff and preview are all driven by this one object.
import type { z } from "zod";
import type { Prisma, PrismaClient } from "../db/generated/client";
import type { Tag } from "../taggar";

export type Faltslag = "text" | "flerrad" | "markdown" | "kryss" | "tal";

export interface Falt {
  namn: string;
  etikett: string;
  hjalp?: string;
  slag: Faltslag;
  /** A list of links, one per line ("Länktext | adress | …", lib/innehall/listor.ts): the link check reads it. */
  lanklista?: true;
}

export type Innehallsdata = Record<string, string | number | boolean>;

export interface Innehallstyp<T extends Innehallsdata = Innehallsdata> {
  typ: string;
  /** Singular, lower case, for sentences: "sidan", "nyckeltalet". */
  namn: string;
  /** The heading of the type's group in the staff list. */
  grupp: string;
  falt: readonly Falt[];
  schema: z.ZodType<T>;
  /**
   * The cache tags a publish of the item expires (lib/taggar.ts): the item's own, and the lists
   * that show it when what they show of it changed. `fore` is the version that was on the site
   * until now, null when the item was not public.
   */
  taggar(nyckel: string, data: T, fore: Partial<T> | null): readonly Tag[];
  /** A human title for an item in lists and headings. */
  titel(nyckel: string, data: T): string;
  /** The public page that shows the item. */
  adress(nyckel: string, data: T): string;
  /** Whether /forhandsvisning/<typ>/<nyckel> shows a draft of this type. */
  forhandsvisning: boolean;
  /** Checks that need the database (a parent page exists, …): field → Swedish message. */
  kontrollera?(db: PrismaClient, nyckel: string, data: T, publicera?: boolean): Promise<Record<string, string>>;
  /** The text's language when not Swedish: no LIX, and klarspråk advice for that language. */
  sprak?: "en";
  /** A LIX above this gets a warning in the editor (lättläst: 30). Advice, never a block. */
  lixGrans?: number;
  /** A language version (lättläst, English) of the item of type `av` with the same key. */
  variant?: { av: string; sprak: string; etikett: string };
  /** Publishing asks "Mindre ändring" or "Väsentlig ändring" with a public one-line note (lib/innehall/andringsnoter.ts). */
  andringsnoter?: boolean;
  /**
   * The förstärkningsområde (its slug) whose followers ("Bevaka", lib/bevakning) are mailed a
   * significant change's note; none for a type whose items belong to no område.
   */
  omrade?: (nyckel: string) => string;
  /**
   * Every item of the type is reviewed before publishing by someone with innehall.granska
   * (lib/innehall/granskning.ts); an admin can also ask it of a single item (Innehall.kraverGranskning).
   */
  granskning?: boolean;
  /** Writes a published version to the table the public pages read, inside the publish transaction. */
  skrivPublicerad(tx: Prisma.TransactionClient, nyckel: string, data: T): Promise<void>;
}

/** Lone UTF-16 surrogates (never typed by a person) become U+FFFD: PostgreSQL's jsonb refuses them. */
export function helText(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** A form's raw strings → the object the schema parses (checkbox "on" → true, "57,7" → "57.7"). */
export function franFormular(typ: Innehallstyp, form: FormData | Record<string, string | undefined>): Record<string, unknown> {
  const get = (n: string) => (form instanceof FormData ? form.get(n) : form[n]);
  const ut: Record<string, unknown> = {};
  for (const f of typ.falt) {
    const v = get(f.namn);
    if (f.slag === "kryss") ut[f.namn] = v === "on" || v === "true";
    else if (f.slag === "tal")
      ut[f.namn] = helText(
        String(v ?? "")
          .trim()
          .replace(",", "."),
      );
    // Browsers send a textarea's line breaks as CRLF; stored text uses LF so versions compare by words.
    else ut[f.namn] = helText(String(v ?? "").replace(/\r\n?/g, "\n"));
  }
  return ut;
}

/** Stored data → the strings a form shows. */
export function tillFormular(typ: Innehallstyp, data: Record<string, unknown>): Record<string, string> {
  const ut: Record<string, string> = {};
  for (const f of typ.falt) {
    const v = data[f.namn];
    ut[f.namn] = f.slag === "kryss" ? (v === true || v === "on" ? "on" : "") : v === undefined || v === null ? "" : String(v);
  }
  return ut;
}
