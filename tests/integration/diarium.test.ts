import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { avsandarvy } from "@/lib/synpunkter/arende";
import { DIARIESIDA, DIARIETAK, diarieexport, diariet, diarienummer } from "@/lib/synpunkter/diarium";
import { handlagga } from "@/lib/synpunkter/handlagga";
import { SEKRETESSTEXT } from "@/lib/synpunkter/sekretess";
import { taEmotSynpunkt, type Arendeuppgifter } from "@/lib/synpunkter/ta-emot";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("diarium"));
});
afterAll(() => drop());

const arende = (andra: Partial<Arendeuppgifter> = {}): Arendeuppgifter => ({
  typ: "KLAGOMAL",
  skolaId: null,
  meddelande: "Hemligt meddelande från Kalle",
  namn: "Kalle Anka",
  epost: "kalle@exempel.se",
  meddela: false,
  idempotensnyckel: randomUUID(),
  startad: "",
  webbplats: "",
  ...andra,
});
// A year of its own per test, so each series starts at 1.
const iAr = (ar: number) => new Date(Date.UTC(ar, 5, 1, 12));
const nummer = async (ar: number) =>
  (await db.synpunkt.findMany({ where: { diarieAr: ar }, orderBy: { diarieNr: "asc" }, select: { diarieNr: true } })).map(
    (s) => s.diarieNr,
  );
const ettTill = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("the diarienummer series", () => {
  it("numbers 50 concurrent arrivals 1 to 50, without duplicates or gaps", async () => {
    const svar = await Promise.all(Array.from({ length: 50 }, (_, i) => taEmotSynpunkt(db, arende(), `klient-50-${i}`, iAr(2011))));
    expect(svar.every((s) => s.ok)).toBe(true);
    expect(await nummer(2011)).toEqual(ettTill(50));
    expect(await db.diarieserie.findUnique({ where: { ar: 2011 } })).toEqual({ ar: 2011, senaste: 50 });
  });

  it("gives a failed arrival's number back: the next one takes it", async () => {
    await taEmotSynpunkt(db, arende(), "klient-fel-1", iAr(2012));
    // A follow-up of a case that does not exist breaks a foreign key after the trigger numbered it.
    await expect(taEmotSynpunkt(db, arende({ tidigareId: "finns-inte" }), "klient-fel-2", iAr(2012))).rejects.toThrow();
    await taEmotSynpunkt(db, arende(), "klient-fel-3", iAr(2012));
    expect(await nummer(2012)).toEqual([1, 2]);
  });

  it("makes one case of the same form posted many times at once, and leaves no gap", async () => {
    const samma = arende();
    const svar = await Promise.all(Array.from({ length: 8 }, (_, i) => taEmotSynpunkt(db, samma, `klient-samma-${i}`, iAr(2013))));
    expect(new Set(svar.map((s) => s.ok && s.arendenummer)).size).toBe(1);
    await taEmotSynpunkt(db, arende(), "klient-samma-efter", iAr(2013));
    expect(await nummer(2013)).toEqual([1, 2]);
  });

  it("takes the year in Sweden and never changes a number once given", async () => {
    // 23:30 UTC on New Year's Eve is already the new year in Göteborg.
    await taEmotSynpunkt(db, arende(), "klient-nyar", new Date("2014-12-31T23:30:00Z"));
    const s = await db.synpunkt.findFirstOrThrow({ where: { diarieAr: 2015 } });
    expect(s.diarieNr).toBe(1);
    await db.synpunkt.update({ where: { id: s.id }, data: { diarieAr: 1999, diarieNr: 7 } });
    expect(await db.synpunkt.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ diarieAr: 2015, diarieNr: 1 });
    expect(diarienummer(2015, 1, "GRF")).toBe("GRF 2015/00001");
    // The sender finds it on their own page, to look the case up in the diarium.
    expect((await avsandarvy(db, s.id))?.diarienummer).toBe(diarienummer(2015, 1));
  });
});

describe("the ärendemening and the sekretess marking", () => {
  it("defaults from type and school, is edited by the handläggare and is in the timeline", async () => {
    const skola = await db.skola.findFirstOrThrow();
    await taEmotSynpunkt(db, arende({ typ: "SYNPUNKT", skolaId: skola.id }), "klient-mening", iAr(2016));
    const s = await db.synpunkt.findFirstOrThrow({ where: { diarieAr: 2016 } });
    const [forst] = (await diariet(db, { ar: 2016 })).poster;
    expect(forst).toMatchObject({ arendemening: `Synpunkt om ${skola.namn}`, typ: "Synpunkt", status: "Mottagen" });

    expect(await handlagga(db, aktor.HANDLAGGARE, s.lopnummer, { handling: "arendemening", text: "Skolskjuts till fritids" })).toEqual({
      ok: true,
    });
    expect((await diariet(db, { ar: 2016 })).poster[0]).toMatchObject({ arendemening: "Skolskjuts till fritids" });
    const h = await db.synpunktHandelse.findFirstOrThrow({ where: { synpunktId: s.id, typ: "ARENDEMENING_ANDRAD" } });
    expect(h).toMatchObject({
      aktorId: aktor.HANDLAGGARE.id,
      data: { fran: `Synpunkt om ${skola.namn}`, till: "Skolskjuts till fritids" },
    });
  });

  it("refuses the marking from a role that does not handle cases", async () => {
    const s = await db.synpunkt.findFirstOrThrow({ where: { diarieAr: 2016 } });
    await expect(handlagga(db, aktor.REDAKTOR, s.lopnummer, { handling: "sekretess", grund: "OSL_23_2" })).rejects.toThrow(/behörighet/);
    await expect(handlagga(db, aktor.REKTOR, s.lopnummer, { handling: "arendemening", text: "Något" })).rejects.toThrow(/behörighet/);
    expect(await db.synpunkt.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ sekretess: null });
  });

  it("masks a marked case in the public diarium, and the marking and its removal are audited", async () => {
    await taEmotSynpunkt(db, arende({ typ: "KLAGOMAL" }), "klient-sek-1", iAr(2017));
    await taEmotSynpunkt(db, arende({ typ: "KLAGOMAL", meddelande: "Öppet ärende" }), "klient-sek-2", iAr(2017));
    const [markerad] = await db.synpunkt.findMany({ where: { diarieAr: 2017 }, orderBy: { diarieNr: "asc" } });
    expect(await handlagga(db, aktor.HANDLAGGARE, markerad.lopnummer, { handling: "sekretess", grund: "OSL_23_2" })).toEqual({ ok: true });

    const sida = await diariet(db, { ar: 2017 });
    expect(sida.poster).toEqual([
      expect.objectContaining({
        diarienummer: diarienummer(2017, 2),
        sekretess: false,
        arendemening: "Klagomål om grundskoleförvaltningen",
      }),
      { diarienummer: diarienummer(2017, 1), registrerad: "2017-06-01", sekretess: true, text: SEKRETESSTEXT },
    ]);
    // A filter on type would tell a marked case's type: it is left out there.
    expect((await diariet(db, { ar: 2017, typ: "KLAGOMAL" })).poster.map((p) => p.diarienummer)).toEqual([diarienummer(2017, 2)]);
    // No name, e-mail or message text, anywhere in what the page is given.
    const allt = JSON.stringify(await diariet(db, {}));
    for (const hemligt of ["Kalle", "kalle@exempel.se", "Hemligt meddelande", "Öppet ärende"]) expect(allt).not.toContain(hemligt);

    await handlagga(db, aktor.HANDLAGGARE, markerad.lopnummer, { handling: "sekretess", grund: null });
    const handelser = await db.synpunktHandelse.findMany({
      where: { synpunktId: markerad.id, typ: { in: ["SEKRETESS_MARKERAD", "SEKRETESS_BORTTAGEN"] } },
      orderBy: { tidpunkt: "asc" },
    });
    expect(handelser.map((h) => h.typ)).toEqual(["SEKRETESS_MARKERAD", "SEKRETESS_BORTTAGEN"]);
    expect(await db.granskningshandelse.count({ where: { handling: "synpunkt.sekretess", objektId: String(markerad.lopnummer) } })).toBe(2);
    expect((await diariet(db, { ar: 2017 })).poster[1]).toMatchObject({ sekretess: false, typ: "Klagomål" });
    await handlagga(db, aktor.HANDLAGGARE, markerad.lopnummer, { handling: "sekretess", grund: "OSL_25_1" });
  });

  it("pages the diarium, newest first", async () => {
    const forsta = await diariet(db, { ar: 2011 });
    expect(forsta.antal).toBe(50);
    expect(forsta.sidor).toBe(1);
    expect(forsta.poster[0].diarienummer).toBe(diarienummer(2011, 50));
    expect((await diariet(db, { ar: 2011, sida: 2 })).poster).toEqual([]);
    expect(forsta.ar).toEqual(expect.arrayContaining([2011, 2017]));
  });
});

describe("the diarium export", () => {
  const exportPost = async (vem: Demoaktor, sedan?: Date) =>
    (await diarieexport(db, vem, sedan)).find((p) => p.diarienummer === diarienummer(2017, 1))!;

  it("withholds a marked case's ärendemening from an exporter who may not see it", async () => {
    expect(await exportPost(aktor.REDAKTOR)).toMatchObject({
      avsandare: "Enskild",
      sekretess: true,
      arendemening: null,
      sekretessgrund: null,
      skola: null,
      typ: "KLAGOMAL",
    });
    expect(await exportPost(aktor.HANDLAGGARE)).toMatchObject({
      sekretess: true,
      arendemening: "Klagomål om grundskoleförvaltningen",
      sekretessgrund: "OSL 25 kap. 1 § – hälso- och sjukvård",
    });
    const allt = JSON.stringify(await diarieexport(db, aktor.ADMIN));
    for (const hemligt of ["Kalle", "kalle@exempel.se", "Hemligt meddelande"]) expect(allt).not.toContain(hemligt);
  });

  it("gives, with `sedan`, only the cases registered or changed since then", async () => {
    const sedan = new Date();
    const s = await db.synpunkt.findFirstOrThrow({ where: { diarieAr: 2012, diarieNr: 2 } });
    await handlagga(db, aktor.HANDLAGGARE, s.lopnummer, { handling: "status", status: "AVSLUTAD" });
    const andrade = await diarieexport(db, aktor.HANDLAGGARE, sedan);
    expect(andrade.map((p) => p.diarienummer)).toEqual([diarienummer(2012, 2)]);
    expect(andrade[0].status).toBe("AVSLUTAD");
  });
});

describe("the diarium at scale", () => {
  it("chooses a month of a year by registration date in Sweden", async () => {
    expect((await diariet(db, { ar: 2011, manad: 6 })).antal).toBe(50);
    expect((await diariet(db, { ar: 2011, manad: 5 })).antal).toBe(0);
    // Midnight on 1 July in Göteborg is 22:00 UTC on 30 June: the case belongs to July.
    await taEmotSynpunkt(db, arende(), "klient-manad", new Date(Date.UTC(2008, 5, 30, 22, 30)));
    expect((await diariet(db, { ar: 2008, manad: 7 })).antal).toBe(1);
    expect((await diariet(db, { ar: 2008, manad: 6 })).antal).toBe(0);
  });

  it("counts and pages no further than the cap, and says there are more", async () => {
    await db.$executeRaw`
      INSERT INTO "Synpunkt" (id, typ, meddelande, idempotensnyckel, skapad, andrad)
      SELECT 'tak-' || g, 'FRAGA', 'Fråga', 'tak-' || g, TIMESTAMP '2009-03-01 08:00' + g * INTERVAL '1 minute', now()
        FROM generate_series(1, ${DIARIETAK + 40}) AS g`;
    const sida = await diariet(db, { ar: 2009 });
    expect(sida).toMatchObject({ antal: DIARIETAK, fler: true, sidor: DIARIETAK / DIARIESIDA });
    expect(sida.poster[0].diarienummer).toBe(diarienummer(2009, DIARIETAK + 40));
    const sista = await diariet(db, { ar: 2009, sida: DIARIETAK / DIARIESIDA });
    expect(sista.poster.at(-1)?.diarienummer).toBe(diarienummer(2009, 41));
    expect(await diariet(db, { ar: 2009, manad: 4 })).toMatchObject({ antal: 0, fler: false, sidor: 1 });
    expect(await diariet(db, { ar: 2011 })).toMatchObject({ antal: 50, fler: false });
  });
});
