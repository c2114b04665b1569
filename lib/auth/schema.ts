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

/** The sign-in's second step: a code from the app (six digits) or a recovery code. */
export const kodSchema = z.object({
  halv: text().min(1),
  kod: text()
    .trim()
    .min(1, { error: "Skriv koden från appen." })
    .max(20, { error: "Koden är för lång. Skriv de sex siffrorna från appen, eller en reservkod." }),
});

export const MIN_TECKEN = 12;
export const MAX_TECKEN = 128;
/** Length counted in characters as a person sees them (å is one, an emoji is one). */
const tecken = (s: string) => [...s].length;

/**
 * A new password: 12–128 characters of any kind, no composition rules (ASVS 2.1.1, 2.1.2, 2.1.9).
 * The check against common and breached passwords follows on the server (losenordsregler.ts).
 */
export const nyttLosenord = text()
  .refine((s) => tecken(s) >= MIN_TECKEN, { error: `Lösenordet ska vara minst ${MIN_TECKEN} tecken.` })
  .refine((s) => tecken(s) <= MAX_TECKEN, { error: `Lösenordet får vara högst ${MAX_TECKEN} tecken. Välj ett kortare.` });

/** "Byt lösenord": the current password, and the new one twice. */
export const bytLosenordSchema = z
  .object({
    nuvarande: text().min(1, { error: "Skriv ditt nuvarande lösenord." }).max(200, { error: "Lösenordet är för långt." }),
    nytt: nyttLosenord,
    upprepa: text(),
  })
  .refine((v) => v.nytt === v.upprepa, { path: ["upprepa"], error: "Lösenorden är inte likadana. Skriv samma nya lösenord två gånger." })
  .refine((v) => v.nytt !== v.nuvarande, { path: ["nytt"], error: "Välj ett annat lösenord än det du har nu." });
export type BytLosenord = z.infer<typeof bytLosenordSchema>;

/** A change to one's second factor (new recovery codes, turning it off): the password and a code. */
export const tvastegsBekraftelseSchema = z.object({
  losenord: text().min(1, { error: "Skriv ditt lösenord." }).max(200, { error: "Lösenordet är för långt." }),
  kod: text()
    .trim()
    .min(1, { error: "Skriv koden från appen." })
    .max(20, { error: "Koden är för lång. Skriv de sex siffrorna från appen." }),
});
export type TvastegsBekraftelse = z.infer<typeof tvastegsBekraftelseSchema>;

/** Choosing a password through an admin's link: the new one twice (the same rules as above). */
export const nyttLosenordViaLankSchema = z
  .object({ nytt: nyttLosenord, upprepa: text() })
  .refine((v) => v.nytt === v.upprepa, { path: ["upprepa"], error: "Lösenorden är inte likadana. Skriv samma nya lösenord två gånger." });
export type NyttLosenordViaLank = z.infer<typeof nyttLosenordViaLankSchema>;
