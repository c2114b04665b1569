import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";

vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidateTag: () => {} }));

import { andringSchema, lasAndring } from "@/lib/innehall/andring";
import { andringsnoter, vasentligaAndringar } from "@/lib/innehall/andringsnoter";
import { publicera, sparaUtkast } from "@/lib/innehall/redigera";
import { korSchemalagda, schemalagg } from "@/lib/innehall/schemalagt";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
let url: string;
beforeAll(async () => {
  ({ db, aktor, drop, url } = await seededDatabase("andr"));
  // lib/db reads DATABASE_URL on first use: the cached public query reads this database.
  process.env.DATABASE_URL = url;
});
afterAll(() => drop());

const SIDA = "om-forvaltningen";

async function publiceraSida(ingress: string, andringsnot: string | null) {
  const i = await db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "sida", nyckel: SIDA } } });
  const taggar: string[] = [];
  const r = await publicera(
    db,
    aktor.REDAKTOR,
    "sida",
    SIDA,
    { data: { ...((i.utkast ?? i.publicerad) as object), ingress }, version: i.version, andringsnot },
    (t) => void taggar.push(t),
  );
  expect(r.ok).toBe(true);
  return taggar;
}

describe("the publish form's choice", () => {
  it("a minor change needs no note; a significant one needs a one-line note of at most 200 characters, in Swedish", () => {
    expect(lasAndring({ andring: "mindre", andringsnot: "" })).toEqual({ ok: true, andringsnot: null });
    // A minor change's stray note is not kept.
    expect(lasAndring({ andring: "mindre", andringsnot: "Något" })).toEqual({ ok: true, andringsnot: null });
    expect(lasAndring({})).toEqual({ ok: true, andringsnot: null });
    expect(lasAndring({ "schema-andring": "", "schema-andringsnot": "" }, "schema-")).toEqual({ ok: true, andringsnot: null });
    expect(lasAndring({ "schema-andring": "vasentlig", "schema-andringsnot": "" }, "schema-")).toEqual({
      ok: false,
      fel: { "schema-andringsnot": "Skriv en kort ändringsnot: vad som ändrats. Den visas på sidan." },
    });
    expect(lasAndring({ andring: "vasentlig", andringsnot: "  Nya öppettider.  " })).toEqual({ ok: true, andringsnot: "Nya öppettider." });
    expect(lasAndring({ andring: "vasentlig", andringsnot: "   " })).toEqual({
      ok: false,
      fel: { andringsnot: "Skriv en kort ändringsnot: vad som ändrats. Den visas på sidan." },
    });
    expect(lasAndring({ andring: "vasentlig", andringsnot: "x".repeat(201) })).toEqual({
      ok: false,
      fel: { andringsnot: "Ändringsnoten får vara högst 200 tecken." },
    });
    expect(lasAndring({ andring: "vasentlig", andringsnot: "En\nrad till" })).toMatchObject({
      ok: false,
      fel: { andringsnot: "Skriv ändringsnoten på en rad." },
    });
    expect(lasAndring({ andring: "stor", andringsnot: "" })).toEqual({
      ok: false,
      fel: { andring: "Välj om ändringen är mindre eller väsentlig." },
    });
    expect(andringSchema.safeParse({ andring: "vasentlig", andringsnot: "x".repeat(200) }).success).toBe(true);
  });
});

describe("change notes", () => {
  it("a significant change is stored with its version and listed; a minor one is not", async () => {
    const fore = await andringsnoter(db, "sida", SIDA);
    const taggar = await publiceraSida("En ny ingress.", "Nya uppgifter om förvaltningens organisation.");
    expect(taggar).toContain(`sida:${SIDA}`);
    expect(taggar).toContain("andringsnoter");
    await publiceraSida("En ny ingress, rättad.", null);
    const versioner = await db.innehallVersion.findMany({
      where: { innehall: { typ: "sida", nyckel: SIDA }, handling: "PUBLICERING" },
      orderBy: { nummer: "desc" },
      take: 2,
    });
    expect(versioner.map((v) => [v.vasentlig, v.andringsnot])).toEqual([
      [false, null],
      [true, "Nya uppgifter om förvaltningens organisation."],
    ]);
    const noter = await andringsnoter(db, "sida", SIDA);
    expect(noter).toHaveLength(fore.length + 1);
    expect(noter[0].not).toBe("Nya uppgifter om förvaltningens organisation.");
    // Only dates and notes: nothing of the text, the draft or who wrote it.
    expect(Object.keys(noter[0]).sort()).toEqual(["not", "tidpunkt"]);
    expect(JSON.stringify(noter)).not.toContain("En ny ingress");
    expect(JSON.stringify(noter)).not.toContain(aktor.REDAKTOR.name);
    const logg = await db.granskningshandelse.findFirstOrThrow({
      where: { handling: "innehall.publicera", objektId: SIDA, data: { path: ["andringsnot"], not: "null" } },
      orderBy: { tidpunkt: "desc" },
    });
    expect(logg.data).toMatchObject({ andringsnot: "Nya uppgifter om förvaltningens organisation." });
  });

  it("a draft saved with a note stores no note", async () => {
    const i = await db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "sida", nyckel: SIDA } } });
    const r = await sparaUtkast(db, aktor.REDAKTOR, "sida", SIDA, {
      data: { ...((i.utkast ?? i.publicerad) as object), ingress: "Utkast." },
      version: i.version,
      andringsnot: "Ska inte sparas",
    });
    expect(r.ok).toBe(true);
    expect(await db.innehallVersion.count({ where: { andringsnot: "Ska inte sparas" } })).toBe(0);
  });

  it("a type without change notes ignores one", async () => {
    const i = await db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "startsida", nyckel: "startsida" } } });
    const r = await publicera(
      db,
      aktor.REDAKTOR,
      "startsida",
      "startsida",
      { data: i.publicerad as Record<string, unknown>, version: i.version, andringsnot: "Inte här" },
      () => {},
    );
    expect(r.ok).toBe(true);
    expect(await db.innehallVersion.count({ where: { andringsnot: "Inte här" } })).toBe(0);
  });

  it("a scheduled publish carries the choice to the version it publishes", async () => {
    const nu = new Date("2026-11-26T12:00:00Z");
    const i = await db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "sida", nyckel: SIDA } } });
    const u = await sparaUtkast(db, aktor.REDAKTOR, "sida", SIDA, {
      data: { ...((i.utkast ?? i.publicerad) as object), ingress: "Schemalagd ingress." },
      version: i.version,
    });
    expect(u.ok).toBe(true);
    const s = await schemalagg(
      db,
      aktor.REDAKTOR,
      "sida",
      SIDA,
      { datum: "2026-11-27", klockslag: "08:00", andringsnot: "Schemalagd väsentlig ändring." },
      nu,
    );
    expect(s.ok).toBe(true);
    expect(await korSchemalagda(db, () => {}, new Date("2026-11-27T08:00:00Z"))).toBe(1);
    expect((await andringsnoter(db, "sida", SIDA))[0].not).toBe("Schemalagd väsentlig ändring.");
    const senaste = await vasentligaAndringar(db, { antal: 5 });
    expect(senaste[0]).toMatchObject({ typ: "sida", nyckel: SIDA, adress: `/${SIDA}`, not: "Schemalagd väsentlig ändring." });
  });

  it("the public list comes from the cached query by page", async () => {
    const { getAndringsnoter } = await import("@/lib/innehall/andringsnoter");
    const noter = await getAndringsnoter(SIDA);
    expect(noter.map((n) => n.not)).toEqual((await andringsnoter(db, "sida", SIDA)).map((n) => n.not));
  });
});

describe("a significant change reaches the område's followers", () => {
  async function publiceraOmrade(andringsnot: string | null) {
    const omrade = await db.forstarkningsomrade.findFirstOrThrow({ orderBy: { slug: "asc" } });
    const i = await db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "forstarkningsomrade", nyckel: omrade.slug } } });
    const data = { ...((i.utkast ?? i.publicerad) as object), ingress: `Ny ingress ${Date.now()}.` };
    const r = await publicera(db, aktor.REDAKTOR, "forstarkningsomrade", omrade.slug, { data, version: i.version, andringsnot }, () => {});
    expect(r.ok).toBe(true);
    return omrade;
  }

  it("queues one change note for the område with the publish, and none for a minor change", async () => {
    const fore = await db.bevakningsandring.count();
    await publiceraOmrade(null);
    expect(await db.bevakningsandring.count()).toBe(fore);
    const omrade = await publiceraOmrade("Målen för området är omskrivna.");
    const rader = await db.bevakningsandring.findMany({ where: { omradeId: omrade.id, insatsId: null } });
    expect(rader).toHaveLength(1);
    expect(rader[0]).toMatchObject({
      rubrik: omrade.namn,
      text: "Målen för området är omskrivna.",
      lank: expect.stringMatching(new RegExp(`^https?://[^/]+/forstarkningsomraden/${omrade.slug}$`)),
      utspridd: null,
    });
  });
});
