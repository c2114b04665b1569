import type { Metadata, Viewport } from "next";
import "./globals.css";
import { siteUrl } from "@/lib/config";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Grundskoleförvaltningen – Göteborgs Stad", template: "%s – Grundskoleförvaltningen" },
  description: "Göteborgs grundskoleförvaltning: förstärkningsområden, insatser för en jämlik skola, skolor och kontakt.",
  openGraph: { locale: "sv_SE", siteName: "Grundskoleförvaltningen, Göteborgs Stad", type: "website" },
  // In public/: the SVG for browsers that take it, the ICO for the rest, the PNG for home screens.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/favicon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
};

export const viewport: Viewport = { themeColor: "#0b4f7c", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="sv">
      <body className="min-h-screen flex flex-col">{children}</body>
    </html>
  );
}
