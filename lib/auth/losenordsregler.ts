// The last password rule (NIST SP 800-63B, ASVS 2.1.7): not one that is common, found in
// breaches or easy to guess. It uses zxcvbn-ts with its list of common and breached passwords,
// on the server only (the list is large), after the length rules of `nyttLosenord` in schema.ts.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

/** zxcvbn's scale: 3 is "safely unguessable" (about 10^8 guesses or more). */
const MIN_POANG = 3;

let zxcvbn: ZxcvbnFactory | undefined;

export const VANLIGT_LOSENORD =
  "Lösenordet är för lätt att gissa: det är vanligt, finns i listor över läckta lösenord eller följer ett enkelt mönster. Välj ett annat, gärna flera ord i en följd som bara du känner till.";

/** A message when the password is too easy to guess; `om` holds the person's name and e-mail. */
export function forLattAttGissa(losenord: string, om: string[] = []): string | null {
  zxcvbn ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  // zxcvbn's cost grows with length; past 100 characters a password is long enough anyway.
  const ord = om
    .flatMap((o) => [o, ...o.split(/[@\s]+/)])
    .filter((o) => o.length >= 3)
    .map((o) => o.toLowerCase());
  const { score } = zxcvbn.check(losenord.slice(0, 100), ord);
  return score < MIN_POANG ? VANLIGT_LOSENORD : null;
}
