import type { EnkatSvar, SynpunktStatus, SynpunktTyp } from "../db/generated/enums";

export const synpunktTyper: Record<SynpunktTyp, { etikett: string; hjalp: string }> = {
  FRAGA: { etikett: "Fråga", hjalp: "Du vill veta något." },
  SYNPUNKT: { etikett: "Synpunkt", hjalp: "Du vill tycka till eller föreslå något." },
  KLAGOMAL: { etikett: "Klagomål", hjalp: "Något har inte fungerat som det ska." },
  BEROM: { etikett: "Beröm", hjalp: "Något har fungerat bra." },
  // Made only by the form "Begär ut handling" (/diarium/begar-ut), never chosen on /kontakt.
  BEGARAN: { etikett: "Begäran om allmän handling", hjalp: "Du vill ha en kopia av en allmän handling." },
};

/** The types a sender chooses between on /kontakt; a BEGARAN has its own form. */
export const KONTAKTTYPER = ["FRAGA", "SYNPUNKT", "KLAGOMAL", "BEROM"] as const satisfies readonly SynpunktTyp[];

export const synpunktStatusar: Record<SynpunktStatus, string> = {
  MOTTAGEN: "Mottagen",
  UNDER_HANDLAGGNING: "Under handläggning",
  BESVARAD: "Besvarad",
  AVSLUTAD: "Avslutad",
};

/** "GF-2026-00042": the case number the sender is given. */
export function arendenummer(lopnummer: number, skapad: Date | string): string {
  return `GF-${new Date(skapad).getUTCFullYear()}-${String(lopnummer).padStart(5, "0")}`;
}

/** What each status means, in the words the sender reads on the case page and in e-mail. */
export const statusForklaring: Record<SynpunktStatus, string> = {
  MOTTAGEN: "Vi har tagit emot ditt ärende. En handläggare kommer att läsa det.",
  UNDER_HANDLAGGNING: "En handläggare arbetar med ditt ärende.",
  BESVARAD: "Vi har svarat dig. Du kan skriva till oss här om du undrar något mer.",
  AVSLUTAD: "Ärendet är avslutat.",
};

export const enkatSvar: Record<EnkatSvar, string> = { JA: "Ja", DELVIS: "Delvis", NEJ: "Nej" };
