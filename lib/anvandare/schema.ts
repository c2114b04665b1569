import { z } from "zod";
import { nyttLosenord } from "@/lib/auth/schema";
import { text } from "@/lib/text";

export const ROLLER = ["ADMIN", "REDAKTOR", "HANDLAGGARE", "REKTOR"] as const;

const skola = text()
  .trim()
  .transform((v) => v || null)
  .nullable();

const rektorKraverSkola = <T extends { roll: string; skolaId: string | null }>(v: T) => v.roll !== "REKTOR" || Boolean(v.skolaId);
const skolfel = { path: ["skolaId"], error: "Välj vilken skola rektorn ansvarar för." };

/** An admin creating a staff account. */
export const nyttKontoSchema = z
  .object({
    email: text()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "Skriv e-postadressen i formatet namn@exempel.se." })),
    name: text().trim().min(1, { error: "Skriv personens namn." }).max(200, { error: "Namnet får vara högst 200 tecken." }),
    roll: z.enum(ROLLER, { error: "Välj en roll." }),
    skolaId: skola,
    losenord: nyttLosenord,
  })
  .refine(rektorKraverSkola, skolfel);
export type NyttKonto = z.infer<typeof nyttKontoSchema>;

/** An admin changing an account's role, school or whether it may sign in. */
export const kontoAndringSchema = z
  .object({
    roll: z.enum(ROLLER, { error: "Välj en roll." }),
    skolaId: skola,
    aktiv: z.enum(["ja", "nej"]).transform((v) => v === "ja"),
  })
  .refine(rektorKraverSkola, skolfel);
export type KontoAndring = z.infer<typeof kontoAndringSchema>;

/** "Ta bort kontot": the admin ticks that they mean it. */
export const taBortKontoSchema = z.object({
  bekrafta: z.literal("ja", { error: "Kryssa i rutan för att bekräfta att kontot ska tas bort för gott." }),
});
