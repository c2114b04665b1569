import { hmac } from "./hmac";

/**
 * A keyed hash of the client's address (lib/http/klient.ts finds the address): rate limits count
 * on it, and the address itself is never stored.
 */
export function klientnyckel(adress: string): string {
  return hmac(`klient:${adress}`).slice(0, 32);
}
