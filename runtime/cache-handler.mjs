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
// Read-your-writes: an entry is stamped when it is stored, not when its render read the database,
// so a render that read the data just before a staff write committed and stored its result just
// after the write expired its tags would be kept as new, and the first request after the save
// would show the old data. Every expiry is therefore recorded with its time (in this process and,
// with Redis, for every instance), and an entry whose request began before one of its tags was
// last expired is not stored: the next request renders it from the committed data.
//
// Loaded by Next.js at run time, outside the bundle, so it is plain JavaScript.
import { readFileSync } from "node:fs";
import path from "node:path";
import { CacheHandler as SharedCacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import pino from "pino";
import { createClient } from "redis";
import { starttid } from "./begaran.mjs";
import { oncePerProcess, registerExpireOutsideRequest } from "./process-wide.mjs";
import { arReservlage } from "./reservlage.mjs";

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
    client,
    expiriesKey: `${prefix}utgangna-taggar`,
    handlers: [createRedisHandler({ client, keyPrefix: prefix, timeoutMs: TIMEOUT_MS })],
    // Keep an entry as long as Next may serve it stale (next.config.ts expireTime), not the
    // handler's default of 1.5 × revalidate: a public page revalidates every second, and must
    // stay in Redis for the other instances (and for a database outage) long after that.
    ttl: { estimateExpireAge: (staleAge) => Math.max(staleAge, EXPIRE_SECONDS) },
  };
}

// Background jobs (scheduled publishing) run outside any request, where revalidateTag has no
// store to work with and throws. They expire tags through the handler instead: the call Next
// makes at the end of a request that used revalidateTag(tag, { expire: 0 }). With Redis that
// deletes the tagged entries for every instance; without, it marks them expired in this
// process's tag manifest. Both handlers keep that state per process, not per instance, so the
// first instance Next makes (at this process's first request) serves. lib/cache.ts uses it.

/** Clocks of two instances may differ this much; an expiry this close before a start still counts. */
const CLOCK_SKEW_MS = 1_000;
/** A render with no known start (outside the server entry) counts as begun this long ago. */
const UNKNOWN_START_MS = 10_000;
/** When each tag was last expired by this process, in ms since the epoch. */
const expiries = new Map();

/** The tags an entry carries: a data entry's in the context, a page's in its headers. */
function entryTags(data, ctx) {
  const fromHeaders = data?.headers?.["x-next-cache-tags"];
  return [...(ctx?.tags ?? []), ...(typeof fromHeaders === "string" ? fromHeaders.split(",") : [])];
}

export default class PortalCacheHandler {
  constructor(ctx) {
    if (!redisUrl) {
      this.inner = new FileSystemCache(ctx);
      PortalCacheHandler.register(this);
      return;
    }
    // Next may load this module more than once in one process; one Redis connection serves them all.
    this.redis = oncePerProcess("redis-cache", () => configureRedis(ctx.serverDistDir ?? ".next/server"));
    SharedCacheHandler.onCreation(() => this.redis);
    this.inner = new SharedCacheHandler(ctx);
    PortalCacheHandler.register(this);
  }

  static register(handler) {
    // Never throws, also not synchronously: it runs from timers, where a throw would stop the process.
    registerExpireOutsideRequest(async (tags) => {
      try {
        await handler.revalidateTag(tags, { expire: 0 });
      } catch (err) {
        log.warn({ err: err.message, tags }, "Kunde inte tömma cachetaggar");
      }
    });
  }

  /** The latest expiry of any of the tags, here or (with Redis) on any instance; 0 when none. */
  async lastExpiry(tags) {
    let latest = Math.max(0, ...tags.map((t) => expiries.get(t) ?? 0));
    if (this.redis?.client.isReady) {
      try {
        const times = await this.redis.client.withAbortSignal(AbortSignal.timeout(TIMEOUT_MS)).hmGet(this.redis.expiriesKey, tags);
        for (const t of times) if (t) latest = Math.max(latest, Number(t));
      } catch {
        // Redis is a cache: without it this instance's own expiries still count.
      }
    }
    return latest;
  }

  get(...args) {
    return this.inner.get(...args);
  }

  async set(key, data, ctx) {
    if (data?.kind === "APP_PAGE" && arReservlage(typeof data.html === "string" ? data.html : data.html?.toString())) {
      log.warn({ key }, "Inte sparad: sidan gjordes utan en del av sitt innehåll (databasen svarade inte)");
      return;
    }
    const tags = entryTags(data, ctx);
    if (tags.length > 0) {
      const start = starttid() ?? Date.now() - UNKNOWN_START_MS;
      if ((await this.lastExpiry(tags)) >= start - CLOCK_SKEW_MS) {
        log.debug({ key }, "Inte sparad: en av postens taggar gick ut medan den gjordes");
        return;
      }
    }
    return this.inner.set(key, data, ctx);
  }

  async revalidateTag(tags, ...rest) {
    const now = Date.now();
    const list = Array.isArray(tags) ? tags : [tags];
    for (const t of list) expiries.set(t, now);
    if (this.redis?.client.isReady && list.length > 0) {
      await this.redis.client
        .withAbortSignal(AbortSignal.timeout(TIMEOUT_MS))
        .hSet(this.redis.expiriesKey, Object.fromEntries(list.map((t) => [t, String(now)])))
        .catch((err) => log.warn({ err: err.message }, "Kunde inte dela taggarnas utgångstid"));
    }
    return this.inner.revalidateTag(tags, ...rest);
  }

  resetRequestCache() {
    return this.inner.resetRequestCache?.();
  }
}
