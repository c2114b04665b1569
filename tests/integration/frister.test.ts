import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { klientnyckel } from "@/lib/sakerhet/klientnyckel";
import { borMeddelaForsening, datumText, forseningsbeskedMall, somDatum } from "@/lib/synpunkter/frister";
import { skickaFristsammanfattning } from "@/lib/synpunkter/fristsammanfattning";
import { arendeatgardSchema, handlagga } from "@/lib/synpunkter/handlagga";
import { inkorg, inkorgSchema, SIDSTORLEK } from "@/lib/synpunkter/inkorg";
import { avsandarvy, taEmotMeddelande } from "@/lib/synpunkter/arende";
import { andelITid, statistik } from "@/lib/synpunkter/statistik";
import { taEmotSynpunkt } from "@/lib/synpunkter/ta-emot";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("frister"));
});
afterAll(() => drop());

const arende = (typ: "FRAGA" | "SYNPUNKT" | "KLAGOMAL" | "BEROM", meddelande = "När börjar terminen?") => ({
  typ,
  meddelande,
  skolaId: null,
  namn: null,
  epost: null,
  meddela: false,
  idempotensnyckel: randomUUID(),
  startad: "",
  webbplats: "",
});

async function tas(typ: Parameters<typeof arende>[0], nu: Date) {
  const data = arende(typ);
  const r = await taEmotSynpunkt(db, data, klientnyckel(`198.51.100.${Math.floor(Math.random() * 200)}`), nu);
  expect(r.ok).toBe(true);
  return db.synpunkt.findUniqueOrThrow({ where: { idempotensnyckel: data.idempotensnyckel } });
}
const d = (s: Date | null) => (s ? datumText(s) : null);

describe("a case's deadlines", () => {
  it("are counted in working days from the Swedish arrival date, past Easter, per type", async () => {
    // Skärtorsdagen 2026, late evening in Sweden (still 2 April there).
    const fraga = await tas("FRAGA", new Date("2026-04-02T20:30:00Z"));
    expect([d(fraga.svarSenast), d(fraga.avslutasSenast), d(fraga.frist)]).toEqual(["2026-04-13", "2026-04-20", "2026-04-13"]);
    const klagomal = await tas("KLAGOMAL", new Date("2026-04-02T20:30:00Z"));
    expect([d(klagomal.svarSenast), d(klagomal.avslutasSenast)]).toEqual(["2026-04-20", "2026-05-05"]);
    // 23:30 Swedish time on 2 April is already 3 April in UTC: the Swedish date counts.
    const sen = await tas("FRAGA", new Date("2026-04-02T21:30:00Z"));
    expect(d(sen.svarSenast)).toBe("2026-04-13");
  });

  it("move from the first answer's to closing's, go away when closed, and start again when reopened", async () => {
    const s = await tas("SYNPUNKT", new Date("2026-12-04T09:00:00Z"));
    const h = aktor.HANDLAGGARE;
    expect(d(s.frist)).toBe("2026-12-18");
    expect(await handlagga(db, h, s.lopnummer, { handling: "svar", text: "Tack, vi tittar på det." })).toEqual({ ok: true });
    let nu = await db.synpunkt.findUniqueOrThrow({ where: { id: s.id } });
    expect([nu.status, d(nu.frist)]).toEqual(["BESVARAD", d(s.avslutasSenast)]);
    expect(await handlagga(db, h, s.lopnummer, { handling: "status", status: "AVSLUTAD" })).toEqual({ ok: true });
    nu = await db.synpunkt.findUniqueOrThrow({ where: { id: s.id } });
    expect(nu.frist).toBeNull();
    expect(await handlagga(db, h, s.lopnummer, { handling: "status", status: "UNDER_HANDLAGGNING" })).toEqual({ ok: true });
    nu = await db.synpunkt.findUniqueOrThrow({ where: { id: s.id } });
    // Reopened today: closing's target counted from today, the old dates replaced.
    expect(nu.frist).not.toBeNull();
    expect(nu.frist!.getTime()).toBeGreaterThan(Date.now() - 24 * 3600 * 1000);
    expect(d(nu.frist)).toBe(d(nu.avslutasSenast));
  });

  it("are told to the sender until the first answer", async () => {
    const s = await tas("FRAGA", new Date());
    expect((await avsandarvy(db, s.id))!.svarSenast).toBe(d(s.svarSenast));
    await handlagga(db, aktor.HANDLAGGARE, s.lopnummer, { handling: "svar", text: "Svar." });
    expect((await avsandarvy(db, s.id))!.svarSenast).toBeNull();
  });

  it("a sender's message reopens a closed case with new deadlines", async () => {
    const s = await tas("FRAGA", new Date("2026-11-02T09:00:00Z"));
    await handlagga(db, aktor.HANDLAGGARE, s.lopnummer, { handling: "status", status: "AVSLUTAD" });
    const r = await taEmotMeddelande(db, s.id, { text: "En sak till.", idempotensnyckel: randomUUID() }, klientnyckel("198.51.100.250"));
    expect(r).toMatchObject({ ok: true, ateroppnat: true });
    const nu = await db.synpunkt.findUniqueOrThrow({ where: { id: s.id } });
    expect(nu.status).toBe("MOTTAGEN");
    // Never answered: the first answer's deadline applies, counted from today.
    expect(d(nu.frist)).toBe(d(nu.svarSenast));
    expect(d(nu.svarSenast)! > d(s.svarSenast)!).toBe(true);
  });
});

describe("the förvaltningslagen 11 § notice", () => {
  it("is offered near and past the deadline, refuses the template's gaps, and is mailed and shown without answering the case", async () => {
    const s = await db.synpunkt.create({
      data: {
        typ: "KLAGOMAL",
        meddelande: "Ingen har hört av sig.",
        epost: "vantar@exempel.se",
        idempotensnyckel: randomUUID(),
        svarSenast: somDatum("2026-12-08"),
        avslutasSenast: somDatum("2026-12-22"),
        frist: somDatum("2026-12-08"),
        handelser: { create: { typ: "SKAPAD" } },
      },
    });
    expect(borMeddelaForsening(s, "2026-12-01")).toBe(false);
    expect(borMeddelaForsening(s, "2026-12-04")).toBe(true); // due within two working days
    expect(borMeddelaForsening(s, "2026-12-10")).toBe(true); // late
    const mall = forseningsbeskedMall("GF-2026-00001", "Hanna");
    const h = aktor.HANDLAGGARE;
    const ofylld = arendeatgardSchema.safeParse({ handling: "forseningsbesked", text: mall });
    expect(ofylld.success).toBe(false);
    expect(ofylld.error?.issues[0].message).toBe("Fyll i det som står inom hakparentes: varför och vilket datum.");
    const text = mall.replace(/\[skriv varför[^\]]*\]/, "vi behöver tala med skolan").replace("[datum]", "18 december");
    expect(await handlagga(db, h, s.lopnummer, arendeatgardSchema.parse({ handling: "forseningsbesked", text }))).toEqual({ ok: true });
    const efter = await db.synpunkt.findUniqueOrThrow({ where: { id: s.id }, include: { handelser: true, utskick: true } });
    expect(efter.forstaSvar).toBeNull();
    expect(d(efter.frist)).toBe("2026-12-08");
    expect(efter.handelser.map((x) => x.typ)).toContain("FORSENINGSBESKED");
    expect(efter.utskick).toHaveLength(1);
    expect(efter.utskick[0]).toMatchObject({ till: "vantar@exempel.se", amne: expect.stringMatching(/^Besked om ditt ärende GF-/) });
    expect(efter.utskick[0].text).toContain("vi behöver tala med skolan");
    const vy = await avsandarvy(db, s.id);
    expect(vy!.tidslinje.map((p) => p.slag)).toEqual(["mottaget", "besked"]);
    // A redaktör may not send it.
    await expect(handlagga(db, aktor.REDAKTOR, s.lopnummer, { handling: "forseningsbesked", text })).rejects.toThrow();
  });
});

describe("the inbox by deadline", () => {
  it("lists open cases due first, pages without repeats, and 'Mina ärenden' keeps to the clerk's own", async () => {
    const h = aktor.HANDLAGGARE;
    const skapade = [];
    for (let i = 0; i < SIDSTORLEK + 5; i++) {
      skapade.push(
        await db.synpunkt.create({
          data: {
            typ: "FRAGA",
            meddelande: `Frist ${i}`,
            idempotensnyckel: randomUUID(),
            frist: somDatum(`2025-0${1 + (i % 3)}-1${i % 10}`),
            handlaggareId: i % 2 === 0 ? h.id : null,
          },
        }),
      );
    }
    await db.synpunkt.create({ data: { typ: "FRAGA", meddelande: "Avslutad", idempotensnyckel: randomUUID(), status: "AVSLUTAD" } });
    const sett: string[] = [];
    let efter: string | undefined;
    let forra = "";
    do {
      const sida = await inkorg(db, inkorgSchema.parse({ sortera: "frist", ...(efter ? { efter } : {}) }));
      for (const r of sida.rader) {
        expect(r.frist).not.toBeNull();
        const nyckel = `${d(r.frist)}_${r.id}`;
        expect(nyckel > forra).toBe(true);
        forra = nyckel;
        sett.push(r.id);
      }
      efter = sida.nasta ?? undefined;
    } while (efter);
    expect(new Set(sett).size).toBe(sett.length);
    for (const s of skapade) expect(sett).toContain(s.id);

    const mina = await inkorg(db, inkorgSchema.parse({ sortera: "frist", mina: "1" }), h.id);
    expect(mina.rader.length).toBeGreaterThan(0);
    expect(mina.rader.every((r) => r.handlaggare?.name === h.name)).toBe(true);
    // Without the signed-in account "mina" narrows nothing away it should not.
    const alla = await inkorg(db, inkorgSchema.parse({ sortera: "frist" }));
    expect(alla.rader.some((r) => r.handlaggare === null)).toBe(true);
  });
});

describe("the daily deadline summary", () => {
  it("waits for a working day and the morning, then mails each clerk their own and each admin all, once", async () => {
    await db.synpunkt.updateMany({ data: { frist: null } });
    const h = aktor.HANDLAGGARE;
    const sen = await db.synpunkt.create({
      data: {
        typ: "KLAGOMAL",
        meddelande: "Hemlig text från avsändaren",
        idempotensnyckel: randomUUID(),
        handlaggareId: h.id,
        svarSenast: somDatum("2026-12-01"),
        frist: somDatum("2026-12-01"),
      },
    });
    const snart = await db.synpunkt.create({
      data: {
        typ: "FRAGA",
        meddelande: "Snart",
        idempotensnyckel: randomUUID(),
        svarSenast: somDatum("2026-12-08"),
        frist: somDatum("2026-12-08"),
      },
    });
    await db.synpunkt.create({
      data: { typ: "FRAGA", meddelande: "Långt bort", idempotensnyckel: randomUUID(), frist: somDatum("2027-01-20") },
    });
    const fore = await db.utskick.count();
    // Saturday 5 December 2026; then Monday 7 December at 06:30 and at 08:00 Swedish time.
    expect(await skickaFristsammanfattning(db, new Date("2026-12-05T09:00:00Z"))).toEqual({ skickad: false, orsak: "inte-arbetsdag" });
    expect(await skickaFristsammanfattning(db, new Date("2026-12-07T05:30:00Z"))).toEqual({ skickad: false, orsak: "for-tidigt" });
    const utfall = await Promise.all([1, 2, 3].map(() => skickaFristsammanfattning(db, new Date("2026-12-07T07:00:00Z"))));
    const skickade = utfall.filter((u) => u.skickad);
    expect(skickade).toHaveLength(1);
    expect(utfall.filter((u) => !u.skickad)).toEqual([
      { skickad: false, orsak: "redan-skickad" },
      { skickad: false, orsak: "redan-skickad" },
    ]);
    const admins = await db.user.count({ where: { roll: "ADMIN", aktiv: true } });
    expect(skickade[0]).toEqual({ skickad: true, mejl: admins + 1, arenden: 2 });
    const nya = await db.utskick.findMany({ orderBy: { skapad: "asc" }, skip: fore });
    const { email } = await db.user.findUniqueOrThrow({ where: { id: h.id } });
    const clerks = nya.filter((u) => u.till === email);
    expect(clerks).toHaveLength(1);
    expect(clerks[0].text).toContain("tilldelade dig");
    expect(nya.every((u) => !u.text.includes("Hemlig text"))).toBe(true);
    expect(clerks[0].text).toContain(`-${String(sen.lopnummer).padStart(5, "0")} (Klagomål): svar senast 2026-12-01, FÖRSENAD`);
    expect(clerks[0].text).not.toContain(String(snart.lopnummer).padStart(5, "0"));
    expect(clerks[0].amne).toBe("Ärenden att hinna med: 1 försenade, 0 förfaller snart");
    const admin = nya.find((u) => u.text.includes("förvaltningens inkorg"))!;
    expect(admin.text).toContain(`-${String(snart.lopnummer).padStart(5, "0")} (Fråga): svar senast 2026-12-08`);
    expect(admin.text).not.toContain("2027-01-20");
    expect(await skickaFristsammanfattning(db, new Date("2026-12-07T12:00:00Z"))).toEqual({ skickad: false, orsak: "redan-skickad" });
  });
});

describe("the statistics against the deadlines", () => {
  it("count each deadline met, met late or passed while open, by the Swedish day, per type and month", async () => {
    const skapa = (typ: "FRAGA" | "KLAGOMAL" | "SYNPUNKT", skapad: string, f: Record<string, string | null>) =>
      db.synpunkt.create({
        data: {
          typ,
          meddelande: "Fristsstatistik",
          idempotensnyckel: randomUUID(),
          skapad: new Date(skapad),
          svarSenast: somDatum(f.svarSenast!),
          avslutasSenast: somDatum(f.avslutasSenast!),
          forstaSvar: f.forstaSvar ? new Date(f.forstaSvar) : null,
          avslutad: f.avslutad ? new Date(f.avslutad) : null,
          status: f.avslutad ? "AVSLUTAD" : f.forstaSvar ? "BESVARAD" : "MOTTAGEN",
        },
      });
    // Answered 22:30 Swedish time on its last day (in time); closed a day late.
    await skapa("FRAGA", "2024-01-10T09:00:00Z", {
      svarSenast: "2024-01-17",
      forstaSvar: "2024-01-17T21:30:00Z",
      avslutasSenast: "2024-01-24",
      avslutad: "2024-01-25T08:00:00Z",
    });
    // Answered 00:30 Swedish time the day after (late, though still the 18th in UTC); open past closing's deadline.
    await skapa("FRAGA", "2024-01-11T09:00:00Z", {
      svarSenast: "2024-01-18",
      forstaSvar: "2024-01-18T23:30:00Z",
      avslutasSenast: "2024-01-25",
    });
    // Unanswered past the first deadline; closing's not yet passed.
    await skapa("KLAGOMAL", "2024-01-12T09:00:00Z", { svarSenast: "2024-01-26", avslutasSenast: "2024-02-09" });
    // Nothing decided yet.
    await skapa("SYNPUNKT", "2024-01-15T09:00:00Z", { svarSenast: "2024-02-05", avslutasSenast: "2024-02-12" });
    const s = await statistik(db, aktor.HANDLAGGARE, { fran: "2024-01-01", till: "2024-01-31" }, new Date("2024-02-01T12:00:00Z"));
    const vantat = { svarITid: 1, svarSent: 1, svarForsenat: 1, avslutITid: 0, avslutSent: 1, avslutForsenat: 1 };
    expect(s.frister.alla).toEqual(vantat);
    expect(s.frister.perManad.find((m) => m.manad === "2024-01")).toMatchObject(vantat);
    expect(s.frister.perTyp.find((t) => t.typ === "FRAGA")).toMatchObject({ svarITid: 1, svarSent: 1, svarForsenat: 0, avslutSent: 1 });
    expect(s.frister.perTyp.find((t) => t.typ === "KLAGOMAL")).toMatchObject({ svarForsenat: 1, avslutForsenat: 0 });
    expect(s.frister.perTyp.find((t) => t.typ === "SYNPUNKT")).toMatchObject({ svarITid: 0, svarSent: 0, svarForsenat: 0 });
    expect(andelITid(1, 1, 1)).toBeCloseTo(1 / 3);
    expect(andelITid(0, 0, 0)).toBeNull();
  });
});
