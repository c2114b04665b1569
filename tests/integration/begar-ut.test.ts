import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { avsandarvy } from "@/lib/synpunkter/arende";
import { begaranSchema, besluta, taEmotBegaran, type BegaranIn } from "@/lib/synpunkter/begaran";
import { diariet, diarienummer } from "@/lib/synpunkter/diarium";
import { datumText } from "@/lib/synpunkter/frister";
import { synpunktSchema } from "@/lib/synpunkter/schema";
import { taEmotSynpunkt } from "@/lib/synpunkter/ta-emot";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
let klienter = 0;
const klient = () => `begaran-${++klienter}`;
/** A registered case, the handling a request refers to. */
let handling: string;

beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("begarut"));
  const utfall = await taEmotSynpunkt(
    db,
    {
      typ: "FRAGA",
      skolaId: null,
      meddelande: "Fråga",
      namn: null,
      epost: null,
      meddela: false,
      idempotensnyckel: randomUUID(),
      startad: "",
      webbplats: "",
    },
    klient(),
  );
  if (!utfall.ok) throw new Error("inget ärende");
  const s = await db.synpunkt.findUniqueOrThrow({ where: { idempotensnyckel: utfall.idempotensnyckel } });
  handling = diarienummer(s.diarieAr, s.diarieNr);
});
afterAll(() => drop());

const begaran = (andra: Partial<Record<keyof BegaranIn, string>> = {}) =>
  begaranSchema.parse({
    dnr: "",
    meddelande: "",
    namn: "",
    epost: "",
    idempotensnyckel: randomUUID(),
    startad: "",
    webbplats: "",
    ...andra,
  });

async function skicka(andra: Partial<Record<keyof BegaranIn, string>> = {}, nu = new Date()) {
  const utfall = await taEmotBegaran(db, begaran(andra), klient(), nu);
  if (!utfall.ok) throw new Error(utfall.orsak);
  return db.synpunkt.findUniqueOrThrow({ where: { idempotensnyckel: utfall.idempotensnyckel }, include: { handelser: true } });
}

describe("Begär ut handling", () => {
  it("makes a case of its own type that refers to the diarienummer, in the diarium's spelling", async () => {
    const s = await skicka({ dnr: handling.toLowerCase().replace(" ", ""), epost: "journalist@exempel.se" });
    expect(s).toMatchObject({
      typ: "BEGARAN",
      begardHandling: handling,
      arendemening: `Begäran om allmän handling (${handling})`,
      skolaId: null,
    });
    expect(s.handelser.map((h) => h.typ)).toEqual(["SKAPAD"]);
    const kvitto = await db.utskick.findFirstOrThrow({ where: { synpunktId: s.id } });
    expect(kvitto.text).toContain("Tack för din begäran om allmän handling.");
    const { poster } = await diariet(db, { typ: "BEGARAN" });
    expect(poster).toContainEqual(
      expect.objectContaining({ typ: "Begäran om allmän handling", arendemening: `Begäran om allmän handling (${handling})` }),
    );
  });

  it("takes a blank request described in words, and refuses an empty one or an unknown number", async () => {
    const s = await skicka({ meddelande: "Protokollet från mötet om skolskjutsar i maj." });
    expect(s).toMatchObject({ begardHandling: null, arendemening: "Begäran om allmän handling" });
    expect(begaranSchema.safeParse({ ...begaran({ meddelande: "x" }), dnr: "", meddelande: "" }).success).toBe(false);
    const tom = begaranSchema.safeParse({
      dnr: "",
      meddelande: "",
      namn: "",
      epost: "",
      idempotensnyckel: randomUUID(),
      startad: "",
      webbplats: "",
    });
    expect(tom.error?.issues[0]).toMatchObject({
      path: ["meddelande"],
      message: expect.stringContaining("Skriv diarienumret eller beskriv"),
    });
    const fel = begaranSchema.safeParse({
      dnr: "inte ett nummer",
      meddelande: "",
      namn: "",
      epost: "",
      idempotensnyckel: randomUUID(),
      startad: "",
      webbplats: "",
    });
    expect(fel.error?.issues[0]).toMatchObject({ path: ["dnr"] });
    const okand = await taEmotBegaran(db, begaran({ dnr: "GRF 1999/99999" }), klient());
    expect(okand).toEqual({ ok: false, orsak: "okant-diarienummer" });
    expect(await taEmotBegaran(db, begaran({ dnr: handling.replace("GRF", "ABC") }), klient())).toEqual({
      ok: false,
      orsak: "okant-diarienummer",
    });
  });

  it("is due the day it arrives, or the next working day after a weekend or holiday", async () => {
    const onsdag = await skicka({ dnr: handling }, new Date("2026-12-02T09:00:00Z"));
    expect([datumText(onsdag.svarSenast!), datumText(onsdag.avslutasSenast!), datumText(onsdag.frist!)]).toEqual([
      "2026-12-02",
      "2026-12-02",
      "2026-12-02",
    ]);
    const lordag = await skicka({ dnr: handling }, new Date("2026-12-05T09:00:00Z"));
    expect(datumText(lordag.svarSenast!)).toBe("2026-12-07");
    const juldagen = await skicka({ dnr: handling }, new Date("2026-12-25T09:00:00Z"));
    expect(datumText(juldagen.svarSenast!)).toBe("2026-12-28");
  });

  it("is never a choice on the contact form", () => {
    const kontakt = synpunktSchema.safeParse({
      typ: "BEGARAN",
      skolaId: "",
      meddelande: "Hej",
      namn: "",
      epost: "",
      idempotensnyckel: randomUUID(),
      startad: "",
      webbplats: "",
    });
    expect(kontakt.success).toBe(false);
  });

  it("records 'Kopia skickad', sends it like a reply and closes the case, once", async () => {
    const s = await skicka({ dnr: handling, epost: "a@exempel.se" });
    const beslut = { beslut: "KOPIA", skal: null, meddelande: "Kopian är bifogad i ett separat mejl." } as const;
    const utfall = await Promise.all(Array.from({ length: 5 }, () => besluta(db, aktor.HANDLAGGARE, s.lopnummer, beslut)));
    expect(utfall.filter((u) => u.ok)).toHaveLength(1);
    const efter = await db.synpunkt.findUniqueOrThrow({ where: { id: s.id }, include: { handelser: { orderBy: { tidpunkt: "asc" } } } });
    expect(efter.status).toBe("AVSLUTAD");
    expect(efter.forstaSvar).toBeInstanceOf(Date);
    expect(efter.handelser.map((h) => h.typ)).toEqual(["SKAPAD", "SVAR_SKICKAT", "STATUS_ANDRAD"]);
    expect(efter.handelser[1].data).toEqual({ beslut: "KOPIA" });
    const mejl = await db.utskick.findMany({ where: { synpunktId: s.id, amne: { startsWith: "Svar" } } });
    expect(mejl).toHaveLength(1);
    expect(mejl[0].text).toContain(`Vi har skickat kopian till dig.`);
    expect(mejl[0].text).not.toContain("kammarrätten");
    const vy = await avsandarvy(db, s.id);
    expect(vy!.tidslinje.map((p) => p.slag)).toEqual(["mottaget", "svar", "status"]);
    const logg = await db.granskningshandelse.findMany({ where: { objektTyp: "synpunkt", objektId: String(s.lopnummer) } });
    expect(logg.map((l) => l.handling)).toEqual(["synpunkt.begaran.kopia"]);
  });

  it("records 'Avslag' with the reason and how to appeal, and asks for the reason", async () => {
    const s = await skicka({ dnr: handling });
    const { beslutSchema } = await import("@/lib/synpunkter/begaran");
    const utanSkal = beslutSchema.safeParse({ beslut: "AVSLAG", skal: "", meddelande: "" });
    expect(utanSkal.error?.issues[0]).toMatchObject({ path: ["skal"] });
    expect(
      await besluta(db, aktor.HANDLAGGARE, s.lopnummer, { beslut: "AVSLAG", skal: "Sekretess enligt 23 kap. 2 § OSL.", meddelande: null }),
    ).toEqual({ ok: true });
    const svar = await db.synpunktHandelse.findFirstOrThrow({ where: { synpunktId: s.id, typ: "SVAR_SKICKAT" } });
    expect(svar.data).toEqual({ beslut: "AVSLAG" });
    expect(svar.text).toContain("Skäl: Sekretess enligt 23 kap. 2 § OSL.");
    expect(svar.text).toContain("kammarrätten i Göteborg");
    expect(svar.text).toContain("inom tre veckor");
    // No address: nothing is mailed, the decision is on the case's page.
    expect(await db.utskick.count({ where: { synpunktId: s.id } })).toBe(0);
    expect((await avsandarvy(db, s.id))!.tidslinje.find((p) => p.slag === "svar")).toMatchObject({ text: svar.text });
  });

  it("lets only those who handle cases decide, and only on a request", async () => {
    const s = await skicka({ dnr: handling });
    const beslut = { beslut: "KOPIA", skal: null, meddelande: null } as const;
    await expect(besluta(db, aktor.REKTOR, s.lopnummer, beslut)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(besluta(db, aktor.REDAKTOR, s.lopnummer, beslut)).rejects.toBeInstanceOf(ForbiddenError);
    const annan = await db.synpunkt.findFirstOrThrow({ where: { typ: "FRAGA" } });
    expect(await besluta(db, aktor.HANDLAGGARE, annan.lopnummer, beslut)).toMatchObject({ ok: false });
  });

  it("makes one case per form load however often it is posted", async () => {
    const data = begaran({ dnr: handling });
    const svar = await Promise.all(Array.from({ length: 6 }, () => taEmotBegaran(db, data, klient())));
    expect(new Set(svar.map((u) => (u.ok ? u.arendenummer : u.orsak))).size).toBe(1);
    expect(await db.synpunkt.count({ where: { idempotensnyckel: data.idempotensnyckel } })).toBe(1);
  });
});
