// The public pages' cache, and the one way to expire it.
//
// Pages in app/(public) are kept whole in Next.js's page cache (incremental static
// regeneration): made on their first request, stored through runtime/cache-handler.mjs (Redis when
// REDIS_URL is set, so every instance shares one copy), and made again when one of its tags
// is expired or after the layout's one-second `revalidate`, in the background while the last copy
// is served. Their data is cached with `cachad` below, each query tagged with the items and lists
// it read (lib/taggar.ts: `skola(slug)`, `meny`, …), and a page inherits the tags of the data it
// read, so expiring a tag expires exactly the pages that show that item, on every instance. A
// write expires the tags of what it changed (a content type declares them in `taggar`), never a
// whole kind of page: one key figure's publish makes the start page again, nothing else.
//
// `cachad` is the one place that names Next.js's data cache: unstable_cache today, whose tags
// must be known from the arguments before the query runs. Where a page shows another item found
// only by reading (a page's parent, an insats's schools), either the parent is read through its
// own cached query (getSida reads the parent's title through getSidrubrik), or the write looks up
// who shows the item and expires their tags (lib/insatser/taggar.ts). Next 16's 'use cache' with
// cacheTag could tag from the result; README.md ("Drift") says why it waits.
//
// Opting out: a page that calls `auth()`, `cookies()`, `headers()`, `connection()` or reads
// `searchParams` is rendered per request instead, automatically: Next.js then sends it as
// `private, no-cache, no-store`, so neither the page cache nor a proxy (deploy/nginx.conf) ever
// shares it. Anything that differs per visitor (a session, a case key, a draft preview, a form's
// idempotency key) must therefore be read through one of those calls, which every such page does
// anyway; `await connection()` first thing in the page makes the intent explicit. A page that
// shows per-visitor data without one of those calls would be cached and shared: don't.
import { revalidateTag, unstable_cache } from "next/cache";
import { expireOutsideRequest } from "@/runtime/process-wide.mjs";

export { taggar, type Tag } from "./taggar";
import type { Tag } from "./taggar";

/** Longest a public page's data is kept before it is read again even without a change. */
export const REVALIDATE_SECONDS = 300;

/**
 * A query whose result is kept in the data cache (shared between instances) under `namn` and its
 * arguments, tagged with `taggarFor(...arguments)`: the items and lists it reads. Results pass
 * through JSON, so dates come back as ISO strings.
 */
export function cachad<A extends unknown[], R>(
  namn: string,
  fraga: (...args: A) => Promise<R>,
  taggarFor: (...args: A) => readonly Tag[],
): (...args: A) => Promise<R> {
  return (...args: A) => unstable_cache(fraga, [namn], { tags: [...new Set(taggarFor(...args))], revalidate: REVALIDATE_SECONDS })(...args);
}

/**
 * Whether a tag expired outside a request (a background job) reaches the cache: true in a server
 * process once it has served its first request. Scripts and tests have no page cache at all.
 */
export function kanForfallaUtanforBegaran(): boolean {
  return expireOutsideRequest() !== undefined;
}

/**
 * Expires the tags' data and pages at once, on every instance (the shared cache handler).
 * Every domain write path calls this after its transaction commits; pages never do. The next
 * request for an affected page waits for a fresh render instead of being served the old one; a
 * render that was under way during the write is not stored (runtime/cache-handler.mjs).
 * Outside a request (a background job) it goes to the cache handler directly, to the same effect.
 */
export function expireTags(...lista: Tag[]): void {
  for (const tag of new Set(lista)) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
      // A script or a test writing outside a running server has no page cache to expire.
      void expireOutsideRequest()?.([tag]);
    }
  }
}
