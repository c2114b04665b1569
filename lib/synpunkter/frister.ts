// A case's deadlines: the förvaltning's targets per type, in working days (lib/arbetsdagar.ts),
// for the first answer and for closing. Förvaltningslagen (2017:900) 9 § asks for simple and
// quick handling, and 11 § for a notice to the sender when an answer will be much delayed; the
// targets below are what "quick" means here, and what the inbox, the sender's page and the daily
// summary measure against.
//
// The dates are stored on the case when it arrives (svarSenast, avslutasSenast) so a change of
// target applies to new cases only, and `frist`, the one that applies now, is kept beside them
// so the inbox can sort and page on an index.
import { laggTillArbetsdagar } from "../arbetsdagar";
import { svensktDatum } from "../datum";
import type { SynpunktStatus, SynpunktTyp } from "../db/generated/enums";

export interface Maltid {
  /** Working days from arrival to the first answer. */
  forstaSvar: number;
  /** Working days from arrival to closing. */
  avslut: number;
}

export const MALTIDER: Record<SynpunktTyp, Maltid> = {
  FRAGA: { forstaSvar: 5, avslut: 10 },
  SYNPUNKT: { forstaSvar: 10, avslut: 20 },
  KLAGOMAL: { forstaSvar: 10, avslut: 20 },
  BEROM: { forstaSvar: 10, avslut: 10 },
  // A request for a public record is handled "skyndsamt" (tryckfrihetsförordningen 2 kap. 15 §):
  // decided the day it arrives. 0 working days is the arrival day itself, or the next working
  // day when it arrives on a weekend or a holiday (lib/arbetsdagar.ts).
  BEGARAN: { forstaSvar: 0, avslut: 0 },
};

/** Days a deadline counts as "snart" in the inbox and the daily summary. */
export const SNART_ARBETSDAGAR = 2;

/** A Swedish date as PostgreSQL's `date` comes back through Prisma: midnight UTC of that day. */
export function somDatum(datum: string): Date {
  return new Date(`${datum}T00:00:00.000Z`);
}

/** A stored `date` back to "YYYY-MM-DD". */
export function datumText(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The deadlines of a case that arrives now. */
export function fristerVidAnkomst(typ: SynpunktTyp, ankomst: Date): { svarSenast: Date; avslutasSenast: Date } {
  const dag = svensktDatum(ankomst);
  const mal = MALTIDER[typ];
  return { svarSenast: somDatum(laggTillArbetsdagar(dag, mal.forstaSvar)), avslutasSenast: somDatum(laggTillArbetsdagar(dag, mal.avslut)) };
}

interface Fristlage {
  status: SynpunktStatus;
  forstaSvar: Date | null;
  svarSenast: Date | null;
  avslutasSenast: Date | null;
}

/** The deadline that applies in this state: the first answer's, then closing's, none once closed. */
export function aktuellFrist(s: Fristlage): Date | null {
  if (s.status === "AVSLUTAD") return null;
  return s.forstaSvar ? s.avslutasSenast : s.svarSenast;
}

export type Forsening = "svar" | "avslut";

/** What is late today, if anything: a deadline is met on its own day and late the day after. */
export function forsening(s: Fristlage, idag: string = svensktDatum()): Forsening | null {
  const frist = aktuellFrist(s);
  if (!frist || datumText(frist) >= idag) return null;
  return s.forstaSvar ? "avslut" : "svar";
}

/**
 * Whether the clerk should be offered the förvaltningslagen 11 § notice: no answer yet, and the
 * first answer's deadline passed or within SNART_ARBETSDAGAR working days.
 */
export function borMeddelaForsening(s: Fristlage, idag: string = svensktDatum()): boolean {
  if (s.status === "AVSLUTAD" || s.forstaSvar || !s.svarSenast) return false;
  return datumText(s.svarSenast) <= laggTillArbetsdagar(idag, SNART_ARBETSDAGAR);
}

/** The notice's template: the clerk fills in why and when, and may change every word. */
export function forseningsbeskedMall(arendenummer: string, handlaggare: string): string {
  return `Hej!

Vi har inte kunnat besvara ditt ärende ${arendenummer} så snabbt som vi brukar. Det beror på att [skriv varför, till exempel att vi behöver fråga skolan].

Vi räknar med att kunna svara dig senast [datum].

Vi skickar det här beskedet eftersom förvaltningslagen (2017:900) 11 § säger att vi ska meddela dig när ett svar dröjer väsentligt.

Med vänlig hälsning
${handlaggare}
Grundskoleförvaltningen, Göteborgs Stad`;
}

export const forseningText: Record<Forsening, string> = {
  svar: "Försenad: inget svar",
  avslut: "Försenad: inte avslutad",
};

/**
 * A closed case opened again (by its sender's new message or by staff) gets new deadlines counted
 * from the day it was reopened: the old ones have usually passed, and the new question deserves
 * the same time as a new case. Whether it was answered before decides which applies now.
 */
export function fristerVidAteroppning(
  typ: SynpunktTyp,
  nu: Date,
  besvarad = true,
): { svarSenast: Date; avslutasSenast: Date; frist: Date } {
  const f = fristerVidAnkomst(typ, nu);
  return { ...f, frist: besvarad ? f.avslutasSenast : f.svarSenast };
}
