// The form that sets an item's owner and "Granska senast": server and client use this one.
import { z } from "zod";
import { svensktDatum } from "../datum";
import { text } from "../text";

/** How long a confirmation or a new item's first date lasts. */
export const GRANSKNING_MANADER = 12;
/** The first reminder goes this many days before the date; the second on the date. */
export const PAMINNELSE_DAGAR = 14;
/** The latest date one may choose, in years from today: a review date is not a way to never review. */
export const LANGST_AR = 3;

/** "2026-12-04" + months, as a Swedish calendar day (31 January + 1 month is 3 March, as in SQL's overflow). */
export function laggTillManader(datum: string, manader: number): string {
  const [ar, manad, dag] = datum.split("-").map(Number);
  return new Date(Date.UTC(ar, manad - 1 + manader, dag)).toISOString().slice(0, 10);
}

export function laggTillDagar(datum: string, dagar: number): string {
  const [ar, manad, dag] = datum.split("-").map(Number);
  return new Date(Date.UTC(ar, manad - 1, dag + dagar)).toISOString().slice(0, 10);
}

/** A DATE column's value as "2026-12-04", and back. */
export const somDag = (d: Date) => d.toISOString().slice(0, 10);
export const somKolumn = (d: string) => new Date(`${d}T00:00:00Z`);

const finns = (d: string) => {
  const [ar, manad, dag] = d.split("-").map(Number);
  const t = new Date(Date.UTC(ar, manad - 1, dag));
  return t.getUTCFullYear() === ar && t.getUTCMonth() === manad - 1 && t.getUTCDate() === dag;
};

export const SLAG = ["innehall", "insats"] as const;
export type Slag = (typeof SLAG)[number];

export const agareSchema = z.object({
  agare: text().trim().min(1, { error: "Välj vem som äger innehållet." }).max(40, { error: "Välj en ägare i listan." }),
  granskaSenast: text()
    .trim()
    .min(1, { error: "Skriv ett datum för Granska senast." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Skriv datumet som år-månad-dag, till exempel 2027-06-30." })
    .refine(finns, { error: "Datumet finns inte. Skriv ett datum som finns, till exempel 2027-06-30." })
    .refine((d) => d >= svensktDatum(), { error: "Datumet har redan varit. Välj i dag eller ett senare datum." })
    .refine((d) => d <= laggTillManader(svensktDatum(), LANGST_AR * 12), {
      error: `Välj ett datum högst ${LANGST_AR} år fram.`,
    }),
});
export type Agaruppgifter = z.infer<typeof agareSchema>;
