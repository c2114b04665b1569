// What the content domain offers the others: an item's title and its staff page, for lists that
// name content items (lib/agare: owners and review dates).
import { lankarIInnehall } from "./lankkontroll";
import { innehallstyp } from "./typer";

/** The item's title as the editor's list shows it (the draft's, else the published one's). */
export function innehallTitel(typ: string, nyckel: string, data: unknown): string {
  const t = innehallstyp(typ);
  return t ? t.titel(nyckel, (data ?? {}) as never) : nyckel;
}

/** The name of the item's kind, for lists: "Sidor", "Startsidan", … */
export function innehallGrupp(typ: string): string {
  return innehallstyp(typ)?.grupp ?? typ;
}

/** The item's edit page. */
export const innehallRedigering = (typ: string, nyckel: string) => `/personal/innehall/${typ}/${nyckel}`;

export { sokvag, sokvagFinns } from "./lankkontroll";
export { FASTA_SIDOR, publikaSidor, sidadresser, type PublikaSidor } from "./publika-adresser";

/** Every link target in an item's texts (Markdown fields and link lists); none for an unknown type. */
export function innehallLankar(typ: string, data: unknown): string[] {
  const t = innehallstyp(typ);
  return t ? lankarIInnehall(t, (data ?? {}) as Record<string, unknown>) : [];
}

/** The public page that shows the item, or null for an unknown type. */
export function innehallAdress(typ: string, nyckel: string, data: unknown): string | null {
  const t = innehallstyp(typ);
  return t ? t.adress(nyckel, (data ?? {}) as never) : null;
}

/** Every link target in a Markdown (or plain) text, bare web addresses included. */
export { lankar as textLankar } from "./markdown";
