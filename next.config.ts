import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // pg and pino load native-ish modules at run time; keep them out of the server bundle.
  serverExternalPackages: ["pg", "pino", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  // The data cache lives in the build folder (.next/cache) and is keyed without the database.
  // Servers that share a build but not a database set DATA_CACHE_PREFIX to keep theirs apart.
  experimental: { fetchCacheKeyPrefix: process.env.DATA_CACHE_PREFIX ?? "" },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
