// The cache tags' names alone, without Next.js: the seed, scripts and the content types'
// declarations import them outside a server. Expiring them is lib/cache.ts's business.
export const tags = {
  diarium: "diarium",
  innehall: "innehall",
  insatser: "insatser",
  skolor: "skolor",
} as const;

export type Tag = (typeof tags)[keyof typeof tags];
