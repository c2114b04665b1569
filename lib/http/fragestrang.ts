/**
 * A query string without Next's `_rsc` (the client router's cache-buster, not part of the
 * address), otherwise exactly as sent: `?q=skola&` is another address than `?q=skola`.
 */
export function utanRsc(sokstrang: string): string {
  const kvar = sokstrang.replace(/^\?/, "").split("&").filter((d) => !/^_rsc(=|$)/.test(d)).join("&");
  return kvar ? `?${kvar}` : "";
}
