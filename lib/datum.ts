const datum = new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Stockholm" });

/** "22 november 2026". */
export function formatDatum(iso: string | Date): string {
  return datum.format(new Date(iso));
}
