import Link from "next/link";
import { sprakadress } from "@/lib/innehall/sidvarianter";

/**
 * Links between a page (a content page, the start page, an område: its address) and its published
 * lättläst and English versions. The nav itself is part of the Swedish site; "In English" is
 * marked as English so a screen reader says it right.
 */
export function Sprakval({
  adress,
  aktuell,
  varianter,
}: {
  adress: string;
  aktuell: "sv" | "lattlast" | "en";
  varianter: readonly string[];
}) {
  const lankar = [
    ...(aktuell !== "sv"
      ? [
          {
            href: adress,
            text: aktuell === "en" ? "På svenska" : "Sidan på vanlig svenska",
            lang: aktuell === "en" ? "sv" : undefined,
            hrefLang: "sv",
          },
        ]
      : []),
    ...(aktuell !== "lattlast" && varianter.includes("lattlast")
      ? [{ href: sprakadress(adress, "lattlast"), text: "Lättläst", lang: aktuell === "en" ? "sv" : undefined, hrefLang: "sv" }]
      : []),
    ...(aktuell !== "en" && varianter.includes("en")
      ? [{ href: sprakadress(adress, "en"), text: "In English", lang: "en", hrefLang: "en" }]
      : []),
  ];
  if (lankar.length === 0) return null;
  return (
    <nav aria-label="Sidan på lättläst svenska och andra språk" className="no-print -mt-4 mb-8">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {lankar.map((l) => (
          <li key={l.href}>
            <Link href={l.href} lang={l.lang} hrefLang={l.hrefLang} className="inline-flex min-h-6 items-center font-semibold">
              {l.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
