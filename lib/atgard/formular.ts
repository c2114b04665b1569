/**
 * A form's text fields by name, as typed: a missing field or a file is "". `listor` are fields
 * that may come several times (checkboxes). React's own fields ($ACTION_…) are never data.
 */
export function lasFalt(form: FormData, falt?: readonly string[], listor: readonly string[] = []) {
  const namn = falt ?? [...new Set([...form.keys()])].filter((k) => !k.startsWith("$") && !listor.includes(k));
  const varden: Record<string, string> = {};
  for (const f of namn) {
    const v = form.get(f);
    varden[f] = typeof v === "string" ? v : "";
  }
  const flera: Record<string, string[]> = {};
  for (const f of listor) flera[f] = form.getAll(f).filter((v) => typeof v === "string");
  return { varden, listor: flera };
}
