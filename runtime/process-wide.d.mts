// Types for process-wide.mjs (plain JavaScript, loaded outside Next's bundle too).
export function markServerEntry(): void;
export function hasServerEntry(): boolean;
export function registerExpireOutsideRequest(expire: (tags: string[]) => Promise<void>): void;
export function expireOutsideRequest(): ((tags: string[]) => Promise<void>) | undefined;
export function oncePerProcess<T>(name: "redis-cache" | "gamla-adresser", make: () => T): T;
