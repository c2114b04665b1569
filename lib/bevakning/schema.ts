import { z } from "zod";
import { text } from "../text";

/** What one can follow; "allt" is every insats. */
export const FOREMALSTYPER = ["insats", "omrade", "skola", "allt"] as const;
export type Foremalstyp = (typeof FOREMALSTYPER)[number];

export const FREKVENSER = {
  DIREKT: { etikett: "Direkt", beskrivning: "ett mejl för varje ändring" },
  VECKA: { etikett: "En gång i veckan", beskrivning: "ett mejl på måndagar med förra veckans ändringar, inget om inget ändrats" },
} as const;
export type Frekvens = keyof typeof FREKVENSER;

const frekvens = z.enum(["DIREKT", "VECKA"], { error: "Välj hur ofta du vill få e-post." });

/** The Bevaka form. The server is the authority; the page uses the same rules. */
export const bevakaSchema = z.object({
  vad: z.enum(FOREMALSTYPER, { error: "Formuläret är ogiltigt. Gå tillbaka och försök igen." }),
  slug: text().trim().max(200),
  epost: text()
    .trim()
    .min(1, { error: "Skriv din e-postadress." })
    .max(254, { error: "E-postadressen är för lång." })
    .pipe(z.email({ error: "Skriv e-postadressen i formatet namn@exempel.se." })),
  frekvens,
  idempotensnyckel: z.uuid({ error: "Formuläret är ogiltigt. Ladda om sidan och försök igen." }),
  startad: text().max(200),
  // The honeypot: hidden from people, filled in by naive bots.
  webbplats: text().max(0, { error: "Formuläret kunde inte skickas." }),
});
export type BevakaIn = z.infer<typeof bevakaSchema>;

export const frekvensSchema = frekvens;
