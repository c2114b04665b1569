import { BOM, csvRad, RADSLUT, SEPARATOR } from "../csv";
import type { getOppnaData } from "./queries";

type Rad = Awaited<ReturnType<typeof getOppnaData>>[number];

const kolumner = ["id", "titel", "beskrivning", "status", "progress", "ansvarigEnhet", "senastAndrad", "overordnadInsats", "program", "forstarkningsomrade", "skolor"] as const;

/** Semicolon-separated, as Swedish spreadsheet programs expect, with a BOM for UTF-8. */
export function insatserCsv(rader: Rad[]): string {
  return BOM + kolumner.join(SEPARATOR) + RADSLUT + rader.map((r) => csvRad(kolumner.map((k) => r[k]))).join("");
}
