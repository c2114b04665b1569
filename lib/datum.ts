const datum = new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Stockholm" });

/** "22 november 2026". */
export function formatDatum(iso: string | Date): string {
  return datum.format(new Date(iso));
}

// Calendar days and months as they are in Göteborg, whatever time zone the server runs in.
const delar = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Stockholm",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function lokalt(t: number) {
  const p = Object.fromEntries(delar.formatToParts(new Date(t)).map((x) => [x.type, Number(x.value)]));
  return { ar: p.year, manad: p.month, dag: p.day, ms: Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) };
}

/** The instant a day ("2026-03-29") begins in Sweden. Clocks change at 02:00/03:00, never at midnight. */
export function dygnetsBorjan(datum: string): Date {
  const [ar, manad, dag] = datum.split("-").map(Number);
  const vaggur = Date.UTC(ar, manad - 1, dag);
  let t = vaggur - (lokalt(vaggur).ms - vaggur);
  t = vaggur - (lokalt(t).ms - t);
  return new Date(t);
}

/** The instant the day after `datum` begins in Sweden: the end of `datum`, exclusive. */
export function dygnetsSlut(datum: string): Date {
  const [ar, manad, dag] = datum.split("-").map(Number);
  return dygnetsBorjan(new Date(Date.UTC(ar, manad - 1, dag + 1)).toISOString().slice(0, 10));
}

/** Today's date in Sweden, "2026-11-22". */
export function svensktDatum(t: Date = new Date()): string {
  const { ar, manad, dag } = lokalt(t.getTime());
  return `${ar}-${String(manad).padStart(2, "0")}-${String(dag).padStart(2, "0")}`;
}

/**
 * The instant a Swedish wall-clock time ("2026-03-29", "02:30") happens, or null when that time
 * does not exist (the hour skipped when summer time begins). The hour that happens twice when it
 * ends is taken the first time (summer time).
 */
export function svenskTidpunkt(datum: string, klockslag: string): Date | null {
  const [ar, manad, dag] = datum.split("-").map(Number);
  const [timme, minut] = klockslag.split(":").map(Number);
  const vaggur = Date.UTC(ar, manad - 1, dag, timme, minut);
  for (const forskjutning of [2, 1]) {
    const t = vaggur - forskjutning * 60 * 60 * 1000;
    if (lokalt(t).ms === vaggur) return new Date(t);
  }
  return null;
}

const tidpunkt = new Intl.DateTimeFormat("sv-SE", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Stockholm",
});

/** "29 mars 2026 kl. 03:30", Swedish time. */
export function formatTidpunkt(t: Date): string {
  const p = Object.fromEntries(tidpunkt.formatToParts(t).map((x) => [x.type, x.value]));
  return `${p.day} ${p.month} ${p.year} kl. ${p.hour}:${p.minute}`;
}

/** "2026-03" moved `steg` months: flyttaManad("2026-01", -1) is "2025-12". */
export function flyttaManad(manad: string, steg: number): string {
  const [ar, m] = manad.split("-").map(Number);
  const d = new Date(Date.UTC(ar, m - 1 + steg, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The `antal` months that end with `sista`, oldest first: a year unless told otherwise. */
export function manaderFram(sista: string, antal = 12): string[] {
  return Array.from({ length: antal }, (_, i) => flyttaManad(sista, i - antal + 1));
}

const manadsnamn = new Intl.DateTimeFormat("sv-SE", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-03" → "mars 2026". */
export function formatManad(manad: string): string {
  return manadsnamn.format(new Date(`${manad}-01T00:00:00Z`));
}
