import { z } from "zod";

/** A form's errors as the forms show them: one Swedish message per field, `formular` for the whole form. */
export type Faltfel = Record<string, string>;

/**
 * The first message for each field (the first part of the path), by zod's own
 * flattenError; an issue on the form as a whole goes under `formular`. The schemas write the
 * Swedish messages; this only decides where each one is shown.
 */
export function faltfel(error: z.ZodError): Faltfel {
  const { formErrors, fieldErrors } = z.flattenError(error);
  const fel: Faltfel = {};
  for (const [falt, meddelanden] of Object.entries(fieldErrors) as [string, string[] | undefined][]) {
    if (meddelanden?.[0]) fel[falt] = meddelanden[0];
  }
  if (formErrors[0]) fel.formular ??= formErrors[0];
  return fel;
}
