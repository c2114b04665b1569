import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { Diagram } from "@/components/diagram/diagram";
import { ForbiddenError } from "@/lib/auth/permissions";
import { ledtidsfordelning } from "@/lib/synpunkter/ledtid";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;

const H = 3600;
const DYGN = 24 * H;

async function arende(skapad: string, svarEfter: number | null) {
  const t = new Date(skapad);
  await db.synpunkt.create({
    data: {
      typ: "FRAGA",
      meddelande: "Ledtid",
      idempotensnyckel: randomUUID(),
      skapad: t,
      forstaSvar: svarEfter === null ? null : new Date(t.getTime() + svarEfter * 1000),
    },
  });
}

// Answer times on both sides of each interval's edge: an edge belongs to the interval it starts.
beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("ledtid"));
  const jan = "2026-01-10T08:00:00Z";
  for (const s of [0, H - 1, H, 4 * H - 1, 4 * H, DYGN - 1, DYGN, 2 * DYGN, 5 * DYGN - 1, 5 * DYGN, 10 * DYGN, 40 * DYGN])
    await arende(jan, s);
  await arende(jan, null);
  await arende("2026-03-01T08:00:00Z", 30 * 60);
});
afterAll(() => drop());

describe("the spread of time to first answer", () => {
  it("counts answered cases per interval, and leaves unanswered ones out", async () => {
    const f = await ledtidsfordelning(db, aktor.HANDLAGGARE, {});
    expect(f.map((k) => [k.etikett, k.antal])).toEqual([
      ["Inom 1 timme", 3],
      ["1–4 timmar", 2],
      ["4–24 timmar", 2],
      ["1–2 dygn", 1],
      ["2–5 dygn", 2],
      ["5–10 dygn", 1],
      ["Mer än 10 dygn", 2],
    ]);
  });

  it("keeps to the period, in Swedish days", async () => {
    const f = await ledtidsfordelning(db, aktor.HANDLAGGARE, { fran: "2026-02-01" });
    expect(f.map((k) => k.antal)).toEqual([1, 0, 0, 0, 0, 0, 0]);
  });

  it("draws the same numbers as its table", async () => {
    const f = await ledtidsfordelning(db, aktor.ADMIN, {});
    const html = renderToStaticMarkup(
      createElement(Diagram, {
        id: "ledtid",
        rubrik: "Spridning",
        budskap: "Test.",
        typ: "kolumner",
        radrubrik: "Tid",
        serier: [{ nyckel: "antal", namn: "Besvarade" }],
        rader: f.map((k) => ({ nyckel: k.nyckel, namn: k.etikett, varden: { antal: k.antal } })),
      }),
    );
    const ritat = [...html.matchAll(/data-kategori="([^"]+)"><g data-serie="antal" data-varde="(\d+)">/g)].map(([, k, v]) => [
      k,
      Number(v),
    ]);
    const tabell = [...html.matchAll(/<tr data-kategori="([^"]+)">.*?<td data-serie="antal"[^>]*>(\d+)<\/td>/g)].map(([, k, v]) => [
      k,
      Number(v),
    ]);
    expect(ritat).toEqual(f.filter((k) => k.antal > 0).map((k) => [k.nyckel, k.antal]));
    expect(tabell).toEqual(f.map((k) => [k.nyckel, k.antal]));
  });

  it("is for handläggare and admins only", async () => {
    await expect(ledtidsfordelning(db, aktor.REDAKTOR, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(ledtidsfordelning(db, null, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
