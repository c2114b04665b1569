import { z } from "zod";
import { text } from "@/lib/text";

import { MAX_TECKEN } from "./granser";
import { KONTAKTTYPER } from "./typer";

export { MAX_TECKEN };

/** The contact form. The server is the authority; the client uses the same rules for hints. */
/**
 * The fields every public form that makes a case shares: who writes (both optional), the form
 * load's one-time key and start time, and the honeypot.
 */
export const avsandarfalt = {
  namn: text()
    .trim()
    .max(200, { error: "Namnet får vara högst 200 tecken." })
    .transform((v) => v || null),
  epost: text()
    .trim()
    .max(254, { error: "E-postadressen är för lång." })
    .transform((v) => v || null)
    .pipe(z.email({ error: "Skriv e-postadressen i formatet namn@exempel.se, eller lämna fältet tomt." }).nullable()),
  idempotensnyckel: z.uuid({ error: "Formuläret är ogiltigt. Ladda om sidan och försök igen." }),
  startad: text().max(200),
  // The honeypot: hidden from people, filled in by naive bots.
  webbplats: text().max(0, { error: "Formuläret kunde inte skickas." }),
};

export const synpunktSchema = z
  .object({
    typ: z.enum(KONTAKTTYPER, { error: "Välj vad ditt meddelande gäller." }),
    skolaId: text()
      .trim()
      .max(100, { error: "Välj en skola i listan." })
      .transform((v) => v || null),
    meddelande: text()
      .trim()
      .min(1, { error: "Skriv ditt meddelande." })
      .max(MAX_TECKEN, { error: `Meddelandet får vara högst ${MAX_TECKEN.toLocaleString("sv-SE")} tecken. Korta ner det lite.` }),
    ...avsandarfalt,
    // "Meddela mig när ärendet ändras": a ticked checkbox, absent when not ticked.
    meddela: z.preprocess((v) => v === "ja" || v === true, z.boolean()),
  })
  .refine((d) => !d.meddela || d.epost, { path: ["epost"], error: "Fyll i din e-postadress om du vill få e-post när ärendet ändras." });
export type SynpunktIn = z.infer<typeof synpunktSchema>;
