// Pages whose query string is their content (search, the school filter): one address per query,
// shared like a page.

/**
 * What such a page's canonical address is sent with (proxy.ts): what Next sends a cached public
 * page (the layout's one-second revalidate, next.config.ts's day of expireTime), so nginx keeps
 * and refreshes it exactly like one.
 */
export const SOM_EN_SIDA = "s-maxage=1, stale-while-revalidate=86399";

/** A query string without Next's `_rsc` (the client router's cache-buster, not part of the address). */
export function utanRsc(sokstrang: string): string {
  const kvar = sokstrang
    .replace(/^\?/, "")
    .split("&")
    .filter((d) => !/^_rsc(=|$)/.test(d))
    .join("&");
  return kvar ? `?${kvar}` : "";
}
