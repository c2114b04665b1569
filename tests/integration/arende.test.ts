// The sender's private case page, below the page: keys, the timeline, messages, reopening,
// a follow-up case, gallring, the closing question and notifications with unsubscribe.
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/generated/client";
import { avregistrera, avsandarvy, kanSkriva, nyttUppfoljande, svaraEnkat, taEmotMeddelande } from "@/lib/synpunkter/arende";
import { gallra } from "@/lib/synpunkter/gallring";
import { handlagga } from "@/lib/synpunkter/handlagga";
import { hashaNyckel, hittaArende, NYCKELFORM } from "@/lib/synpunkter/nyckel";
import { synpunktSchema } from "@/lib/synpunkter/schema";
import { klientnyckel } from "@/lib/sakerhet/klientnyckel";
import { kontrollera } from "@/lib/sakerhet/signatur";
import { nyttFormular } from "@/lib/sakerhet/formularladdning";
import { GRANS_PER_FONSTER, raknaInskick, sparrad } from "@/lib/synpunkter/skydd";
import { statistik } from "@/lib/synpunkter/statistik";
import { taEmotSynpunkt } from "@/lib/synpunkter/ta-emot";
import { filSandare, skickaVantande } from "@/lib/utskick";
import { UTSKICKSLANKAR } from "@/lib/utskicksmallar";
import { arendenyckelI, lasMejl } from "../support/mejl";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("arende"));
});
afterAll(() => drop());

let klienter = 0;
const nyKlient = () => klientnyckel(`192.0.2.${++klienter}`);

/** A case sent through the contact form's domain function; returns its id, number and private key. */
async function skicka(andra: Record<string, string> = {}) {
  const data = synpunktSchema.parse({
    typ: "FRAGA",
    skolaId: "",
    meddelande: "När börjar höstterminen?",
    namn: "Anna Andersson",
    epost: "",
    ...nyttFormular("kontakt"),
    webbplats: "",
    ...andra,
  });
  const utfall = await taEmotSynpunkt(db, data, nyKlient());
  if (!utfall.ok) throw new Error(utfall.orsak);
  const s = await db.synpunkt.findUniqueOrThrow({ where: { idempotensnyckel: data.idempotensnyckel } });
  return { id: s.id, lopnummer: s.lopnummer, nyckel: utfall.nyckel, nummer: utfall.arendenummer };
}
const meddelande = (text: string) => ({ text, idempotensnyckel: randomUUID() });

describe("the private key", () => {
  it("is 192 random bits in 32 URL-safe characters, stored only as its hash", async () => {
    const a = await skicka();
    expect(a.nyckel).toMatch(NYCKELFORM);
    const rader = await db.arendenyckel.findMany({ where: { synpunktId: a.id } });
    expect(rader).toEqual([expect.objectContaining({ hash: hashaNyckel(a.nyckel).hash, sok: hashaNyckel(a.nyckel).hash.slice(0, 16) })]);
    const allt = JSON.stringify(
      await db.$queryRawUnsafe(`SELECT * FROM "Arendenyckel" a JOIN "Synpunkt" s ON s.id = a."synpunktId" WHERE s.id = $1`, a.id),
    );
    expect(allt).not.toContain(a.nyckel);
    expect(await hittaArende(db, a.nyckel)).toBe(a.id);
  });

  it("for case A never opens case B, and a wrong, altered or malformed key opens nothing", async () => {
    const a = await skicka({ meddelande: "Ärende A" });
    const b = await skicka({ meddelande: "Ärende B" });
    expect(await hittaArende(db, a.nyckel)).toBe(a.id);
    expect(await hittaArende(db, b.nyckel)).toBe(b.id);
    const andrad = a.nyckel.slice(0, -1) + (a.nyckel.endsWith("A") ? "B" : "A");
    for (const fel of [
      andrad,
      b.nyckel.slice(1),
      "",
      "x".repeat(32),
      `${a.nyckel}x`,
      "../../etc/passwd",
      a.nummer,
      String(a.lopnummer),
      undefined,
      42,
    ]) {
      expect(await hittaArende(db, fel)).toBeNull();
    }
    expect((await avsandarvy(db, (await hittaArende(db, a.nyckel))!))?.tidslinje[0]).toMatchObject({ slag: "mottaget", text: "Ärende A" });
  });

  it("a repeated post of the same form gives a fresh key to the same case; both keys work", async () => {
    const data = synpunktSchema.parse({
      typ: "FRAGA",
      skolaId: "",
      meddelande: "Dubbelklick",
      namn: "",
      epost: "",
      ...nyttFormular("kontakt"),
      webbplats: "",
    });
    const [ett, tva] = [await taEmotSynpunkt(db, data, nyKlient()), await taEmotSynpunkt(db, data, nyKlient())];
    if (!ett.ok || !tva.ok) throw new Error("inte mottaget");
    expect(ett.nyckel).not.toBe(tva.nyckel);
    expect(await hittaArende(db, ett.nyckel)).toBe(await hittaArende(db, tva.nyckel));
  });

  it("wrong guesses are counted per client, and the client is stopped at the limit", async () => {
    const klient = nyKlient();
    const nu = new Date("2026-05-01T10:00:00Z");
    for (let i = 0; i < 20; i++) await raknaInskick(db, klient, nu, Number.MAX_SAFE_INTEGER);
    expect(await sparrad(db, klient, nu, 20)).toBe(true);
    expect(await sparrad(db, nyKlient(), nu, 20)).toBe(false);
    expect(await sparrad(db, klient, new Date(nu.getTime() + 11 * 60_000), 20)).toBe(false);
  });
});

describe("what the sender sees", () => {
  it("the timeline holds status changes, replies and the sender's own messages, never notes or staff names", async () => {
    const a = await skicka({ epost: "anna@exempel.se" });
    const h = aktor.HANDLAGGARE;
    await handlagga(db, h, a.lopnummer, { handling: "tilldela", handlaggareId: h.id });
    await handlagga(db, h, a.lopnummer, { handling: "anteckning", text: "Hemlig intern anteckning" });
    await handlagga(db, h, a.lopnummer, { handling: "svar", text: "Höstterminen börjar 18 augusti." });
    await taEmotMeddelande(db, a.id, meddelande("Tack! Och vårterminen?"), nyKlient());
    const vy = (await avsandarvy(db, a.id))!;
    expect(vy).toMatchObject({ nummer: a.nummer, typ: "FRAGA", status: "BESVARAD", kan: "skriva" });
    expect(vy.tidslinje.map((p) => [p.slag, "till" in p ? p.till : "text" in p ? p.text : null])).toEqual([
      ["mottaget", "När börjar höstterminen?"],
      ["status", "UNDER_HANDLAGGNING"],
      ["svar", "Höstterminen börjar 18 augusti."],
      ["status", "BESVARAD"],
      ["meddelande", "Tack! Och vårterminen?"],
    ]);
    const text = JSON.stringify(vy);
    expect(text).not.toContain("Hemlig intern anteckning");
    expect(text).not.toContain(h.name);
    expect(text).not.toContain("anna@exempel.se");
    expect(text).not.toContain("Anna Andersson");
  });
});

describe("the sender's messages", () => {
  it("a double submit adds one message; the case is flagged, logged, and the flag clears when staff act", async () => {
    const a = await skicka();
    const m = meddelande("Jag glömde säga att det gäller årskurs 4.");
    const svar = await Promise.all([1, 2, 3].map(() => taEmotMeddelande(db, a.id, m, nyKlient())));
    expect(svar.every((s) => s.ok)).toBe(true);
    expect(await db.synpunktHandelse.count({ where: { synpunktId: a.id, typ: "MEDDELANDE" } })).toBe(1);
    expect((await db.synpunkt.findUniqueOrThrow({ where: { id: a.id } })).nyttMeddelande).toBe(true);
    const logg = await db.granskningshandelse.findMany({ where: { objektTyp: "synpunkt", objektId: String(a.lopnummer) } });
    expect(logg.map((l) => l.handling)).toEqual(["synpunkt.meddelande"]);
    expect(JSON.stringify(logg)).not.toContain(a.nyckel);
    await handlagga(db, aktor.HANDLAGGARE, a.lopnummer, { handling: "anteckning", text: "Läst." });
    expect((await db.synpunkt.findUniqueOrThrow({ where: { id: a.id } })).nyttMeddelande).toBe(false);
  });

  it("shares the contact form's rate limit per client", async () => {
    const a = await skicka();
    const klient = nyKlient();
    const nu = new Date("2026-06-01T10:00:00Z");
    for (let i = 0; i < GRANS_PER_FONSTER; i++) expect((await taEmotMeddelande(db, a.id, meddelande(`nr ${i}`), klient, nu)).ok).toBe(true);
    expect(await taEmotMeddelande(db, a.id, meddelande("ett för mycket"), klient, nu)).toEqual({ ok: false, orsak: "for-manga" });
  });

  it("reopens a case closed within 30 days; later it offers a new case that refers to the old one", async () => {
    const a = await skicka({ epost: "anna@exempel.se" });
    const h = aktor.HANDLAGGARE;
    await handlagga(db, h, a.lopnummer, { handling: "tilldela", handlaggareId: h.id });
    expect(await nyttUppfoljande(db, a.id, meddelande("Ett nytt ärende för ett öppet?"), nyKlient())).toEqual({
      ok: false,
      orsak: "stangt",
    });
    await handlagga(db, h, a.lopnummer, { handling: "status", status: "AVSLUTAD" });
    const { avslutad } = await db.synpunkt.findUniqueOrThrow({ where: { id: a.id } });
    expect(
      await taEmotMeddelande(db, a.id, meddelande("En fråga till."), nyKlient(), new Date(avslutad!.getTime() + 29 * 86_400_000)),
    ).toEqual({ ok: true, ateroppnat: true });
    const efter = await db.synpunkt.findUniqueOrThrow({ where: { id: a.id }, include: { handelser: { orderBy: { tidpunkt: "asc" } } } });
    expect(efter).toMatchObject({ status: "UNDER_HANDLAGGNING", avslutad: null, nyttMeddelande: true });
    expect(efter.handelser.at(-1)).toMatchObject({
      typ: "STATUS_ANDRAD",
      aktorId: null,
      data: { fran: "AVSLUTAD", till: "UNDER_HANDLAGGNING", orsak: "meddelande" },
    });

    await handlagga(db, h, a.lopnummer, { handling: "status", status: "AVSLUTAD" });
    const sen = new Date(Date.now() + 31 * 86_400_000);
    expect(kanSkriva(await db.synpunkt.findUniqueOrThrow({ where: { id: a.id } }), sen)).toBe("nytt-arende");
    expect(await taEmotMeddelande(db, a.id, meddelande("För sent."), nyKlient(), sen)).toEqual({ ok: false, orsak: "stangt" });
    const ny = await nyttUppfoljande(db, a.id, meddelande("Samma fråga igen, ett år senare."), nyKlient(), sen);
    if (!ny.ok) throw new Error("ingen uppföljning");
    const nytt = await db.synpunkt.findUniqueOrThrow({ where: { id: (await hittaArende(db, ny.nyckel))! } });
    expect(nytt).toMatchObject({
      tidigareId: a.id,
      typ: "FRAGA",
      epost: "anna@exempel.se",
      meddelande: "Samma fråga igen, ett år senare.",
      status: "MOTTAGEN",
    });
    expect((await db.synpunkt.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("AVSLUTAD");
  });
});

describe("after gallring", () => {
  it("the page shows only status and dates: no text and no personal data", async () => {
    const a = await skicka({ epost: "anna@exempel.se", meddelande: "Känslig text om mitt barn" });
    await taEmotMeddelande(db, a.id, meddelande("Ännu en känslig text"), nyKlient());
    await handlagga(db, aktor.HANDLAGGARE, a.lopnummer, { handling: "svar", text: "Ett svar med detaljer" });
    await handlagga(db, aktor.HANDLAGGARE, a.lopnummer, { handling: "status", status: "AVSLUTAD" });
    await gallra(db, { manader: 12, nu: new Date(Date.now() + 400 * 86_400_000) });
    const vy = (await avsandarvy(db, (await hittaArende(db, a.nyckel))!))!;
    expect(vy.gallrad).toBeInstanceOf(Date);
    expect(vy.kan).toBe("inget");
    expect(vy.meddela).toBe(false);
    expect(vy.tidslinje.map((p) => p.slag)).toEqual(["mottaget", "status", "status", "gallrat"]);
    const text = JSON.stringify(vy);
    for (const hemligt of ["Känslig text", "Ännu en känslig", "Ett svar med detaljer", "anna@exempel.se", "Anna"])
      expect(text).not.toContain(hemligt);
    expect(await taEmotMeddelande(db, a.id, meddelande("Efter gallring"), nyKlient())).toEqual({ ok: false, orsak: "stangt" });
    expect(await svaraEnkat(db, a.id, { svar: "JA", kommentar: null })).toEqual({ ok: false });
  });
});

describe("the closing question", () => {
  it("is answered once, only for a closed case, and counted per type and month", async () => {
    const a = await skicka({ typ: "KLAGOMAL" });
    expect(await svaraEnkat(db, a.id, { svar: "NEJ", kommentar: null })).toEqual({ ok: false });
    await handlagga(db, aktor.HANDLAGGARE, a.lopnummer, { handling: "status", status: "AVSLUTAD" });
    const fore = await statistik(db, aktor.HANDLAGGARE, {});
    expect(await svaraEnkat(db, a.id, { svar: "DELVIS", kommentar: "Svaret kom snabbt men var kort." })).toEqual({ ok: true });
    expect(await svaraEnkat(db, a.id, { svar: "JA", kommentar: "Andra gången" })).toEqual({ ok: true });
    const s = await db.synpunkt.findUniqueOrThrow({ where: { id: a.id }, include: { handelser: true } });
    expect(s).toMatchObject({ enkatSvar: "DELVIS", enkatKommentar: "Svaret kom snabbt men var kort." });
    expect(s.handelser.filter((h) => h.typ === "ENKATSVAR")).toHaveLength(1);
    expect((await avsandarvy(db, a.id))?.enkat).toMatchObject({ svar: "DELVIS" });

    const efter = await statistik(db, aktor.HANDLAGGARE, {});
    const klagomal = (x: typeof efter) => x.enkat.perTyp.find((t) => t.typ === "KLAGOMAL")!;
    expect(klagomal(efter).DELVIS - klagomal(fore).DELVIS).toBe(1);
    expect(klagomal(efter).JA).toBe(klagomal(fore).JA);
    const manad = efter.enkat.perManad.at(-1)!;
    expect(manad.DELVIS - fore.enkat.perManad.at(-1)!.DELVIS).toBe(1);
    expect(efter.enkat.alla.DELVIS - fore.enkat.alla.DELVIS).toBe(1);
  });
});

describe("notifications", () => {
  it("the confirmation carries fixed text, the number and a working link, never what the sender typed", async () => {
    await db.utskick.updateMany({ where: { skickad: null }, data: { skickad: new Date() } });
    const a = await skicka({
      epost: "anna@exempel.se",
      namn: "<a href='http://ond.example'>Klicka</a>",
      meddelande: "Köp billiga klockor på ond.example",
      meddela: "ja",
    });
    const mapp = mkdtempSync(path.join(tmpdir(), "utskick-"));
    try {
      expect(await skickaVantande(db, filSandare(mapp), UTSKICKSLANKAR)).toEqual({ skickade: 1, misslyckade: 0 });
      const [fil] = readdirSync(mapp);
      const mejl = lasMejl(readFileSync(path.join(mapp, fil), "utf8"));
      expect(mejl).toContain(a.nummer);
      expect(mejl).not.toContain("ond.example");
      expect(mejl).not.toContain("klockor");
      const lank = arendenyckelI(mejl);
      expect(mejl).toContain("Tack för din fråga.");
      expect(lank).toBeDefined();
      expect(await hittaArende(db, lank)).toBe(a.id);
      expect(JSON.stringify(await db.utskick.findMany({ where: { synpunktId: a.id } }))).not.toContain(lank!);
      expect(mejl).toMatch(/^List-Unsubscribe: <http[^>]+\/api\/avregistrera\/[^>]+>$/m);
      expect(mejl).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    } finally {
      rmSync(mapp, { recursive: true, force: true });
    }
  });

  it("a mail queued with the link's placeholder from before the templates still gets a working link", async () => {
    await db.utskick.updateMany({ where: { skickad: null }, data: { skickad: new Date() } });
    const a = await skicka({ epost: "tidigare@exempel.se" });
    await db.utskick.updateMany({ where: { synpunktId: a.id }, data: { text: "Äldre mejl.\n{{ärendelänk}}" } });
    const mapp = mkdtempSync(path.join(tmpdir(), "utskick-"));
    try {
      expect(await skickaVantande(db, filSandare(mapp), UTSKICKSLANKAR)).toEqual({ skickade: 1, misslyckade: 0 });
      const mejl = lasMejl(readFileSync(path.join(mapp, readdirSync(mapp)[0]), "utf8"));
      expect(mejl).not.toContain("{{ärendelänk}}");
      expect(await hittaArende(db, arendenyckelI(mejl))).toBe(a.id);
    } finally {
      rmSync(mapp, { recursive: true, force: true });
    }
  });

  it("a status change mails those who asked, not those who did not; unsubscribing stops it", async () => {
    const med = await skicka({ epost: "med@exempel.se", meddela: "ja" });
    const utan = await skicka({ epost: "utan@exempel.se" });
    const h = aktor.HANDLAGGARE;
    for (const s of [med, utan]) await handlagga(db, h, s.lopnummer, { handling: "status", status: "UNDER_HANDLAGGNING" });
    const notis = (id: string) => db.utskick.findMany({ where: { synpunktId: id, amne: { startsWith: "Ditt ärende" } } });
    expect(await notis(med.id)).toEqual([
      expect.objectContaining({ till: "med@exempel.se", avregistrering: true, text: expect.stringContaining("under handläggning") }),
    ]);
    expect(await notis(utan.id)).toEqual([]);

    const adress = /\/api\/avregistrera\/(.+)$/.exec((await import("@/lib/utskick")).avregistreringsadress(med.id))![1];
    expect(kontrollera(adress, "avregistrera")).toBe(med.id);
    // One character changed (never to itself: a token ending in "x" would stay valid).
    expect(kontrollera(adress.slice(0, -1) + (adress.endsWith("x") ? "y" : "x"), "avregistrera")).toBeNull();
    expect(await avregistrera(db, med.id)).toEqual({ nummer: med.nummer });
    await handlagga(db, h, med.lopnummer, { handling: "status", status: "AVSLUTAD" });
    expect(await notis(med.id)).toHaveLength(1);
    expect(
      (await db.synpunkt.findUniqueOrThrow({ where: { id: med.id }, include: { handelser: true } })).handelser.map((x) => x.typ),
    ).toContain("AVREGISTRERAD");
  });

  it("asking for notifications without an e-mail address is refused with a clear message", () => {
    const r = synpunktSchema.safeParse({
      typ: "FRAGA",
      skolaId: "",
      meddelande: "Hej",
      namn: "",
      epost: "",
      meddela: "ja",
      idempotensnyckel: randomUUID(),
      startad: "1",
      webbplats: "",
    });
    expect(r.success).toBe(false);
    expect(r.error && z.flattenError(r.error).fieldErrors.epost?.[0]).toBe(
      "Fyll i din e-postadress om du vill få e-post när ärendet ändras.",
    );
  });
});
