/**
 * The CSV export of synpunkter: a form post (an export writes to the audit log) carrying a filter
 * as hidden fields, so the file holds exactly the cases the filter finds, all pages of them.
 */
export function Exportformular({ filter, etikett }: { filter: Record<string, string | undefined>; etikett: string }) {
  return (
    <form method="post" action="/personal/synpunkter/export">
      {Object.entries(filter)
        .filter(([, varde]) => varde)
        .map(([namn, varde]) => (
          <input key={namn} type="hidden" name={namn} value={varde} />
        ))}
      <button type="submit" className="cursor-pointer text-brand underline underline-offset-2 hover:no-underline">
        {etikett}
      </button>
    </form>
  );
}
