// "Kan omfattas av sekretess": the grounds a handläggare can mark a case with. A marked case shows
// in the public diarium with its number and date only, and its ärendemening and ground are withheld
// from exports by those without the right "diarium.sekretess".

export const sekretessgrunder = {
  OSL_23_2: "OSL 23 kap. 2 § – uppgift om elevs personliga förhållanden",
  OSL_26_1: "OSL 26 kap. 1 § – socialtjänst",
  OSL_25_1: "OSL 25 kap. 1 § – hälso- och sjukvård",
  OSL_21_1: "OSL 21 kap. 1 § – uppgift om hälsa eller sexualliv",
} as const;

export type Sekretessgrund = keyof typeof sekretessgrunder;

export const SEKRETESSGRUNDER = Object.keys(sekretessgrunder) as [Sekretessgrund, ...Sekretessgrund[]];

/** What the public diarium says in place of a marked case's fields. */
export const SEKRETESSTEXT = "Handling som kan omfattas av sekretess";

/** A stored ground's words; a key no longer in the list is shown as it is. */
export function sekretessgrund(nyckel: string): string {
  return (sekretessgrunder as Record<string, string>)[nyckel] ?? nyckel;
}
