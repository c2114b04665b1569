// A page an editor creates may not take an address the site already answers at: every top-level
// route folder and every file in public/ must be in RESERVERADE, or a new page would be hidden
// behind it (or hide it).
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RESERVERADE } from "../../lib/innehall/redigera";
import { slugify } from "../../lib/slug";

const app = path.resolve(import.meta.dirname, "../../app");

function toppnivan(): string[] {
  const namn: string[] = [];
  for (const d of readdirSync(app, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    if (d.name.startsWith("(")) {
      for (const e of readdirSync(path.join(app, d.name), { withFileTypes: true })) {
        if (e.isDirectory() && !e.name.startsWith("[")) namn.push(e.name);
      }
    } else if (!d.name.startsWith("[")) {
      namn.push(d.name);
    }
  }
  return namn;
}

describe("reserved page addresses", () => {
  it("cover every top-level route", () => {
    const routes = toppnivan();
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((r) => !RESERVERADE.has(slugify(r)))).toEqual([]);
  });

  it("cover every file served from public/", () => {
    const filer = readdirSync(path.resolve(app, "../public")).map((f) => slugify(f));
    expect(filer.filter((f) => !RESERVERADE.has(f))).toEqual([]);
  });
});
