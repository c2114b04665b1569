/** A chart's numbers: one row per category (a bar or a column), one value per series in it. */
export interface Diagramdata {
  /** `monster` picks the fill (0 solid, 1 stripes, 2 dots, 3 empty); by default the series' place. */
  serier: { nyckel: string; namn: string; monster?: number }[];
  rader: { nyckel: string; namn: string; varden: Record<string, number> }[];
}
