import { z } from "zod";

export const MAX_TECKEN = 5000;

/** The contact form. The server is the authority; the client uses the same rules for hints. */
export const synpunktSchema = z.object({
  typ: z.enum(["FRAGA", "SYNPUNKT", "KLAGOMAL", "BEROM"], { error: "Välj vad ditt meddelande gäller." }),
  skolaId: z
    .string()
    .trim()
    .max(100, { error: "Välj en skola i listan." })
    .transform((v) => v || null),
  meddelande: z
    .string()
    .trim()
    .min(1, { error: "Skriv ditt meddelande." })
    .max(MAX_TECKEN, { error: `Meddelandet får vara högst ${MAX_TECKEN.toLocaleString("sv-SE")} tecken. Korta ner det lite.` }),
  namn: z
    .string()
    .trim()
    .max(200, { error: "Namnet får vara högst 200 tecken." })
    .transform((v) => v || null),
  epost: z
    .string()
    .trim()
    .max(254, { error: "E-postadressen är för lång." })
    .transform((v) => v || null)
    .pipe(z.email({ error: "Skriv e-postadressen i formatet namn@exempel.se, eller lämna fältet tomt." }).nullable()),
  idempotensnyckel: z.uuid({ error: "Formuläret är ogiltigt. Ladda om sidan och försök igen." }),
  startad: z.string().max(200),
  // The honeypot: hidden from people, filled in by naive bots.
  webbplats: z.string().max(0, { error: "Formuläret kunde inte skickas." }),
});
export type SynpunktIn = z.infer<typeof synpunktSchema>;
