// A public page rendered without some of its data (the layout's menu or contact details, when the
// database did not answer) carries this marker. The cache handler never stores such a render, so
// the page cache keeps serving the last complete copy and the next request tries again.
// Plain JavaScript: the cache handler (runtime/cache-handler.mjs) loads it outside the bundle.
export const RESERVLAGE = "data-reservlage";

/** True for a page's HTML with the marker. Page text is escaped, so it cannot forge the tag. */
export function arReservlage(html) {
  return typeof html === "string" && html.includes(`<div hidden="" ${RESERVLAGE}=""`);
}
