// Reads the seed's Markdown files (./innehall): a front matter of `nyckel: värde` lines between two
// `---` lines, then a body of paragraphs, `- ` lists and `##`/`###` headings. Deliberately small
// and strict: anything else is an error that names the file, so a typo never seeds a wrong text.
// Text is taken as written (no Markdown is interpreted), so the rows hold exactly the file's words.

export class InnehallsfilFel extends Error {
  constructor(fil: string, fel: string) {
    super(`${fil}: ${fel}`);
    this.name = "InnehallsfilFel";
  }
}

export interface Avsnitt {
  djup: 2 | 3;
  rubrik: string;
  /** From a heading written `### Namn {#slug}`. */
  id?: string;
  stycken: string[];
  punkter: string[];
}

export interface Markdownfil {
  huvud: Record<string, string>;
  /** The paragraphs before the first heading. */
  inledning: string[];
  avsnitt: Avsnitt[];
  /** The body as written, after the paragraphs before the first heading. */
  resten: string;
}

/** `friText`: the body after the first heading is free Markdown, taken as written (`resten`). */
export function lasMarkdown(fil: string, text: string, { friText = false } = {}): Markdownfil {
  const rader = text.replace(/\r\n/g, "\n").split("\n");
  if (rader[0] !== "---") throw new InnehallsfilFel(fil, "filen ska börja med en rad med ---");
  const slut = rader.indexOf("---", 1);
  if (slut < 0) throw new InnehallsfilFel(fil, "huvudet saknar sin avslutande rad med ---");
  const huvud: Record<string, string> = {};
  for (const [i, rad] of rader.slice(1, slut).entries()) {
    const m = /^([A-Za-z]+): (.*\S)$/.exec(rad);
    if (!m) throw new InnehallsfilFel(fil, `rad ${i + 2} ska vara "nyckel: värde"`);
    if (m[1] in huvud) throw new InnehallsfilFel(fil, `"${m[1]}" står två gånger i huvudet`);
    huvud[m[1]] = m[2];
  }

  const inledning: string[] = [];
  const avsnitt: Avsnitt[] = [];
  let forstaRubrik = -1;
  const kropp = rader.slice(slut + 1);
  // Blocks are separated by blank lines; a heading is a block of its own.
  let block: { rad: number; rader: string[] }[] = [];
  let nu: string[] = [];
  let start = 0;
  for (const [i, rad] of kropp.entries()) {
    if (rad.trim() === "" || /^#{1,6} /.test(rad)) {
      if (nu.length) block.push({ rad: start, rader: nu });
      nu = [];
      if (rad.trim() !== "") block.push({ rad: i, rader: [rad] });
      continue;
    }
    if (nu.length === 0) start = i;
    nu.push(rad);
  }
  if (nu.length) block.push({ rad: start, rader: nu });
  block = block.filter((b) => !(b.rader[0].startsWith("<!--") && b.rader.at(-1)!.endsWith("-->")));

  for (const b of block) {
    const radnr = b.rad + slut + 2;
    const [forsta] = b.rader;
    const rubrik = /^(#{1,6}) (.+?)(?: \{#([a-z0-9-]+)\})?$/.exec(forsta);
    if (rubrik) {
      const djup = rubrik[1].length;
      if (djup !== 2 && djup !== 3) throw new InnehallsfilFel(fil, `rad ${radnr}: bara rubriker med ## och ### används`);
      if (forstaRubrik < 0) forstaRubrik = b.rad;
      if (friText) break;
      avsnitt.push({ djup, rubrik: rubrik[2], ...(rubrik[3] ? { id: rubrik[3] } : {}), stycken: [], punkter: [] });
      continue;
    }
    const sista = avsnitt.at(-1);
    if (forsta.startsWith("- ")) {
      const fel = b.rader.find((r) => !r.startsWith("- "));
      if (fel !== undefined) throw new InnehallsfilFel(fil, `rad ${radnr}: en lista har en rad som inte börjar med "- ": ${fel}`);
      if (!sista) throw new InnehallsfilFel(fil, `rad ${radnr}: en lista före första rubriken`);
      if (sista.punkter.length) throw new InnehallsfilFel(fil, `rad ${radnr}: avsnittet "${sista.rubrik}" har redan en lista`);
      sista.punkter.push(...b.rader.map((r) => r.slice(2).trim()));
      continue;
    }
    const stycke = b.rader.map((r) => r.trim()).join(" ");
    if (!sista) inledning.push(stycke);
    else if (sista.punkter.length)
      throw new InnehallsfilFel(fil, `rad ${radnr}: ett stycke efter listan i avsnittet "${sista.rubrik}"; skriv styckena före listan`);
    else sista.stycken.push(stycke);
  }
  const resten = forstaRubrik < 0 ? "" : kropp.slice(forstaRubrik).join("\n");
  return { huvud, inledning, avsnitt, resten };
}
