import type { getOppnaData } from "./queries";

type Rad = Awaited<ReturnType<typeof getOppnaData>>[number];

const kolumner = ["id", "titel", "beskrivning", "status", "progress", "ansvarigEnhet", "senastAndrad", "overordnadInsats", "program", "forstarkningsomrade", "skolor"] as const;

function cell(value: unknown): string {
  const text = Array.isArray(value) ? value.join("|") : value == null ? "" : String(value);
  // Quote every cell; a leading =, +, - or @ is prefixed so spreadsheets never run it as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Semicolon-separated, as Swedish spreadsheet programs expect, with a BOM for UTF-8. */
export function insatserCsv(rader: Rad[]): string {
  const lines = [kolumner.join(";"), ...rader.map((r) => kolumner.map((k) => cell(r[k])).join(";"))];
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
