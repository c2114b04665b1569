// An insats's planned period and whether it is late: the one rule the pages, "Så går det" and
// its tests share. Planned days are calendar days in Sweden, kept as "2026-12-04".
import type { InsatsStatus } from "../db/generated/enums";
import { formatDatum, svensktDatum } from "../datum";

export interface Plan {
  status: InsatsStatus;
  planeradSlut: string | null;
  arkiverad?: string | Date | null;
}

/**
 * Late: the planned end day has passed in Sweden and the insats is not done. The end day itself
 * is not late; an archived insats is no longer pursued, so it is not late either.
 */
export function arForsenad(insats: Plan, nu: Date = new Date()): boolean {
  if (!insats.planeradSlut || insats.status === "KLAR" || insats.arkiverad) return false;
  return svensktDatum(nu) > insats.planeradSlut;
}

/** A date column (@db.Date, midnight UTC) as its calendar day, "2026-12-04". */
export function dag(d: Date | string | null): string | null {
  return d === null ? null : new Date(d).toISOString().slice(0, 10);
}

/** "1 mars 2026 – 30 juni 2027", "från 1 mars 2026", "till 30 juni 2027", or null with neither. */
export function planeradPeriod(start: string | null, slut: string | null): string | null {
  const visa = (d: string) => formatDatum(`${d}T12:00:00Z`);
  if (start && slut) return `${visa(start)} – ${visa(slut)}`;
  if (start) return `från ${visa(start)}`;
  if (slut) return `till ${visa(slut)}`;
  return null;
}
