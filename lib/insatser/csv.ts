import { BOM, csvRad, RADSLUT, SEPARATOR } from "../csv";
import type { SaGarDet } from "./oversikt";
import type { getOppnaData } from "./queries";

type Rad = Awaited<ReturnType<typeof getOppnaData>>[number];

const kolumner = [
  "id",
  "titel",
  "beskrivning",
  "status",
  "progress",
  "ansvarigEnhet",
  "planeradStart",
  "planeradSlut",
  "forsenad",
  "senastAndrad",
  "overordnadInsats",
  "program",
  "forstarkningsomrade",
  "skolor",
] as const;

/** Semicolon-separated, as Swedish spreadsheet programs expect, with a BOM for UTF-8. */
export function insatserCsv(rader: Rad[]): string {
  return BOM + kolumner.join(SEPARATOR) + RADSLUT + rader.map((r) => csvRad(kolumner.map((k) => r[k]))).join("");
}

/** "Så går det" in long form: one row per chart, group and status, so any tool can pivot it. */
export function saGarDetCsv(d: SaGarDet): string {
  const rader: unknown[][] = [
    ...d.perOmrade.flatMap((o) => Object.entries(o.antal).map(([s, n]) => ["per-forstarkningsomrade", o.slug ?? "", o.namn, s, n])),
    ...d.perManad.flatMap((m) => Object.entries(m.antal).map(([s, n]) => ["statusandringar-per-manad", m.manad, m.manad, s, n])),
    ...d.perStadsomrade.flatMap((o) => Object.entries(o.antal).map(([s, n]) => ["per-stadsomrade", o.stadsomrade, o.namn, s, n])),
    ...d.pilot.delar.flatMap((del) => Object.entries(del.antal).map(([s, n]) => ["pilotskolor-per-del", del.slug, del.namn, s, n])),
  ];
  return BOM + ["diagram", "grupp", "gruppnamn", "status", "antal"].join(SEPARATOR) + RADSLUT + rader.map(csvRad).join("");
}
