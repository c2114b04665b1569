// Figures the content pages state but the code decides. A page's text says {gallringstid} and
// is shown with the retention period the gallring really uses ("12 månader"), so the privacy
// page and the code cannot disagree.
import { gallringstidText } from "../config";

export function fyllIn(text: string, varden: Record<string, string> = { gallringstid: gallringstidText() }): string {
  return text.replace(/\{(\w+)\}/g, (hela, namn: string) => varden[namn] ?? hela);
}
