// The page's tables as CSV (tabell.csv/route.ts) and their names, in one place.
import { csvRad, BOM } from "@/lib/csv";
import type { Besoksstatistik } from "@/lib/besok/queries";

export const TABELLER = {
  dagar: {
    rubrik: "Sidvisningar per dag",
    kolumner: ["dag", "sidvisningar"],
    rader: (s: Besoksstatistik) => s.perDag.map((d) => [d.dag, d.antal]),
  },
  sidor: {
    rubrik: "Sidvisningar per sida",
    kolumner: ["sida", "sidvisningar"],
    rader: (s: Besoksstatistik) => s.sidor.map((r) => [r.namn, r.antal]),
  },
  kallor: {
    rubrik: "Ingångar från andra webbplatser",
    kolumner: ["webbplats", "ingangar"],
    rader: (s: Besoksstatistik) => s.kallor.map((r) => [r.namn, r.antal]),
  },
  sokningar: {
    rubrik: "Sökningar",
    kolumner: ["sokning", "antal", "utan_traffar"],
    rader: (s: Besoksstatistik) => s.sokningar.map((r) => [r.namn, r.antal, r.utanTraffar]),
  },
  "utan-traffar": {
    rubrik: "Sökningar utan träffar",
    kolumner: ["sokning", "utan_traffar"],
    rader: (s: Besoksstatistik) => s.utanTraffar.map((r) => [r.namn, r.antal]),
  },
} as const;

export type Tabell = keyof typeof TABELLER;
export const arTabell = (t: string | null): t is Tabell => t !== null && Object.hasOwn(TABELLER, t);

export function tabellCsv(tabell: Tabell, s: Besoksstatistik): string {
  const t = TABELLER[tabell];
  return (
    BOM +
    csvRad(t.kolumner) +
    t
      .rader(s)
      .map((r) => csvRad(r))
      .join("")
  );
}
