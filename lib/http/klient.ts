// Which client sent a request, as far as the proxies we trust can tell. Each trusted proxy
// appends the address it saw to X-Forwarded-For; entries to the left of those are the client's
// own word and can be anything. PROXY_ANTAL says how many trusted proxies stand in front of the
// portal (deploy/nginx.conf is one), so the client is the entry that many places from the end.
// The portal's instances must only be reachable through those proxies.
import { config } from "../config";

/** The client's address, or "okand" when the request did not pass the trusted proxies. */
export function klientadress(headers: Headers, antal = config().PROXY_ANTAL): string {
  const kedja = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // With no proxy in front, Next fills in the socket's address only when the client sent none,
  // so a client-sent value cannot be told from it: no address is trusted.
  if (antal === 0 || kedja.length < antal) return "okand";
  return kedja[kedja.length - antal];
}
