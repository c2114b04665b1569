/** A förstärkningsområde's "Ni sa – vi gjorde", as its editors published it (sanitized HTML from Markdown). */
export function NiSaViGjorde({ html }: { html: string | null }) {
  if (!html) return null;
  return (
    <section aria-labelledby="ni-sa-vi-gjorde" className="mt-10">
      <h2 id="ni-sa-vi-gjorde" className="text-2xl font-bold">
        Ni sa – vi gjorde
      </h2>
      <div className="brodtext mt-3" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
