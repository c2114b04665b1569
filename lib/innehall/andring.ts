// The publish form's "Mindre ändring" / "Väsentlig ändring" choice: one schema for the editor's
// form, the scheduling form (client components import this file) and the server. The notes
// themselves are read in lib/innehall/andringsnoter.ts.
import { z } from "zod";
import { text } from "../text";

export const ANDRINGSNOT_MAX = 200;

/** The publish form's choice, shared by the editor's form, the scheduling form and the server. */
export const andringSchema = z
  .object({
    andring: z.enum(["mindre", "vasentlig"], { error: "Välj om ändringen är mindre eller väsentlig." }),
    andringsnot: text()
      .trim()
      .max(ANDRINGSNOT_MAX, { error: `Ändringsnoten får vara högst ${ANDRINGSNOT_MAX} tecken.` })
      .refine((v) => !/[\r\n]/.test(v), { error: "Skriv ändringsnoten på en rad." }),
  })
  .refine((a) => a.andring === "mindre" || a.andringsnot.length > 0, {
    path: ["andringsnot"],
    error: "Skriv en kort ändringsnot: vad som ändrats. Den visas på sidan.",
  })
  // null: a minor change, nothing shown publicly.
  .transform((a) => (a.andring === "vasentlig" ? a.andringsnot : null));

/**
 * The choice from a form: a form without the fields (a type without change notes, an older form)
 * is a minor change. `prefix` names the fields where two forms share a page ("schema-andring").
 * Field → Swedish message on error, under the form's own field names.
 */
export function lasAndring(
  varden: Record<string, string | undefined>,
  prefix = "",
): { ok: true; andringsnot: string | null } | { ok: false; fel: Record<string, string> } {
  const andring = varden[`${prefix}andring`];
  // A form without the choice sends nothing, or "" for a field the action lists: a minor change.
  if (!andring) return { ok: true, andringsnot: null };
  const r = andringSchema.safeParse({ andring, andringsnot: varden[`${prefix}andringsnot`] ?? "" });
  if (r.success) return { ok: true, andringsnot: r.data };
  const fel: Record<string, string> = {};
  for (const i of r.error.issues) fel[`${prefix}${String(i.path[0] ?? "andring")}`] ??= i.message;
  return { ok: false, fel };
}
