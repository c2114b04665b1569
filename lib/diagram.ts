// What a chart shows, as data: lib/ computes it, components/diagram/ draws it.

/** A chart's numbers: one row per category (a bar or a column), one value per series in it. */
export interface Diagramdata {
  /** `monster` picks the fill (0 solid, 1 stripes, 2 dots, 3 empty); by default the series' place. */
  serier: { nyckel: string; namn: string; monster?: number }[];
  rader: { nyckel: string; namn: string; varden: Record<string, number> }[];
}

export type Rad = Diagramdata["rader"][number];

/** A whole chart: its data, its title, the sentence that says what it shows, and its table. */
export interface DiagramProps extends Diagramdata {
  id: string;
  rubrik: string;
  /** The chart's message in one sentence, e.g. "12 av 30 insatser är klara." */
  budskap: string;
  typ: "staplar" | "kolumner";
  /** The table's first column: what a row is ("Förstärkningsområde", "Månad"). */
  radrubrik: string;
  /** One more column in the table, e.g. a share; also written after each bar. */
  extra?: { rubrik: string; varde: (rad: Rad) => string };
  axeletikett?: (rad: Rad, index: number) => string[];
  rubrikniva?: 2 | 3;
  /** Text under the table: what is counted, and how. */
  fotnot?: string;
}
