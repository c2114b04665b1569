import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { Diagram } from "@/components/diagram/diagram";
import { manaderFram, svensktDatum } from "@/lib/datum";
import { saGarDetCsv } from "@/lib/insatser/csv";
import { saGarDet, TIDSLINJE_MANADER } from "@/lib/insatser/oversikt";
import { saGarDetDiagram, type Diagramdefinition } from "@/lib/insatser/oversikt-diagram";
import { uppdateraInsats } from "@/lib/insatser/uppdatera";
import { seededDatabase, type Demoaktor } from "../support/seeded";

// Outside a Next.js server there is no data cache: the cached reader runs uncached here.
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  unstable_cache: <T>(fn: T) => fn,
}));

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("sgd"));
});
afterAll(async () => drop());

type Tal = Record<string, Record<string, number>>;
const talet = (s: string) => Number(s.replace(/[\s\u00a0\u2212]/g, (c) => (c === "\u2212" ? "-" : "")));

/** What the drawn chart says: each mark's category, series and value, and its size along the axis. */
function diagrammet(html: string, typ: Diagramdefinition["typ"]) {
  const svg = html.slice(html.indexOf("<svg viewBox"), html.indexOf("</svg>", html.indexOf("<svg viewBox")));
  const varden: Tal = {};
  const storlek: { varde: number; langd: number }[] = [];
  for (const grupp of svg.split(' data-kategori="').slice(1)) {
    const kategori = grupp.slice(0, grupp.indexOf('"'));
    varden[kategori] = {};
    for (const [, serie, varde, attr] of grupp.matchAll(/<g data-serie="([^"]+)" data-varde="(\d+)"><rect ([^>]*)>/g)) {
      varden[kategori][serie] = Number(varde);
      const langd = Number((typ === "staplar" ? / width="([\d.]+)"/ : / height="([\d.]+)"/).exec(` ${attr}`)![1]);
      storlek.push({ varde: Number(varde), langd });
    }
  }
  return { varden, storlek };
}

/** What the table says: each row's category and the number in each series' column. */
function tabellen(html: string): Tal {
  const varden: Tal = {};
  for (const [, kategori, rad] of html.matchAll(/<tr data-kategori="([^"]+)">(.*?)<\/tr>/g)) {
    varden[kategori] = Object.fromEntries(
      [...rad.matchAll(/<td data-serie="([^"]+)"[^>]*>([^<]*)<\/td>/g)].map(([, s, v]) => [s, talet(v)]),
    );
  }
  return varden;
}

const utanNollor = (t: Tal): Tal =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).filter(([, n]) => n > 0))]));

/** The same figures, counted in plain code from the rows themselves. */
async function franDatabasen(nu: Date): Promise<Record<string, Tal>> {
  const insatser = await db.insats.findMany({
    where: { arkiverad: null },
    select: {
      status: true,
      forstarkningsomrade: { select: { slug: true } },
      skolor: { select: { skola: { select: { stadsomrade: true } } } },
      uppdateringar: { select: { tidpunkt: true, franStatus: true, tillStatus: true } },
    },
  });
  const okning = (t: Tal, rad: string, serie: string) => {
    t[rad] ??= {};
    t[rad][serie] = (t[rad][serie] ?? 0) + 1;
  };
  const omrade: Tal = {};
  const manad: Tal = {};
  const stadsomrade: Tal = {};
  const fonster = new Set(manaderFram(svensktDatum(nu).slice(0, 7), TIDSLINJE_MANADER));
  for (const i of insatser) {
    okning(omrade, i.forstarkningsomrade?.slug ?? "utanfor", i.status);
    for (const s of new Set(i.skolor.map((k) => k.skola.stadsomrade))) okning(stadsomrade, s, i.status);
    for (const u of i.uppdateringar) {
      const m = svensktDatum(u.tidpunkt).slice(0, 7);
      if (u.franStatus !== u.tillStatus && fonster.has(m)) okning(manad, m, u.tillStatus);
    }
  }
  const pilot: Tal = {};
  const delar = await db.programdel.findMany({ where: { program: { slug: "framtidsrustad-skola" } }, select: { id: true, slug: true } });
  const pilotskolor = await db.skola.findMany({
    where: { framtidsrustadPilot: true },
    select: { pilotsteg: { select: { programdelId: true, status: true } } },
  });
  for (const d of delar) {
    for (const s of pilotskolor) okning(pilot, d.slug, s.pilotsteg.find((p) => p.programdelId === d.id)?.status ?? "EJ_PABORJAD");
  }
  return { "per-forstarkningsomrade": omrade, "per-manad": manad, "per-stadsomrade": stadsomrade, pilotskolor: pilot };
}

async function kontrollera(nu: Date) {
  const diagram = saGarDetDiagram(await saGarDet(db, nu));
  const vantat = await franDatabasen(nu);
  expect(diagram.map((d) => d.id)).toEqual(["per-forstarkningsomrade", "per-manad", "per-stadsomrade", "pilotskolor"]);
  for (const d of diagram) {
    const html = renderToStaticMarkup(createElement(Diagram, d));
    const ritat = diagrammet(html, d.typ);
    const tabell = tabellen(html);
    // Every row of the table is drawn, with the same numbers; a zero is a mark left out.
    expect(Object.keys(ritat.varden).sort(), d.id).toEqual(Object.keys(tabell).sort());
    expect(ritat.varden, d.id).toEqual(utanNollor(tabell));
    const ifyllda = (t: Tal) => Object.fromEntries(Object.entries(utanNollor(t)).filter(([, v]) => Object.keys(v).length > 0));
    expect(ifyllda(tabell), d.id).toEqual(ifyllda(vantat[d.id]));
    // Each mark's size is its number on one linear scale from zero.
    const skala = ritat.storlek.map((s) => s.langd / s.varde);
    expect(skala.length, d.id).toBeGreaterThan(0);
    for (const k of skala) expect(k, d.id).toBeCloseTo(skala[0], 6);
  }
  return diagram;
}

const rad = (d: Diagramdefinition[], id: string, kategori: string) =>
  d.find((x) => x.id === id)!.rader.find((r) => r.nyckel === kategori)!.varden;

describe("Så går det", () => {
  it("draws each chart with its table's numbers, and both are the database's; a status change shows in every chart it belongs to", async () => {
    const nu = new Date();
    const fore = await kontrollera(nu);
    expect(fore[0].budskap).toMatch(/^\d+ av \d+ insatser är klara och \d+ pågår\./);

    const insats = await db.insats.findFirstOrThrow({
      where: { arkiverad: null, status: "PAGAR", forstarkningsomrade: { isNot: null }, skolor: { some: {} } },
      select: {
        slug: true,
        version: true,
        forstarkningsomrade: { select: { slug: true } },
        skolor: { select: { skola: { select: { stadsomrade: true } } } },
      },
    });
    const omrade = insats.forstarkningsomrade!.slug;
    const stadsomrade = insats.skolor[0].skola.stadsomrade;
    const manad = svensktDatum(nu).slice(0, 7);
    const utfall = await uppdateraInsats(db, aktor.REDAKTOR, insats.slug, {
      status: "KLAR",
      progress: 100,
      kommentar: "Insatsen är genomförd.",
      version: insats.version,
    });
    expect(utfall.ok).toBe(true);

    const efter = await kontrollera(nu);
    expect(rad(efter, "per-forstarkningsomrade", omrade).KLAR).toBe(rad(fore, "per-forstarkningsomrade", omrade).KLAR + 1);
    expect(rad(efter, "per-forstarkningsomrade", omrade).PAGAR).toBe(rad(fore, "per-forstarkningsomrade", omrade).PAGAR - 1);
    expect(rad(efter, "per-manad", manad).KLAR).toBe(rad(fore, "per-manad", manad).KLAR + 1);
    expect(rad(efter, "per-stadsomrade", stadsomrade).KLAR).toBe(rad(fore, "per-stadsomrade", stadsomrade).KLAR + 1);
  });

  it("counts a pilot school's part it has no row for as not begun, and a school that stops being a pilot not at all", async () => {
    const skola = await db.skola.findFirstOrThrow({ where: { framtidsrustadPilot: true }, select: { id: true } });
    const del = await db.programdel.findFirstOrThrow({
      where: { program: { slug: "framtidsrustad-skola" } },
      select: { id: true, slug: true },
    });
    const fore = saGarDetDiagram(await saGarDet(db));
    await db.pilotskolaDel.delete({ where: { skolaId_programdelId: { skolaId: skola.id, programdelId: del.id } } });
    await kontrollera(new Date());
    const utanRad = rad(saGarDetDiagram(await saGarDet(db)), "pilotskolor", del.slug);
    expect(Object.values(utanRad).reduce((a, b) => a + b)).toBe(Object.values(rad(fore, "pilotskolor", del.slug)).reduce((a, b) => a + b));
    await db.skola.update({ where: { id: skola.id }, data: { framtidsrustadPilot: false } });
    const d = await saGarDet(db);
    expect(d.pilot.skolor).toBe(Object.values(d.pilot.delar[0].antal).reduce((a, b) => a + b));
    await kontrollera(new Date());
  });

  it("gives the same figures as open data in CSV, one row per chart, group and status", async () => {
    const d = await saGarDet(db);
    const csv = saGarDetCsv(d);
    const rader = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(rader[0]).toBe("diagram;grupp;gruppnamn;status;antal");
    const klara = rader.filter((r) => r.startsWith('"per-forstarkningsomrade"') && r.includes(';"KLAR";'));
    expect(klara.reduce((n, r) => n + Number(r.split(";").at(-1)!.replaceAll('"', "")), 0)).toBe(d.totalt.KLAR);
    expect(rader.filter((r) => r.startsWith('"statusandringar-per-manad"'))).toHaveLength(TIDSLINJE_MANADER * 4);
  });
});
