import { hmac } from "./hmac";
import { lika } from "./lika";

/** `värde.signatur`, for links that must not be guessable but need no row of their own. */
export function signera(varde: string, syfte: string): string {
  return `${varde}.${hmac(`${syfte}:${varde}`).slice(0, 32)}`;
}

/** The value of a token made by signera, or null when the signature does not match. */
export function kontrollera(token: string, syfte: string): string | null {
  const punkt = token.lastIndexOf(".");
  if (punkt < 1 || token.length > 200) return null;
  const varde = token.slice(0, punkt);
  return lika(signera(varde, syfte), token) ? varde : null;
}
