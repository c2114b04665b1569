import { z } from "zod";
import { text as formText } from "@/lib/text";

export const STATUSAR = ["PLANERAD", "PAGAR", "PAUSAD", "KLAR"] as const;

/** The staff form that records a new status for an insats: server and client use this one. */
export const uppdateringSchema = z
  .object({
    status: z.enum(STATUSAR, { error: "Välj en status." }),
    progress: z.coerce
      .number({ error: "Skriv hur många procent som är klart, ett tal mellan 0 och 100." })
      .int({ error: "Skriv ett heltal mellan 0 och 100." })
      .min(0, { error: "Skriv ett tal mellan 0 och 100." })
      .max(100, { error: "Skriv ett tal mellan 0 och 100." }),
    kommentar: formText()
      .trim()
      .min(1, { error: "Skriv vad som har hänt: kommentaren visas för allmänheten." })
      .max(2000, { error: "Kommentaren får vara högst 2 000 tecken." }),
    version: z.coerce.number().int().min(1),
  })
  .refine((v) => v.status !== "KLAR" || v.progress === 100, {
    path: ["progress"],
    error: "En klar insats ska vara 100 % klar.",
  });
export type Uppdatering = z.infer<typeof uppdateringSchema>;

export const insatsfilterSchema = z.object({
  status: z.enum(STATUSAR).optional().catch(undefined),
  omrade: formText().max(100).optional().catch(undefined),
  program: formText().max(100).optional().catch(undefined),
  skola: formText().max(100).optional().catch(undefined),
  ansvarig: formText().max(200).optional().catch(undefined),
  q: formText().trim().max(200).optional().catch(undefined),
});
export type Insatsfilter = z.infer<typeof insatsfilterSchema>;

const text = (falt: string, max: number) =>
  formText()
    .trim()
    .min(1, { error: `Skriv ${falt}.` })
    .max(max, { error: `Högst ${max.toLocaleString("sv-SE")} tecken.` });

/** A planned day from a date field, "2027-06-30"; empty means not planned. */
const planeradDag = formText()
  .trim()
  .transform((v) => v || null)
  .pipe(z.iso.date({ error: "Skriv datumet som år-månad-dag, till exempel 2027-06-30." }).nullable());

/** A redaktör editing an insats's text, its planned period and the schools it concerns. */
export const redigeringSchema = z
  .object({
    titel: text("en titel", 200),
    beskrivning: text("en beskrivning", 2000),
    ansvarigEnhet: text("vilken enhet som ansvarar", 200),
    planeradStart: planeradDag.default(null),
    planeradSlut: planeradDag.default(null),
    skolor: z.array(formText().min(1).max(100)).max(300).default([]),
    version: z.coerce.number().int().min(1),
  })
  .refine((v) => !v.planeradStart || !v.planeradSlut || v.planeradSlut >= v.planeradStart, {
    path: ["planeradSlut"],
    error: "Det planerade slutet kan inte vara före den planerade starten.",
  });
/** Planned days left out (undefined) are left as they are; null clears them. */
export type Redigering = Omit<z.infer<typeof redigeringSchema>, "planeradStart" | "planeradSlut"> &
  Partial<Pick<z.infer<typeof redigeringSchema>, "planeradStart" | "planeradSlut">>;

/** A new insats or delinsats; it starts as planerad. */
export const nyInsatsSchema = z.object({
  titel: text("en titel", 200),
  beskrivning: text("en beskrivning", 2000),
  ansvarigEnhet: text("vilken enhet som ansvarar", 200),
  parent: formText()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
});
export type NyInsats = z.input<typeof nyInsatsSchema>;
