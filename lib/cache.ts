// The public pages' cache, and the one way to expire it.
//
// Pages in app/(public) are kept whole in Next.js's page cache (incremental static
// regeneration): made on their first request, stored through runtime/cache-handler.mjs (Redis when
// REDIS_URL is set, so every instance shares one copy), and made again when one of the tags below
// is expired or after the layout's one-second `revalidate`, in the background while the last copy
// is served. Their data is cached under the same tags (unstable_cache in lib/*/queries.ts), and a
// page inherits the tags of the data it read, so expiring a tag expires exactly the pages that
// show that data, on every instance.
//
// Opting out: a page that calls `auth()`, `cookies()`, `headers()`, `connection()` or reads
// `searchParams` is rendered per request instead, automatically: Next.js then sends it as
// `private, no-cache, no-store`, so neither the page cache nor a proxy (deploy/nginx.conf) ever
// shares it. Anything that differs per visitor (a session, a case key, a draft preview, a form's
// idempotency key) must therefore be read through one of those calls, which every such page does
// anyway; `await connection()` first thing in the page makes the intent explicit. A page that
// shows per-visitor data without one of those calls would be cached and shared: don't.
import { revalidateTag } from "next/cache";
import { expireOutsideRequest } from "@/runtime/process-wide.mjs";

export { tags, type Tag } from "./taggar";
import type { Tag } from "./taggar";

/** Longest a public page's data is kept before it is read again even without a change. */
export const REVALIDATE_SECONDS = 300;

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
  for (const tag of lista) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
      // A script or a test writing outside a running server has no page cache to expire.
      void expireOutsideRequest()?.([tag]);
    }
  }
}
