import { PLATSHALLARE } from "@/lib/synpunkter/svarsmallar";
import { synpunktTyper } from "@/lib/synpunkter/typer";

export const typval = [
  { varde: "", etikett: "Alla typer" },
  ...Object.entries(synpunktTyper).map(([varde, t]) => ({ varde, etikett: t.etikett })),
];
export const mallhjalp = `Platshållare som fylls i från ärendet: ${Object.entries(PLATSHALLARE)
  .map(([n, b]) => `{${n}} ${b}`)
  .join("; ")}.`;
