import { z } from "zod";

/** The school list's filters, from the query string. Anything unknown is ignored, not an error. */
export const skolfilterSchema = z.object({
  stadsomrade: z.enum(["CENTRUM", "HISINGEN", "NORDOST", "SYDVAST"]).optional().catch(undefined),
  arskurs: z.coerce.number().int().min(0).max(9).optional().catch(undefined),
  pilot: z.literal("ja").optional().catch(undefined),
});
export type Skolfilter = z.infer<typeof skolfilterSchema>;
