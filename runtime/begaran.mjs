// When the request being served began, for the cache handler (runtime/cache-handler.mjs): a render
// that began before a cache tag was expired may have read the data from before the write that
// expired it, and must not be stored as the new copy. Set by the server entry (server.mjs) around
// every request; a render outside one (the development server) has no start.
import { AsyncLocalStorage } from "node:async_hooks";

const begaran = new AsyncLocalStorage();

/** Runs one request's handling with its start time. */
export function medStarttid(fn) {
  return begaran.run(Date.now(), fn);
}

/** The current request's start (ms since the epoch), or undefined outside one. */
export function starttid() {
  return begaran.getStore();
}
