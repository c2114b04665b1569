// Fills that tell the series apart without colour (WCAG 1.4.1): solid, stripes, dots, empty.
// Every mark is also outlined in ink, so its edge stands out at well over 3:1 against white and
// against its neighbours (1.4.11), on screen and in black-and-white print.

export const BLACK = "#1a1d21";
export const BRAND = "#0b4f7c";
export const DAMPAD = "#4a5260";

const monster = [
  (id: string) => (
    <pattern key={id} id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={BRAND} />
    </pattern>
  ),
  (id: string) => (
    <pattern key={id} id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="8" height="8" fill="#fff" />
      <rect width="3.5" height="8" fill={BRAND} />
    </pattern>
  ),
  (id: string) => (
    <pattern key={id} id={id} width="7" height="7" patternUnits="userSpaceOnUse">
      <rect width="7" height="7" fill="#fff" />
      <circle cx="3.5" cy="3.5" r="1.8" fill={BLACK} />
    </pattern>
  ),
  (id: string) => (
    <pattern key={id} id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill="#fff" />
    </pattern>
  ),
];

type Serie = { nyckel: string; namn: string; monster?: number };

const monsterFor = (serier: Serie[], index: number) => (serier[index].monster ?? index) % monster.length;

/** The fill of the series at `index`, as an SVG paint. */
export const fyllning = (diagramId: string, serier: Serie[], index: number) => `url(#${diagramId}-m${monsterFor(serier, index)})`;

/** The patterns one chart uses, inside its <svg>. */
export function Monsterdefinitioner({ diagramId, serier }: { diagramId: string; serier: Serie[] }) {
  const anvanda = [...new Set(serier.map((_, i) => monsterFor(serier, i)))];
  return <defs>{anvanda.map((m) => monster[m](`${diagramId}-m${m}`))}</defs>;
}

/** A sample of one series' fill, the size of a legend entry. */
function Prov({ diagramId, serier, index }: { diagramId: string; serier: Serie[]; index: number }) {
  const id = `${diagramId}-tf${index}`;
  return (
    <svg width="28" height="16" aria-hidden="true" focusable="false">
      <defs>{monster[monsterFor(serier, index)](id)}</defs>
      <rect x="1" y="1" width="26" height="14" fill={`url(#${id})`} stroke={BLACK} strokeWidth="1.5" />
    </svg>
  );
}

/** The legend as text, each name after a sample of its fill; left out when there is one series. */
export function Teckenforklaring({ diagramId, serier }: { diagramId: string; serier: Serie[] }) {
  if (serier.length < 2) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label="Teckenförklaring">
      {serier.map((s, i) => (
        <li key={s.nyckel} className="inline-flex items-center gap-2">
          <Prov diagramId={diagramId} serier={serier} index={i} />
          {s.namn}
        </li>
      ))}
    </ul>
  );
}
