/**
 * The link to Bevaka's form for one insats, område, school or all. A plain link: the page it is on
 * is cached whole, and the form with its single-use load is on a page of its own (/bevaka).
 */
export function Bevakalank({ fraga, vad }: { fraga: string; vad: string }) {
  return (
    <p className="no-print mt-4">
      <a href={`/bevaka?${fraga}`}>Bevaka med e-post</a> <span className="text-sm text-muted">(få ett mejl när {vad} ändras)</span>
    </p>
  );
}
