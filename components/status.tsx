import type { InsatsStatus } from "@/lib/db/generated/enums";
import { statusEtikett } from "@/lib/insatser/status";

const farg: Record<InsatsStatus, string> = {
  PLANERAD: "border-muted text-muted",
  PAGAR: "border-brand text-brand",
  PAUSAD: "border-warn text-warn",
  KLAR: "border-ok text-ok",
};

export function StatusBadge({ status }: { status: InsatsStatus }) {
  return (
    <span className={`inline-block rounded-sm border-2 bg-white px-2 text-sm font-semibold ${farg[status]}`}>{statusEtikett(status)}</span>
  );
}

/** A progress bar whose figure is also written out, so it needs no ARIA to be understood. */
export function Progress({ value }: { value: number }) {
  return (
    <span className="inline-flex items-center gap-2 text-sm">
      <span aria-hidden="true" className="inline-block h-2 w-24 overflow-hidden rounded-full bg-line">
        <span className="block h-full bg-brand" style={{ width: `${value}%` }} />
      </span>
      <span>{value} % klart</span>
    </span>
  );
}

/** Shown beside the status when the planned end has passed and the insats is not done (lib/insatser/planering.ts). */
export function Forsenad() {
  return <span className="inline-block rounded-sm border-2 border-stop bg-white px-2 text-sm font-semibold text-stop">Försenad</span>;
}
