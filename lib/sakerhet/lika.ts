import { timingSafeEqual } from "node:crypto";

/**
 * True when a signature received equals the one expected, compared in constant time so the
 * answer's timing does not tell how much of a forgery was right. Only the length may leak.
 */
export function lika(vantat: string, fatt: string): boolean {
  const a = Buffer.from(vantat);
  const b = Buffer.from(fatt);
  return a.length === b.length && timingSafeEqual(a, b);
}
