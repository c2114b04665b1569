import { z } from "zod";
import { text } from "@/lib/text";

/** The staff sign-in form; used by the form's server action and by Auth.js's authorize. */
export const inloggningSchema = z.object({
  email: text()
    .trim()
    .toLowerCase()
    .min(1, { error: "Skriv din e-postadress." })
    .pipe(z.email({ error: "Skriv e-postadressen i formatet namn@exempel.se." })),
  password: text().min(1, { error: "Skriv ditt lösenord." }).max(200, { error: "Lösenordet är för långt." }),
});
export type Inloggning = z.infer<typeof inloggningSchema>;
