// Keyed hashes with the app's secret (AUTH_SECRET): for keys that must not reveal what they
// count, and for signatures. Platform code: every domain may use it, none owns it.
import { createHmac } from "node:crypto";

export function hemlighet(): string {
  const s = process.env.AUTH_SECRET;
  if (!s && process.env.NODE_ENV === "production") throw new Error("AUTH_SECRET saknas");
  return s ?? "utvecklingsnyckel-endast-lokalt";
}

/** A keyed hash (HMAC-SHA-256 with AUTH_SECRET): for keys that must not reveal what they count. */
export const hmac = (text: string) => createHmac("sha256", hemlighet()).update(text).digest("base64url");
