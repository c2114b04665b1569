// The one place that says which role may do what. Every staff page, server action and route
// handler asks `can`; hiding a button is never the protection.
import type { Roll } from "../db/generated/enums";

export interface Aktor {
  id: string;
  roll: Roll;
  /** The school a rektor is scoped to. */
  skolaId: string | null;
}

export type Behorighet =
  | "personal.oversikt"
  | "konto.eget"
  | "insats.lasa"
  | "insats.uppdatera"
  | "insats.redigera"
  | "pilot.hantera"
  | "innehall.redigera"
  | "innehall.granska"
  | "innehall.publicera-utan-granskning"
  | "synpunkt.lasa"
  | "synpunkt.hantera"
  | "synpunkt.vidarebefordrad"
  | "synpunkt.statistik"
  | "synpunkt.exportera"
  | "diarium.exportera"
  | "diarium.sekretess"
  | "svarsmall.hantera"
  | "tvastegs.valfri"
  | "anvandare.hantera"
  | "anvandare.ta-bort"
  | "granskningslogg.lasa"
  | "jobb.lasa"
  | "besok.lasa";

const regler: Record<Behorighet, readonly Roll[]> = {
  "personal.oversikt": ["ADMIN", "REDAKTOR", "HANDLAGGARE", "REKTOR"],
  // One's own sessions, password and second factor.
  "konto.eget": ["ADMIN", "REDAKTOR", "HANDLAGGARE", "REKTOR"],
  "insats.lasa": ["ADMIN", "REDAKTOR", "REKTOR"],
  // A rektor only for insatser that concern their own school: see `can`.
  "insats.uppdatera": ["ADMIN", "REDAKTOR", "REKTOR"],
  "insats.redigera": ["ADMIN", "REDAKTOR"],
  "pilot.hantera": ["ADMIN", "REDAKTOR"],
  // Drafts, preview, publishing, history and restoring of everything the public site says.
  "innehall.redigera": ["ADMIN", "REDAKTOR"],
  // Review before publishing (lib/innehall/granskning.ts): approve or send back someone else's draft.
  "innehall.granska": ["ADMIN", "REDAKTOR"],
  // Publish an item that needs review without it (with a reason), and turn review on for an item.
  "innehall.publicera-utan-granskning": ["ADMIN"],
  "synpunkt.lasa": ["ADMIN", "HANDLAGGARE"],
  "synpunkt.hantera": ["ADMIN", "HANDLAGGARE"],
  // A rektor reads, answers and writes notes on the cases a handläggare forwarded to their own
  // school, and no other: see `can`, `skolor` being the school a case is forwarded to now.
  "synpunkt.vidarebefordrad": ["REKTOR"],
  "synpunkt.statistik": ["ADMIN", "HANDLAGGARE"],
  // The export carries message texts out of the portal, so it is a right of its own.
  "synpunkt.exportera": ["ADMIN", "HANDLAGGARE"],
  // The diarium's registration fields are public anyway; a marked case's are masked (below).
  "diarium.exportera": ["ADMIN", "REDAKTOR", "HANDLAGGARE", "REKTOR"],
  // Seeing what a case marked "kan omfattas av sekretess" is about: those who handle cases.
  "diarium.sekretess": ["ADMIN", "HANDLAGGARE"],
  // The answer templates every handläggare picks from: the förvaltning's voice, kept by admins.
  "svarsmall.hantera": ["ADMIN"],
  // Signing in with a password without a second factor, and turning it off: not admins
  // (demo accounts and Entra ID sign-ins are the exceptions, lib/auth/tvastegs.ts).
  "tvastegs.valfri": ["REDAKTOR", "HANDLAGGARE", "REKTOR"],
  // Create, change, disable, sign out and send a password link.
  "anvandare.hantera": ["ADMIN"],
  // Deleting an account removes its personal data for good: a right of its own.
  "anvandare.ta-bort": ["ADMIN"],
  "granskningslogg.lasa": ["ADMIN"],
  // The background jobs' runs: their messages speak of the whole portal's data.
  "jobb.lasa": ["ADMIN"],
  // The usage figures (/personal/besok): counts per page, entry domain and search, nothing personal.
  "besok.lasa": ["ADMIN", "REDAKTOR"],
};

export const behorigheter = Object.keys(regler) as Behorighet[];

/**
 * `skolor`: for insats.uppdatera, the ids of the schools the insats concerns; for
 * synpunkt.vidarebefordrad, the school the case is forwarded to (none when it is not forwarded).
 */
export function can(aktor: Pick<Aktor, "roll" | "skolaId"> | null, behorighet: Behorighet, resurs?: { skolor?: string[] }): boolean {
  if (!aktor || !regler[behorighet].includes(aktor.roll)) return false;
  if ((behorighet === "insats.uppdatera" || behorighet === "synpunkt.vidarebefordrad") && aktor.roll === "REKTOR") {
    return aktor.skolaId !== null && (resurs?.skolor ?? []).includes(aktor.skolaId);
  }
  return true;
}

export class ForbiddenError extends Error {
  constructor(behorighet: Behorighet) {
    super(`Du har inte behörighet till det här (${behorighet}).`);
    this.name = "ForbiddenError";
  }
}

export function authorize(aktor: Aktor | null, behorighet: Behorighet, resurs?: { skolor?: string[] }): asserts aktor is Aktor {
  if (!can(aktor, behorighet, resurs)) throw new ForbiddenError(behorighet);
}
