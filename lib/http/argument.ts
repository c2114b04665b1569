// A server action's arguments are whatever the client sent: a bound slug or id travels in the
// page (or in a form field without JavaScript) and can be swapped for any value React can
// encode. Each action parses every argument here first; a value no honest page sends gets the
// ordinary Swedish 404 page, before any permission check or query sees it.
import { notFound } from "next/navigation";
import { z } from "zod";

export const slugArgument = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(120);
export const idArgument = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const lopnummerArgument = z.number().int().positive().max(2_147_483_647);
export const formularArgument = z.instanceof(FormData);
/** useActionState's previous state: only its shape matters, never trusted as data. */
export const tillstandArgument = z.unknown();

/** The arguments, parsed by their schemas in order; anything else ends in notFound(). */
export function argument<const S extends readonly z.ZodType[]>(scheman: S, varden: readonly unknown[]): { [K in keyof S]: z.infer<S[K]> } {
  if (varden.length < scheman.length) notFound();
  return scheman.map((schema, i) => {
    const r = schema.safeParse(varden[i]);
    if (!r.success) notFound();
    return r.data;
  }) as { [K in keyof S]: z.infer<S[K]> };
}
