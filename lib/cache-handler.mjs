// Next.js's page cache and data cache (whole public pages, unstable_cache entries, tag
// expiry) for one or several instances.
//
// Without REDIS_URL this is Next's own file-system cache: one instance, as before.
// With REDIS_URL every instance reads and writes one shared cache in Redis, and a tag expired by
// a staff action on one instance (updateTag) deletes the entries on all of them.
//
// Redis is a cache, never the source of truth: when it is slow or down, a read is a miss and the
// page is rendered from PostgreSQL; writes and expiries fail quietly. An instance that loses its
// connection empties the shared cache when it gets it back, since a tag it expired meanwhile
// may not have reached Redis.
//
// Loaded by Next.js at run time, outside the bundle, so it is plain JavaScript.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CacheHandler as SharedCacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import pino from "pino";
import { createClient } from "redis";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const redisUrl = process.env.REDIS_URL || "";
/** Longest a cache read or write may take before the page is rendered without it. */
const TIMEOUT_MS = Number(process.env.REDIS_TIMEOUT_MS || 500);
/** How long Redis keeps an entry: next.config.ts's expireTime, a day. */
const EXPIRE_SECONDS = 86_400;
const log = pino({ name: "cache", level: process.env.LOG_LEVEL || "info", base: undefined });

function buildId(serverDistDir) {
  try {
    return readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
  } catch {
    return "dev";
  }
}

/** Deletes every key under the prefix (the cache entries and their tag maps). */
async function emptyCache(client, prefix) {
  let removed = 0;
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
    if (keys.length) removed += await client.unlink(keys);
  }
  return removed;
}

function configureRedis(serverDistDir) {
  // One prefix per build: two releases sharing a Redis never read each other's entries.
  const prefix = `${process.env.REDIS_PREFIX || "grundskoleportalen:"}${buildId(serverDistDir)}:`;
  const client = createClient({
    url: redisUrl,
    // Fail at once while disconnected instead of queueing: the page is rendered without the cache.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  let lost = false;
  client.on("error", (err) => {
    if (!lost) log.warn({ err: err.message }, "Redis svarar inte; sidorna läses från databasen");
    lost = true;
  });
  client.on("ready", () => {
    if (!lost) return log.info("Redis ansluten: delad cache");
    lost = false;
    emptyCache(client, prefix)
      .then((n) => log.info({ borttagna: n }, "Redis åter; den delade cachen tömd"))
      .catch((err) => log.warn({ err: err.message }, "Kunde inte tömma cachen efter avbrott"));
  });
  client.connect().catch(() => {
    // The reconnect strategy keeps trying; until then every read is a miss.
  });
  return {
    handlers: [createRedisHandler({ client, keyPrefix: prefix, timeoutMs: TIMEOUT_MS })],
    // Keep an entry as long as Next may serve it stale (next.config.ts expireTime), not the
    // handler's default of 1.5 × revalidate: a public page revalidates every second, and must
    // stay in Redis for the other instances (and for a database outage) long after that.
    ttl: { estimateExpireAge: (staleAge) => Math.max(staleAge, EXPIRE_SECONDS) },
  };
}

// Next may load this module more than once in one process; one Redis connection serves them all.
const shared = Symbol.for("grundskoleportalen.redis-cache");

// Background jobs (scheduled publishing) run outside any request, where revalidateTag has no
// store to work with and throws. They expire tags through the handler instead: the call Next
// makes at the end of a request that used revalidateTag(tag, { expire: 0 }). With Redis that
// deletes the tagged entries for every instance; without, it marks them expired in this
// process's tag manifest. Both handlers keep that state per process, not per instance, so the
// first instance Next makes (at this process's first request) serves. lib/cache.ts uses it.
const outsideRequest = Symbol.for("grundskoleportalen.expire-outside-request");

export default class PortalCacheHandler {
  constructor(ctx) {
    if (!redisUrl) {
      this.inner = new FileSystemCache(ctx);
      PortalCacheHandler.register(this.inner);
      return;
    }
    globalThis[shared] ??= configureRedis(ctx.serverDistDir ?? ".next/server");
    const config = globalThis[shared];
    SharedCacheHandler.onCreation(() => config);
    this.inner = new SharedCacheHandler(ctx);
    PortalCacheHandler.register(this.inner);
  }

  static register(handler) {
    // Never throws, also not synchronously: it runs from timers, where a throw would stop the process.
    globalThis[outsideRequest] ??= async (tags) => {
      try {
        await handler.revalidateTag(tags, { expire: 0 });
      } catch (err) {
        log.warn({ err: err.message, tags }, "Kunde inte tömma cachetaggar");
      }
    };
  }

  get(...args) {
    return this.inner.get(...args);
  }

  set(...args) {
    return this.inner.set(...args);
  }

  revalidateTag(...args) {
    return this.inner.revalidateTag(...args);
  }

  resetRequestCache() {
    return this.inner.resetRequestCache?.();
  }
}
