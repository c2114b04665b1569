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
