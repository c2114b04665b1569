import { describe, expect, it } from "vitest";
import { gallringstidText, parseConfig } from "@/lib/config";
import { fyllIn } from "@/lib/innehall/platshallare";
import { manaderFore } from "@/lib/synpunkter/gallring";
import { sidor } from "@/prisma/seed/content";

describe("the gallring's period", () => {
  it("moves a date back whole calendar months, keeping to the month's last day", () => {
    expect(manaderFore(new Date("2026-06-15T10:00:00Z"), 12).toISOString()).toBe("2025-06-15T10:00:00.000Z");
    expect(manaderFore(new Date("2026-05-31T10:00:00Z"), 3).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(manaderFore(new Date("2024-03-31T00:00:00Z"), 1).toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });
});

describe("the retention period", () => {
  it("is 12 months unless GALLRING_MANADER says otherwise, and must be whole months", () => {
    expect(parseConfig({ DATABASE_URL: "postgresql://u@localhost/db" }).GALLRING_MANADER).toBe(12);
    expect(parseConfig({ DATABASE_URL: "postgresql://u@localhost/db", GALLRING_MANADER: "24" }).GALLRING_MANADER).toBe(24);
    expect(() => parseConfig({ DATABASE_URL: "postgresql://u@localhost/db", GALLRING_MANADER: "0" })).toThrow(
      /GALLRING_MANADER måste vara minst 1 månad/,
    );
    expect(() => parseConfig({ DATABASE_URL: "postgresql://u@localhost/db", GALLRING_MANADER: "ett år" })).toThrow(
      /GALLRING_MANADER måste vara ett heltal/,
    );
    expect(gallringstidText(12)).toBe("12 månader");
    expect(gallringstidText(1)).toBe("1 månad");
  });

  it("is what the privacy page says", () => {
    const sida = "## Hur länge\n\nTas bort {gallringstid} efter att ärendet avslutats. {okand} står kvar.";
    expect(fyllIn(sida, { gallringstid: "24 månader" })).toBe(
      "## Hur länge\n\nTas bort 24 månader efter att ärendet avslutats. {okand} står kvar.",
    );
    expect(fyllIn(sida)).toContain(`Tas bort ${gallringstidText()} efter`);
    // The page's own text takes the figure from the configuration rather than stating one.
    const text = JSON.stringify(sidor.find((s) => s.slug === "personuppgifter")!.sektioner);
    expect(text).toContain("tas bort (gallras) {gallringstid} efter att ärendet avslutats");
    expect(text).not.toMatch(/\d+ månader/);
  });
});
