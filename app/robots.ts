import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/config";

// Made by the running server: the public address (PUBLIC_URL, else the server's PORT) is not
// known when the build prerenders.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/sok"] }], sitemap: `${siteUrl()}/sitemap.xml` };
}
