/** A chart's numbers: one row per category (a bar or a column), one value per series in it. */
export interface Diagramdata {
  serier: { nyckel: string; namn: string }[];
  rader: { nyckel: string; namn: string; varden: Record<string, number> }[];
}
