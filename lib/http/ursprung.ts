/**
 * A form post from a page of ours: browsers say so in Sec-Fetch-Site, and older ones at least
 * send an Origin naming this host. A link or form on another site can then not post in a
 * visitor's name (an export that writes to the audit log, a flood of page answers).
 */
export function franOssSjalva(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = request.headers.get("origin");
  if (origin === null || origin === "null") return false;
  try {
    return new URL(origin).host === request.headers.get("host");
  } catch {
    return false;
  }
}
