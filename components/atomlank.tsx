/** The Atom feed's address and title, for the page's metadata (a `<link rel="alternate">` in its head). */
export function atomAlternativ(adress: string, titel: string) {
  return { "application/atom+xml": [{ url: `${adress}/atom`, title: titel }] };
}

/** The visible link to a page's Atom feed, the same feed the page's head names. */
export function Atomlank({ adress, vad }: { adress: string; vad: string }) {
  return (
    <p className="no-print mt-4">
      <a href={`${adress}/atom`} type="application/atom+xml">
        Prenumerera via Atom-flöde
      </a>{" "}
      <span className="text-sm text-muted">({vad}; klistra in adressen i en flödesläsare)</span>
    </p>
  );
}
