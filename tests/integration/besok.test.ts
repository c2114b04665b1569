import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { arKandSokvag } from "@/lib/besok/kanda";
import { besoksstatistik, fylldPeriod, gallraBesok } from "@/lib/besok/queries";
import { domanFran, maskeradFraga, raknaBesok } from "@/lib/besok/rakna";
import { seededDatabase } from "../support/seeded";

let db: PrismaClient;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await seededDatabase("besok"));
});
afterAll(() => drop());

// 23:30 UTC on 4 December is already the 5th in Sweden.
const NU = new Date("2026-12-04T23:30:00Z");

describe("usage figures", () => {
  it("keeps counts only: no column for an address, a browser, a time or a visitor in any of its tables", async () => {
    const kolumner = await db.$queryRaw<{ tabell: string; kolumn: string }[]>`
      SELECT table_name AS tabell, column_name AS kolumn FROM information_schema.columns
      WHERE table_name LIKE 'Besok%' ORDER BY table_name, ordinal_position`;
    expect(kolumner.map((k) => `${k.tabell}.${k.kolumn}`)).toEqual([
      "BesokKalla.dag",
      "BesokKalla.doman",
      "BesokKalla.antal",
      "BesokSida.dag",
      "BesokSida.sokvag",
      "BesokSida.antal",
      "BesokSokning.dag",
      "BesokSokning.fraga",
      "BesokSokning.antal",
      "BesokSokning.utanTraffar",
    ]);
  });

  it("counts views per Swedish day, page, entry domain and search, right under concurrency", async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        raknaBesok(db, { sokvag: "/skolor", doman: i % 4 === 0 ? "google.com" : null, sokning: null }, NU),
      ),
    );
    await raknaBesok(db, { sokvag: "/sok", doman: null, sokning: { fraga: "skolskjuts", traffar: 0 } }, NU);
    await raknaBesok(db, { sokvag: "/sok", doman: null, sokning: { fraga: "skolskjuts", traffar: 0 } }, NU);
    await raknaBesok(db, { sokvag: "/sok", doman: null, sokning: { fraga: "betyg", traffar: 7 } }, NU);
    await raknaBesok(db, { sokvag: "/sok", doman: null, sokning: { fraga: "ring 070-123 45 67 eller a.b@exempel.se", traffar: 0 } }, NU);
    const s = await besoksstatistik(db, fylldPeriod({}, NU));
    expect(s.period).toEqual({ fran: "2026-11-06", till: "2026-12-05" });
    expect(s.perDag.at(-1)).toEqual({ dag: "2026-12-05", antal: 44 });
    expect(s.perDag).toHaveLength(30);
    expect(s.sidor).toEqual([
      { namn: "/skolor", antal: 40 },
      { namn: "/sok", antal: 4 },
    ]);
    expect(s.kallor).toEqual([{ namn: "google.com", antal: 10 }]);
    expect(s.sokningar).toEqual([
      { namn: "skolskjuts", antal: 2, utanTraffar: 2 },
      { namn: "betyg", antal: 1, utanTraffar: 0 },
      { namn: "ring [siffror] eller [e-post]", antal: 1, utanTraffar: 1 },
    ]);
    expect(s.utanTraffar.map((r) => r.namn)).toEqual(["skolskjuts", "ring [siffror] eller [e-post]"]);
  });

  it("counts only the public site's pages, never a made-up path or one with a private key", async () => {
    expect(await arKandSokvag(db, "/")).toBe(true);
    expect(await arKandSokvag(db, "/insatser/systematiskt-kvalitetsarbete")).toBe(true);
    expect(await arKandSokvag(db, "/om-forvaltningen")).toBe(true);
    // Pages the sitemap lists: the fixed ones and the language versions of the start page and an område.
    for (const sokvag of [
      "/sa-gar-det",
      "/senaste-andringar",
      "/en",
      "/lattlast",
      "/forstarkningsomraden/okad-kvalitet-i-undervisningen/en",
    ])
      expect(await arKandSokvag(db, sokvag), sokvag).toBe(true);
    for (const sokvag of [
      "/finns-inte",
      "/startsida/en",
      "/okad-kvalitet-i-undervisningen/en",
      "/arende/abc123",
      "/personal",
      "/insatser/påhittad",
      "/api/besok",
    ])
      expect(await arKandSokvag(db, sokvag), sokvag).toBe(false);
  });

  it("keeps the referring site's domain only, and masks what looks like personal data in a search", () => {
    expect(domanFran("WWW.Google.com")).toBe("google.com");
    expect(domanFran("goteborg.se.")).toBe("goteborg.se");
    for (const fel of ["", "localhost", "a b.se", "x".repeat(300) + ".se", "<script>.se"]) expect(domanFran(fel), fel).toBeNull();
    expect(maskeradFraga("19121212-1212 betyg")).toBe("[siffror] betyg");
    expect(maskeradFraga("årskurs 9 2026")).toBe("årskurs 9 2026");
  });

  it("folds searches older than 90 days into the day's total and removes everything after 25 months", async () => {
    const s = () => besoksstatistik(db, { fran: "2026-12-05", till: "2026-12-05" });
    await gallraBesok(db, new Date("2027-03-04T12:00:00Z")); // 89 days on
    expect((await s()).sokningar).toHaveLength(3);
    await gallraBesok(db, new Date("2027-03-06T12:00:00Z"));
    const efter = await s();
    expect(efter.sokningar).toEqual([]);
    expect(efter.gallradeSokningar).toBe(4);
    expect(efter.visningar).toBe(44);
    await gallraBesok(db, new Date("2029-01-06T12:00:00Z"));
    expect((await s()).visningar).toBe(0);
    expect(await db.besokSokning.count()).toBe(0);
  });
});
