import { z } from "zod";
import type { Stadsomrade } from "../db/generated/enums";

const STADSOMRADEN = ["CENTRUM", "HISINGEN", "NORDOST", "SYDVAST"] as const satisfies readonly Stadsomrade[];
const enhetlig = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("sv-SE");

/**
 * The school list's filters, from the query string, in any case and with spaces around: an
 * unknown or empty value is dropped, not an error (lib/skolor/adress.ts then drops it from the
 * address too).
 */
export const skolfilterSchema = z.object({
  stadsomrade: z
    .string()
    .transform((s) => enhetlig(s).toLocaleUpperCase("sv-SE"))
    .pipe(z.enum(STADSOMRADEN))
    .optional()
    .catch(undefined),
  arskurs: z
    .string()
    .transform(enhetlig)
    .pipe(z.string().regex(/^\d{1,2}$/))
    .transform(Number)
    .pipe(z.number().int().min(0).max(9))
    .optional()
    .catch(undefined),
  pilot: z.string().transform(enhetlig).pipe(z.literal("ja")).optional().catch(undefined),
});
export type Skolfilter = z.infer<typeof skolfilterSchema>;
