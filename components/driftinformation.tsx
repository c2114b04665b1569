/** The site-wide driftinformation, above every public page's content (lib/innehall/driftinformation.ts). */
export function Driftinformation({ meddelanden }: { meddelanden: { id: string; text: string }[] }) {
  if (meddelanden.length === 0) return null;
  return (
    <section aria-labelledby="driftinformation" className="border-b-4 border-warn bg-white">
      <div className="mx-auto w-full max-w-5xl px-4 py-3">
        <h2 id="driftinformation" className="font-bold">
          Driftinformation
        </h2>
        {meddelanden.map((m) => (
          <p key={m.id} className="mt-1 max-w-prose whitespace-pre-line">
            {m.text}
          </p>
        ))}
      </div>
    </section>
  );
}
