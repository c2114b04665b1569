import type { APIRequestContext } from "@playwright/test";

/** Every page reachable from the start page by following links, the way a visitor could. */
export async function crawl(request: APIRequestContext, limit = 300): Promise<string[]> {
  const seen = new Set<string>(["/"]);
  const queue = ["/"];
  while (queue.length > 0 && seen.size < limit) {
    const path = queue.shift()!;
    const res = await request.get(path);
    if (!res.ok() || !(res.headers()["content-type"] ?? "").includes("text/html")) continue;
    const html = await res.text();
    for (const [, href] of html.matchAll(/<a\s[^>]*href="(\/[^"#?]*)/g)) {
      const clean = href.replace(/\/$/, "") || "/";
      // Atom feeds are XML for feed readers, not pages; the feed tests read them.
      if (clean.startsWith("/api/") || clean.startsWith("/_next/") || clean.endsWith("/atom") || seen.has(clean)) continue;
      seen.add(clean);
      queue.push(clean);
    }
  }
  return [...seen].sort();
}
