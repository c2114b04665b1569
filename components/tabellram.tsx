/** A wide table's scroll box: focusable and named, so keyboard users can scroll it too. */
export function Tabellram({ namn, children, className = "" }: { namn: string; children: React.ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={namn} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
