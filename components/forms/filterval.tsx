/** One filter of a GET filter form: a labelled select whose first choice is "Alla". */
export function Filterval({
  id,
  etikett,
  varde,
  val,
}: {
  id: string;
  etikett: string;
  varde?: string;
  val: { varde: string; etikett: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {etikett}
      </label>
      <select id={id} name={id} defaultValue={varde ?? ""} className="mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-1">
        <option value="">Alla</option>
        {val.map((v) => (
          <option key={v.varde} value={v.varde}>
            {v.etikett}
          </option>
        ))}
      </select>
    </div>
  );
}
