// Figures the content pages state but the code decides. A page's text says {gallringstid} and
// is shown with the retention period the gallring really uses ("12 månader"), so the privacy
// page and the code cannot disagree.
import { gallringstidText } from "../config";
import type { Sektion } from "./schema";

export function fyllIn(sektioner: Sektion[], varden: Record<string, string> = { gallringstid: gallringstidText() }): Sektion[] {
  const ersatt = (t: string) => t.replace(/\{(\w+)\}/g, (hela, namn: string) => varden[namn] ?? hela);
  return sektioner.map((s) => ({ ...s, rubrik: ersatt(s.rubrik), stycken: s.stycken.map(ersatt), ...(s.punkter ? { punkter: s.punkter.map(ersatt) } : {}) }));
}
