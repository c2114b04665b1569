import type { InsatsStatus } from "../db/generated/enums";

/** Every insats status with its Swedish label, in the order a reader meets them. */
export const insatsStatusar: Record<InsatsStatus, { etikett: string; beskrivning: string }> = {
  PLANERAD: { etikett: "Planerad", beskrivning: "Arbetet är beslutat men har inte börjat." },
  PAGAR: { etikett: "Pågår", beskrivning: "Arbetet är igång." },
  PAUSAD: { etikett: "Pausad", beskrivning: "Arbetet vilar tills vidare." },
  KLAR: { etikett: "Klar", beskrivning: "Arbetet är genomfört." },
};

export function statusEtikett(status: InsatsStatus): string {
  return insatsStatusar[status].etikett;
}

/** What one history entry changed, in a sentence: "Status ändrad från planerad till pågår, 0 % → 15 % klart". */
export function beskrivUppdatering(u: {
  franStatus: InsatsStatus | null;
  tillStatus: InsatsStatus;
  franProgress: number | null;
  tillProgress: number;
}): string {
  const status =
    u.franStatus && u.franStatus !== u.tillStatus
      ? `Status ändrad från ${statusEtikett(u.franStatus).toLowerCase()} till ${statusEtikett(u.tillStatus).toLowerCase()}`
      : `Status: ${statusEtikett(u.tillStatus).toLowerCase()}`;
  const progress =
    u.franProgress !== null && u.franProgress !== u.tillProgress
      ? `${u.franProgress} % → ${u.tillProgress} % klart`
      : `${u.tillProgress} % klart`;
  return `${status}, ${progress}`;
}
