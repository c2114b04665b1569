/** GOV.UK-style error summary: a list at the top of the form, each linking to its field. */
export function FelSammanfattning({ fel }: { fel: Record<string, string | undefined> }) {
  const poster = Object.entries(fel).filter((e): e is [string, string] => Boolean(e[1]));
  if (poster.length === 0) return null;
  return (
    <div role="alert" aria-labelledby="fel-rubrik" tabIndex={-1} className="mb-6 border-4 border-stop bg-white p-4">
      <h2 id="fel-rubrik" className="text-xl font-bold">
        Det finns ett problem
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {poster.map(([falt, text]) => (
          <li key={falt}>
            <a href={`#${falt}`} className="font-semibold text-stop">
              {text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A message about the whole form (not one field); the summary links to it as #formular. */
export function Formularfel({ text }: { text?: string }) {
  return text ? (
    <p id="formular" className="mb-5 border-l-4 border-stop bg-white p-3 font-semibold">
      {text}
    </p>
  ) : null;
}
