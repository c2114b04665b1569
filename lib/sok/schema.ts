import { z } from "zod";

/** Longest search kept: a longer one gets a message, never a cached page of its own. */
export const SOK_MAX_TECKEN = 200;
export const FOR_LANG_SOKNING = `Sökningen får vara högst ${SOK_MAX_TECKEN} tecken. Korta den och sök igen.`;

/**
 * A search in its one spelling: composed characters (NFC, so "å" typed two ways is one query),
 * white space trimmed and collapsed, lower case by Swedish rules. Full-text search ignores case
 * and spacing anyway, so every spelling of a query has the same answer.
 */
export const sokfraga = z
  .string()
  .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("sv-SE").normalize("NFC"))
  .pipe(z.string().max(SOK_MAX_TECKEN, { error: FOR_LANG_SOKNING }));
