import type { Stadsomrade } from "../db/generated/enums";

export const stadsomraden: Record<Stadsomrade, string> = {
  CENTRUM: "Centrum",
  HISINGEN: "Hisingen",
  NORDOST: "Nordost",
  SYDVAST: "Sydväst",
};

/** "F–9", "4–6": förskoleklass is grade 0. */
export function arskurser(fran: number, till: number): string {
  const namn = (n: number) => (n === 0 ? "F" : String(n));
  return `${namn(fran)}–${namn(till)}`;
}
