// The facts of a case as a grid of terms and values: the case page and the rektor's view show
// them alike.
import type { ReactNode } from "react";

export function Fakta({ children }: { children: ReactNode }) {
  return <dl className="mt-6 grid gap-4 rounded-sm border border-line bg-white p-5 sm:grid-cols-3">{children}</dl>;
}

/** One fact; `bredd` spans two or all three columns on wider screens. */
export function Faktum({ etikett, bredd, children }: { etikett: string; bredd?: 2 | 3; children: ReactNode }) {
  return (
    <div className={bredd === 2 ? "sm:col-span-2" : bredd === 3 ? "sm:col-span-3" : undefined}>
      <dt className="text-sm text-muted">{etikett}</dt>
      <dd>{children}</dd>
    </div>
  );
}
