// "Ni sa – vi gjorde": the public sees how many cases were linked to an insats only from this many;
// a smaller number could point at the one person who wrote. The cases' domain links them
// (lib/synpunkter/insatskoppling.ts) and takes the rule from here, through index.ts.

/** The fewest links an insats's public page shows a number for. */
export const KOPPLINGSTROSKEL = 3;

/** The public number for a count of links: null below the threshold, so nothing shows. */
export function offentligtAntal(antal: number): number | null {
  return antal >= KOPPLINGSTROSKEL ? antal : null;
}
