// The few values that must exist once per server process although separately loaded code reads
// them. Node loads the server entry (server.mjs) and the cache handler outside Next's bundles,
// and the app's server code and the proxy are bundles of their own: a module imported from more
// than one of them is instantiated once per bundle, so a variable here would be several. Only
// globalThis is one per process, so these values live there, each under one key named here and
// nowhere else. Anything that needs no such sharing is an ordinary import.
//
// Plain JavaScript, as the server entry and the cache handler that import it.

const key = (name) => Symbol.for(`grundskoleportalen.${name}`);
const SERVER_ENTRY = key("csp");
const EXPIRE_OUTSIDE_REQUEST = key("expire-outside-request");

/** Set by the server entry: the process runs behind its Content-Security-Policy layer. */
export function markServerEntry() {
  globalThis[SERVER_ENTRY] = true;
}

/** Whether the server entry started this process (lib/startup.ts refuses to run without it). */
export function hasServerEntry() {
  return globalThis[SERVER_ENTRY] === true;
}

/** The cache handler's way to expire tags outside a request; the first one registered stays. */
export function registerExpireOutsideRequest(expire) {
  globalThis[EXPIRE_OUTSIDE_REQUEST] ??= expire;
}

/** The registered expiry, or undefined before the process has a cache handler. */
export function expireOutsideRequest() {
  return globalThis[EXPIRE_OUTSIDE_REQUEST];
}

/**
 * One value per process under `name`, made by `make` the first time: the cache handler's Redis
 * connection (Next may load the handler more than once), the proxy's map of old addresses
 * (filled by the app's code, read by the proxy).
 */
export function oncePerProcess(name, make) {
  const k = key(name);
  globalThis[k] ??= make();
  return globalThis[k];
}
