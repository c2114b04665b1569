import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { atomflode, atomsvar } from "@/lib/atom";
import { saGarDet } from "@/lib/insatser/oversikt";
import { arkiveraInsats, redigeraInsats } from "@/lib/insatser/redigera";
import { redigeringSchema } from "@/lib/insatser/schema";
import { uppdateraInsats } from "@/lib/insatser/uppdatera";
import { seededDatabase, type Demoaktor } from "../support/seeded";

// Next.js's data cache exists only inside a Next.js server; here the queries run uncached and
// expiring a tag does nothing. The browser test reads the feeds through the page cache.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn, revalidateTag: () => {} }));

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
let flode: typeof import("@/lib/insatser/flode");

beforeAll(async () => {
  let url: string;
  ({ db, aktor, drop, url } = await seededDatabase("flode"));
  // lib/db reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = url;
  flode = await import("@/lib/insatser/flode");
});
afterAll(async () => {
  const { db: appDb } = await import("@/lib/db");
  await appDb.$disconnect();
  await drop();
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (namn) => ["entry", "link"].includes(namn) });
const BAS = "https://grundskola.example";

/** An insats of a förstärkningsområde that concerns at least one school, not done. */
async function insatsMedSkolor() {
  return db.insats.findFirstOrThrow({
    where: { arkiverad: null, status: "PAGAR", forstarkningsomradeId: { not: null }, skolor: { some: {} } },
    include: { forstarkningsomrade: true, skolor: { include: { skola: true } } },
    orderBy: { slug: "asc" },
  });
}

describe("the Atom feeds' content", () => {
  it("a status change is the newest entry in the insats's, its område's, its schools' and the site's feeds", async () => {
    const i = await insatsMedSkolor();
    const kommentar = `Vi pausar <tills vidare> & väntar på "beslut" ${i.slug}`;
    const utfall = await uppdateraInsats(db, aktor.REDAKTOR, i.slug, {
      status: "PAUSAD",
      progress: i.progress,
      kommentar,
      version: i.version,
    });
    expect(utfall.ok).toBe(true);

    const insats = (await flode.getInsatsensAndringar(i.slug))!;
    const omrade = (await flode.getOmradetsAndringar(i.forstarkningsomrade!.slug))!;
    const skola = (await flode.getSkolansAndringar(i.skolor[0].skola.slug))!;
    const senaste = await flode.getSenasteAndringar();
    for (const lista of [insats.andringar, omrade.andringar, skola.andringar, senaste]) {
      expect(lista[0]).toMatchObject({ kommentar, franStatus: "PAGAR", tillStatus: "PAUSAD", insats: { slug: i.slug } });
    }
    expect(senaste.length).toBe(flode.ANDRINGAR_I_FLODE);

    const sida = { adress: `/insatser/${i.slug}`, titel: insats.titel, undertitel: "Ändringar" };
    const text = atomflode(flode.andringsflode(`${BAS}/`, sida, insats.andringar, "Grundskoleförvaltningen"));
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = parser.parse(text).feed;
    expect(feed.id).toBe(`${BAS}/insatser/${i.slug}/atom`);
    expect(feed.updated).toBe(insats.andringar[0].tidpunkt.replace(/\.\d{3}Z$/, "Z"));
    expect(feed.author.name).toBe("Grundskoleförvaltningen");
    const [forsta] = feed.entry;
    expect(forsta.title["#text"]).toBe(`${i.titel}: Status ändrad från pågår till pausad, ${i.progress} % klart`);
    expect(forsta.summary["#text"]).toBe(kommentar);
    expect(forsta.id).toBe(`tag:grundskola.example,2026:insatsuppdatering/${insats.andringar[0].id}`);
    expect(forsta.link[0]["@href"]).toBe(`${BAS}/insatser/${i.slug}#uppdatering-${insats.andringar[0].id}`);
    expect(feed.entry).toHaveLength(insats.andringar.length);
  });

  it("one change has the same entry id in every feed that carries it", async () => {
    const i = await insatsMedSkolor();
    await uppdateraInsats(db, aktor.REDAKTOR, i.slug, { status: "PAGAR", progress: 99, kommentar: "Nästan klart.", version: i.version });
    const sida = { adress: "/x", titel: "x", undertitel: "x" };
    const idn = async (lista: import("@/lib/insatser/flode").Andring[]) =>
      parser.parse(atomflode(flode.andringsflode(BAS, sida, lista, "F"))).feed.entry[0].id;
    const forvantat = await idn((await flode.getInsatsensAndringar(i.slug))!.andringar);
    expect(await idn((await flode.getOmradetsAndringar(i.forstarkningsomrade!.slug))!.andringar)).toBe(forvantat);
    expect(await idn(await flode.getSenasteAndringar())).toBe(forvantat);
  });

  it("an unknown insats, område or school has no feed, and the route answers 404", async () => {
    expect(await flode.getInsatsensAndringar("finns-inte")).toBeNull();
    expect(await flode.getOmradetsAndringar("finns-inte")).toBeNull();
    expect(await flode.getSkolansAndringar("finns-inte")).toBeNull();
    const svar = atomsvar(null);
    expect(svar.status).toBe(404);
    expect(svar.headers.get("content-type")).not.toContain("atom");
  });

  it("an archived insats leaves the område's and the site's feeds but keeps its own", async () => {
    const i = await insatsMedSkolor();
    expect(await arkiveraInsats(db, aktor.REDAKTOR, i.slug)).toEqual({ ok: true });
    expect((await flode.getInsatsensAndringar(i.slug))!.andringar.length).toBeGreaterThan(0);
    expect((await flode.getOmradetsAndringar(i.forstarkningsomrade!.slug))!.andringar.some((a) => a.insats.slug === i.slug)).toBe(false);
    expect((await flode.getSenasteAndringar()).some((a) => a.insats.slug === i.slug)).toBe(false);
  });
});

describe("planned dates and försenade insatser", () => {
  it("a redaktör sets the planned period; an end before the start is refused in Swedish", async () => {
    const fel = redigeringSchema.safeParse({
      titel: "T",
      beskrivning: "B",
      ansvarigEnhet: "E",
      planeradStart: "2027-01-10",
      planeradSlut: "2027-01-09",
      version: "1",
    });
    expect(fel.success).toBe(false);
    expect(fel.error!.issues).toMatchObject([
      { path: ["planeradSlut"], message: "Det planerade slutet kan inte vara före den planerade starten." },
    ]);
    expect(
      redigeringSchema.safeParse({ titel: "T", beskrivning: "B", ansvarigEnhet: "E", planeradSlut: "30/6", version: "1" }).success,
    ).toBe(false);

    const i = await db.insats.findFirstOrThrow({ where: { arkiverad: null, status: "PAGAR" }, orderBy: { slug: "desc" } });
    const data = redigeringSchema.parse({
      titel: i.titel,
      beskrivning: i.beskrivning,
      ansvarigEnhet: i.ansvarigEnhet,
      planeradStart: "2025-01-01",
      planeradSlut: "2026-06-30",
      version: String(i.version),
    });
    expect(await redigeraInsats(db, aktor.REDAKTOR, i.slug, data)).toEqual({ ok: true });
    const efter = await db.insats.findUniqueOrThrow({ where: { id: i.id } });
    expect(efter.planeradStart?.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(efter.planeradSlut?.toISOString()).toBe("2026-06-30T00:00:00.000Z");

    // Så går det: not late on the end day itself, late the day after, and not once done.
    const slugs = async (nu: string) => (await saGarDet(db, new Date(nu))).forsenade.map((f) => f.slug);
    expect(await slugs("2026-06-30T21:59:00Z")).not.toContain(i.slug);
    expect(await slugs("2026-06-30T22:01:00Z")).toContain(i.slug);
    await uppdateraInsats(db, aktor.REDAKTOR, i.slug, { status: "KLAR", progress: 100, kommentar: "Klart.", version: efter.version });
    expect(await slugs("2026-07-01T12:00:00Z")).not.toContain(i.slug);
  });

  it("the seed plans some insatser, and some of those that are not done are late", async () => {
    const planerade = await db.insats.count({ where: { planeradSlut: { not: null } } });
    expect(planerade).toBeGreaterThanOrEqual(10);
    const { forsenade } = await saGarDet(db);
    expect(forsenade.length).toBeGreaterThan(0);
    for (const f of forsenade) expect(f.planeradSlut < new Date().toISOString().slice(0, 10)).toBe(true);
    // The open data carries the planned period and the same "Försenad" as the pages.
    const { getOppnaData } = await import("@/lib/insatser/queries");
    const oppna = await getOppnaData();
    expect(
      oppna
        .filter((i) => i.forsenad)
        .map((i) => i.id)
        .sort(),
    ).toEqual(forsenade.map((f) => f.slug).sort());
    expect(oppna.filter((i) => i.planeradSlut !== null).length).toBe(planerade);
  });
});
