// One question per field: a visible label, an optional hint, the error inline, the value kept.
const input = "mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-2";

interface Gemensamt {
  id: string;
  etikett: string;
  hjalp?: string;
  fel?: string;
}

function Huvud({ id, etikett, hjalp, fel }: Gemensamt) {
  return (
    <>
      <label htmlFor={id} className="block font-semibold">
        {etikett}
      </label>
      {hjalp && (
        <p id={`${id}-hjalp`} className="text-sm text-muted">
          {hjalp}
        </p>
      )}
      {fel && (
        <p id={`${id}-fel`} className="font-semibold text-stop">
          {fel}
        </p>
      )}
    </>
  );
}

function beskrivning({ id, hjalp, fel }: Gemensamt) {
  return [hjalp && `${id}-hjalp`, fel && `${id}-fel`].filter(Boolean).join(" ") || undefined;
}

/** `ram`: the wrapper's classes, for a field in a grid (default: a margin below, as in a column of fields). */
export function Textfalt(props: Gemensamt & { varde?: string; typ?: string; autoComplete?: string; ram?: string }) {
  return (
    <div className={props.ram ?? "mb-5"}>
      <Huvud {...props} />
      <input
        id={props.id}
        name={props.id}
        type={props.typ ?? "text"}
        defaultValue={props.varde}
        autoComplete={props.autoComplete}
        aria-invalid={Boolean(props.fel)}
        aria-describedby={beskrivning(props)}
        className={input}
      />
    </div>
  );
}

export function Valjfalt(props: Gemensamt & { varde?: string; val: { varde: string; etikett: string }[] }) {
  return (
    <div className="mb-5">
      <Huvud {...props} />
      <select
        id={props.id}
        name={props.id}
        defaultValue={props.varde}
        aria-invalid={Boolean(props.fel)}
        aria-describedby={beskrivning(props)}
        className={input}
      >
        {props.val.map((v) => (
          <option key={v.varde} value={v.varde}>
            {v.etikett}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Textomrade(props: Gemensamt & { varde?: string; rader?: number }) {
  return (
    <div className="mb-5">
      <Huvud {...props} />
      <textarea
        id={props.id}
        name={props.id}
        rows={props.rader ?? 5}
        defaultValue={props.varde}
        aria-invalid={Boolean(props.fel)}
        aria-describedby={beskrivning(props)}
        className={input}
      />
    </div>
  );
}
