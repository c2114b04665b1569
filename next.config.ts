import path from "node:path";
import type { NextConfig } from "next";
import { KOPIANS_GRANS, MAX_BODY_BYTES } from "./lib/http/grans";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// Pages whose address holds a private key (a case's page, the receipt, the unsubscribe page, a
// password link):
// never stored by a cache or the browser, never indexed, and never sent on as a Referer.
const privataSidor = [
  "/arende/:path*",
  "/kontakt/tack/:path*",
  "/avregistrera/:path*",
  "/api/avregistrera/:path*",
  "/nytt-losenord/:path*",
  "/bevaka/bekrafta/:path*",
  "/bevaka/hantera/:path*",
  "/api/bevaka/:path*",
];
const privataHeaders = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Cache-Control", value: "private, no-store" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The server entry (runtime/server.mjs) compresses, after it has hashed a page's scripts.
  compress: false,
  // npm test builds into its own folder (NEXT_DIST_DIR), never under a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A cached public page may be served stale for up to a day while a fresh one is made
  // (stale-while-revalidate), e.g. while the database is down.
  expireTime: 86_400,
  // A self-contained server (.next/standalone) that a container image can run with `node server.js`.
  output: "standalone",
  // The data cache: Next's own on one instance, shared through Redis when REDIS_URL is set.
  cacheHandler: path.resolve("runtime/cache-handler.mjs"),
  // pg and pino load native-ish modules at run time; keep them out of the server bundle.
  serverExternalPackages: ["pg", "pino"],
  // The proxy reads each body to refuse what is too large or malformed (lib/http/grans.ts).
  experimental: { proxyClientMaxBodySize: KOPIANS_GRANS, serverActions: { bodySizeLimit: MAX_BODY_BYTES } },
  async headers() {
    // A later rule's value wins for the same header, so the private pages' Referrer-Policy replaces the default.
    return [
      { source: "/:path*", headers: securityHeaders },
      ...privataSidor.map((source) => ({ source, headers: privataHeaders })),
      // The page-view counter's script (README "Besöksstatistik"): fetched once an hour by a browser, kept by nginx.
      { source: "/besok.js", headers: [{ key: "Cache-Control", value: "public, max-age=3600" }] },
    ];
  },
};

export default nextConfig;
