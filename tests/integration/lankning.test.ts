import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { avsandarvy, taEmotMeddelande } from "@/lib/synpunkter/arende";
import { diarienummer } from "@/lib/synpunkter/diarium";
import { handlagga } from "@/lib/synpunkter/handlagga";
import { aterfyll, huvudarendeFor, koppla, kopplaLoss, kopplingSchema, kopplingsvy } from "@/lib/synpunkter/koppling";
import { arendenummer } from "@/lib/synpunkter/typer";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
let url: string;
let h: Demoaktor;
beforeAll(async () => {
  ({ db, aktor, drop, url } = await seededDatabase("lankning"));
  h = aktor.HANDLAGGARE;
});
afterAll(() => drop());

let klocka = Date.now() - 60 * 60 * 1000;
/** A case; each one arrives a second after the one before, so "the later one" is the one made later. */
async function arende(
  o: { namn?: string | null; epost?: string | null; meddela?: boolean; meddelande?: string; status?: "MOTTAGEN" | "AVSLUTAD" } = {},
) {
  klocka += 1000;
  return db.synpunkt.create({
    data: {
      typ: "FRAGA",
      meddelande: o.meddelande ?? "Hej! Varför stänger fritids klockan fem?",
      namn: o.namn === undefined ? "Anna Andersson" : o.namn,
      epost: o.epost === undefined ? "anna@exempel.se" : o.epost,
      meddela: o.meddela ?? true,
      status: o.status ?? "MOTTAGEN",
      idempotensnyckel: randomUUID(),
      skapad: new Date(klocka),
      svarSenast: new Date("2099-01-01"),
      avslutasSenast: new Date("2099-02-01"),
      frist: new Date("2099-01-01"),
      handelser: { create: { typ: "SKAPAD", tidpunkt: new Date(klocka) } },
    },
  });
}
const nr = (s: { lopnummer: number; skapad: Date }) => arendenummer(s.lopnummer, s.skapad);
const las = (id: string) =>
  db.synpunkt.findUniqueOrThrow({
    where: { id },
    include: { handelser: { orderBy: [{ tidpunkt: "asc" }, { id: "asc" }] }, utskick: { orderBy: { skapad: "asc" } } },
  });
const logg = (lopnummer: number) =>
  db.granskningshandelse.findMany({ where: { objektTyp: "synpunkt", objektId: String(lopnummer) }, orderBy: { tidpunkt: "asc" } });

describe("linking a case to another as the same matter", () => {
  it("closes the later case as linked, tells its sender, and records it in both timelines and the audit log", async () => {
    const huvud = await arende({ namn: "Anna Andersson", epost: "anna@exempel.se" });
    const senare = await arende({ namn: "Bertil Berg", epost: "bertil@exempel.se" });
    // From the later case's page, by the earlier case's number.
    expect(await koppla(db, h, senare.lopnummer, nr(huvud))).toEqual({ ok: true });
    const k = await las(senare.id);
    expect(k).toMatchObject({ huvudarendeId: huvud.id, status: "AVSLUTAD", frist: null });
    expect(k.avslutad).toBeInstanceOf(Date);
    expect(k.handelser.map((e) => e.typ)).toEqual(["SKAPAD", "KOPPLAD", "STATUS_ANDRAD"]);
    expect(k.handelser[1].data).toMatchObject({ roll: "kopplat", huvudarende: huvud.lopnummer, huvudarendenummer: nr(huvud) });
    expect(k.utskick).toHaveLength(1);
    expect(k.utskick[0]).toMatchObject({ till: "bertil@exempel.se", avregistrering: true, amne: expect.stringContaining(nr(senare)) });
    expect(k.utskick[0].text).toContain(`tillsammans med ärende ${nr(huvud)}`);
    expect(k.utskick[0].text).not.toMatch(/Anna|anna@/);
    const m = await las(huvud.id);
    expect(m).toMatchObject({ huvudarendeId: null, status: "MOTTAGEN" });
    expect(m.handelser.map((e) => e.typ)).toEqual(["SKAPAD", "KOPPLAD"]);
    expect(m.utskick).toHaveLength(0);
    for (const s of [huvud, senare])
      expect((await logg(s.lopnummer)).map((l) => [l.handling, l.aktorId])).toEqual([["synpunkt.koppla", h.id]]);
    expect(await kopplingsvy(db, huvud.id)).toEqual({
      huvudarende: null,
      kopplade: [{ lopnummer: senare.lopnummer, nummer: nr(senare), nyttMeddelande: false }],
    });
    expect(await kopplingsvy(db, senare.id)).toEqual({ huvudarende: { lopnummer: huvud.lopnummer, nummer: nr(huvud) }, kopplade: [] });
    // A double submit changes nothing more.
    expect(await koppla(db, h, senare.lopnummer, nr(huvud))).toEqual({ ok: true });
    expect((await las(senare.id)).handelser).toHaveLength(3);
    expect((await las(senare.id)).utskick).toHaveLength(1);
  });

  it("links the later case whichever page the form is on, found by its diarienummer too", async () => {
    const huvud = await arende();
    const senare = await arende({ meddela: false });
    // On the earlier case's page, by the later one's diarienummer: the later one is still the linked one.
    expect(await koppla(db, h, huvud.lopnummer, diarienummer(senare.diarieAr, senare.diarieNr))).toEqual({ ok: true });
    expect((await las(senare.id)).huvudarendeId).toBe(huvud.id);
    expect((await las(huvud.id)).huvudarendeId).toBeNull();
    // The sender did not ask for mail: none.
    expect((await las(senare.id)).utskick).toHaveLength(0);
    // A number without the year and prefix works too.
    const tredje = await arende();
    expect(await koppla(db, h, tredje.lopnummer, String(huvud.lopnummer))).toEqual({ ok: true });
    expect((await kopplingsvy(db, huvud.id)).kopplade.map((k) => k.lopnummer)).toEqual([senare.lopnummer, tredje.lopnummer]);
  });

  it("refuses, in Swedish, a self-link, an unknown number, a chain, a gallrad or closed main case", async () => {
    const a = await arende();
    const b = await arende();
    const c = await arende();
    expect(await koppla(db, h, a.lopnummer, nr(a))).toEqual({ ok: false, fel: expect.stringContaining("sig självt") });
    expect(await koppla(db, h, a.lopnummer, "GF-2026-99999999")).toEqual({ ok: false, fel: expect.stringContaining("inget ärende") });
    // The right number with the wrong year is no case.
    expect(await koppla(db, h, a.lopnummer, `GF-1999-${String(b.lopnummer).padStart(5, "0")}`)).toMatchObject({ ok: false });
    expect(await koppla(db, h, b.lopnummer, nr(a))).toEqual({ ok: true });
    // b is linked: it is no main case for c, and cannot be linked again elsewhere.
    expect(await koppla(db, h, c.lopnummer, nr(b))).toEqual({
      ok: false,
      fel: `Ärende ${nr(b)} är självt kopplat till ärende ${nr(a)}. Koppla till ärende ${nr(a)} i stället.`,
    });
    const d = await arende();
    expect(await koppla(db, h, d.lopnummer, nr(c))).toEqual({ ok: true });
    // c has a linked case of its own: it cannot become linked (a chain).
    expect(await koppla(db, h, c.lopnummer, nr(a))).toEqual({ ok: false, fel: expect.stringContaining("egna kopplade ärenden") });
    // a case already linked elsewhere is refused too.
    expect(await koppla(db, h, d.lopnummer, nr(a))).toEqual({ ok: false, fel: expect.stringContaining("redan kopplat till ärende") });

    const gallrad = await arende();
    await db.synpunkt.update({ where: { id: gallrad.id }, data: { gallrad: new Date(), namn: null, epost: null } });
    const e = await arende();
    expect(await koppla(db, h, e.lopnummer, nr(gallrad))).toEqual({
      ok: false,
      fel: `Ärende ${nr(gallrad)} är gallrat och kan inte kopplas.`,
    });
    const stangt = await arende({ status: "AVSLUTAD" });
    const f = await arende();
    expect(await koppla(db, h, f.lopnummer, nr(stangt))).toEqual({ ok: false, fel: expect.stringContaining("är avslutat") });
    for (const s of [e, f]) expect((await las(s.id)).huvudarendeId).toBeNull();

    // A linked case's status stays until the link is undone.
    expect(await handlagga(db, h, b.lopnummer, { handling: "status", status: "UNDER_HANDLAGGNING" })).toEqual({
      ok: false,
      fel: "Ärendet är kopplat till ett annat ärende. Ta bort kopplingen för att ändra statusen.",
    });
    // Only a handläggare.
    await expect(koppla(db, aktor.REDAKTOR, e.lopnummer, nr(a))).rejects.toThrow(ForbiddenError);
    await expect(kopplaLoss(db, aktor.REDAKTOR, b.lopnummer)).rejects.toThrow(ForbiddenError);
  });

  it("the form's schema refuses what is no case number, in Swedish", () => {
    expect(kopplingSchema.safeParse({ handling: "koppla", nummer: "GF-2026-00042" }).success).toBe(true);
    expect(kopplingSchema.safeParse({ handling: "koppla", nummer: "GRF 2026/00123" }).success).toBe(true);
    const tomt = kopplingSchema.safeParse({ handling: "koppla", nummer: "  " });
    expect(tomt.error?.issues[0].message).toBe("Skriv ärendenumret eller diarienumret för det andra ärendet.");
    const fel = kopplingSchema.safeParse({ handling: "koppla", nummer: "Anna" });
    expect(fel.error?.issues[0].message).toMatch(/^Skriv ärendenumret \(till exempel GF-2026-00042\)/);
  });
});

describe("an answer on a main case", () => {
  it("reaches every linked sender who asked for mail, each with their own name and number, in their own timeline", async () => {
    const huvud = await arende({ namn: "Anna Andersson", epost: "anna@exempel.se", meddelande: "Annas egen text om fritids." });
    const bertil = await arende({ namn: "Bertil Berg", epost: "bertil@exempel.se", meddela: true });
    const cecilia = await arende({ namn: "Cecilia Ceder", epost: "cecilia@exempel.se", meddela: false });
    const anonym = await arende({ namn: null, epost: "anonym@exempel.se", meddela: true });
    const utanAdress = await arende({ namn: "David Dahl", epost: null, meddela: false });
    for (const s of [bertil, cecilia, anonym, utanAdress]) expect(await koppla(db, h, s.lopnummer, nr(huvud))).toEqual({ ok: true });
    const fore = await db.utskick.count();

    const svar = `Hej Anna Andersson!\n\nDitt ärende ${nr(huvud)} (${diarienummer(huvud.diarieAr, huvud.diarieNr)}) är utrett: fritids har öppet till sex.`;
    expect(await handlagga(db, h, huvud.lopnummer, { handling: "svar", text: svar })).toEqual({ ok: true });

    // The main case's sender: the text as written.
    const m = await las(huvud.id);
    expect(m.utskick.map((u) => u.till)).toEqual(["anna@exempel.se"]);
    expect(m.status).toBe("BESVARAD");
    // Bertil asked for mail: his copy, with his name and his numbers.
    const b = await las(bertil.id);
    expect(b.utskick.map((u) => u.till)).toEqual(["bertil@exempel.se", "bertil@exempel.se"]);
    const brev = b.utskick[1];
    expect(brev.amne).toBe(`Svar på ditt ärende ${nr(bertil)}`);
    expect(brev.text).toContain(
      `Hej Bertil Berg!\n\nDitt ärende ${nr(bertil)} (${diarienummer(bertil.diarieAr, bertil.diarieNr)}) är utrett`,
    );
    expect(b.handelser.at(-1)).toMatchObject({ typ: "SVAR_SKICKAT", text: expect.stringContaining("Hej Bertil Berg!") });
    // The anonymous sender: no name, no gap.
    const a = await las(anonym.id);
    expect(a.utskick.at(-1)!.text).toMatch(/^Hej!\n\nDitt ärende/);
    // Cecilia did not ask for mail, David gave no address: no mail, the answer in their timelines.
    for (const s of [cecilia, utanAdress]) {
      const l = await las(s.id);
      expect(l.utskick).toHaveLength(0);
      expect(l.handelser.at(-1)).toMatchObject({ typ: "SVAR_SKICKAT" });
    }
    expect((await las(cecilia.id)).handelser.at(-1)!.text).toContain("Hej Cecilia Ceder!");
    expect(await db.utskick.count()).toBe(fore + 3);
    // The linked cases stay closed.
    expect(b.status).toBe("AVSLUTAD");

    // No other sender's name, address or text reaches a linked sender's mail or page.
    const bertilsMejl = b.utskick.map((u) => `${u.amne}\n${u.text}`).join("\n");
    const vy = await avsandarvy(db, bertil.id);
    const huvudvy = await huvudarendeFor(db, bertil.id);
    const sida = JSON.stringify({ vy, huvudvy });
    for (const text of [bertilsMejl, sida]) {
      for (const annan of ["Anna", "anna@exempel.se", "Annas egen text", "Cecilia", "cecilia@", "David", "anonym@"])
        expect(text).not.toContain(annan);
    }
    expect(huvudvy).toEqual({
      nummer: nr(huvud),
      diarienummer: diarienummer(huvud.diarieAr, huvud.diarieNr),
      status: "BESVARAD",
      frist: expect.anything(),
    });
    expect(vy!.tidslinje.map((p) => p.slag)).toEqual(["mottaget", "kopplad", "status", "svar"]);
    // The main case's sender is not told who else wrote.
    const annasVy = await avsandarvy(db, huvud.id);
    expect(annasVy!.tidslinje.map((p) => p.slag)).not.toContain("kopplad");
    expect(await huvudarendeFor(db, huvud.id)).toBeNull();
  });

  it("the 11 § notice reaches linked senders too, and a text naming a linked sender is refused", async () => {
    const huvud = await arende({ namn: "Erik Ek" });
    const fia = await arende({ namn: "Fia Fors", epost: "fia@exempel.se" });
    expect(await koppla(db, h, fia.lopnummer, nr(huvud))).toEqual({ ok: true });
    expect(await handlagga(db, h, huvud.lopnummer, { handling: "svar", text: "Hej! Fia Fors har också skrivit." })).toEqual({
      ok: false,
      fel: expect.stringContaining("får inte innehålla deras namn"),
    });
    expect(await handlagga(db, h, huvud.lopnummer, { handling: "svar", text: "Skriv till anna@exempel.se." })).toMatchObject({ ok: false });
    expect((await las(huvud.id)).handelser.map((e) => e.typ)).toEqual(["SKAPAD", "KOPPLAD"]);
    expect(await handlagga(db, h, huvud.lopnummer, { handling: "forseningsbesked", text: "Hej Erik Ek! Svaret dröjer till maj." })).toEqual(
      {
        ok: true,
      },
    );
    const f = await las(fia.id);
    expect(f.utskick.at(-1)).toMatchObject({ till: "fia@exempel.se", amne: `Besked om ditt ärende ${nr(fia)}` });
    expect(f.utskick.at(-1)!.text).toMatch(/^Hej Fia Fors! Svaret dröjer till maj\./);
    expect(f.handelser.at(-1)).toMatchObject({ typ: "FORSENINGSBESKED" });
  });

  it("a message from a linked sender flags it, listed so on the main case's page, and does not reopen it", async () => {
    const huvud = await arende();
    const senare = await arende();
    expect(await koppla(db, h, senare.lopnummer, nr(huvud))).toEqual({ ok: true });
    expect(await taEmotMeddelande(db, senare.id, { text: "Tack! En sak till.", idempotensnyckel: randomUUID() }, "lankning-test")).toEqual({
      ok: true,
      ateroppnat: false,
    });
    expect(await las(senare.id)).toMatchObject({ status: "AVSLUTAD", huvudarendeId: huvud.id, nyttMeddelande: true });
    expect((await kopplingsvy(db, huvud.id)).kopplade).toEqual([{ lopnummer: senare.lopnummer, nummer: nr(senare), nyttMeddelande: true }]);
  });
});

describe("undoing a link", () => {
  it("reopens the linked case with new deadlines, tells its sender, and answers on the main case no longer reach it", async () => {
    const huvud = await arende();
    const senare = await arende({ namn: "Gun Gran", epost: "gun@exempel.se" });
    expect(await koppla(db, h, senare.lopnummer, nr(huvud))).toEqual({ ok: true });
    expect(await kopplaLoss(db, h, senare.lopnummer)).toEqual({ ok: true });
    const s = await las(senare.id);
    expect(s).toMatchObject({ huvudarendeId: null, status: "UNDER_HANDLAGGNING", avslutad: null });
    expect(s.frist).toBeInstanceOf(Date);
    expect(s.svarSenast!.getTime()).toBeLessThan(new Date("2099-01-01").getTime());
    expect(s.handelser.map((e) => e.typ)).toEqual(["SKAPAD", "KOPPLAD", "STATUS_ANDRAD", "KOPPLING_BORTTAGEN", "STATUS_ANDRAD"]);
    expect(s.utskick.map((u) => u.amne)).toEqual([
      `Ditt ärende ${nr(senare)} handläggs tillsammans med ett annat`,
      `Ditt ärende ${nr(senare)} handläggs som eget ärende igen`,
    ]);
    expect((await las(huvud.id)).handelser.map((e) => e.typ)).toEqual(["SKAPAD", "KOPPLAD", "KOPPLING_BORTTAGEN"]);
    for (const l of [huvud.lopnummer, senare.lopnummer])
      expect((await logg(l)).map((r) => r.handling)).toEqual(["synpunkt.koppla", "synpunkt.koppla-loss"]);
    expect((await avsandarvy(db, senare.id))!.tidslinje.map((p) => p.slag)).toEqual([
      "mottaget",
      "kopplad",
      "status",
      "koppling-borttagen",
      "status",
    ]);
    expect(await huvudarendeFor(db, senare.id)).toBeNull();
    // Again: refused, nothing changes.
    expect(await kopplaLoss(db, h, senare.lopnummer)).toEqual({ ok: false, fel: "Ärendet är inte kopplat till något annat ärende." });
    expect(await handlagga(db, h, huvud.lopnummer, { handling: "svar", text: "Svar." })).toEqual({ ok: true });
    expect((await las(senare.id)).utskick).toHaveLength(2);
  });
});

describe("many handläggare linking at once", () => {
  it("never makes a chain or a cycle, and each linked case is linked and announced once", async () => {
    // Several app instances, each with its own pool: the calls really run side by side.
    const instanser = Array.from({ length: 4 }, () => createClient(url, 5));
    try {
      for (let omgang = 0; omgang < 3; omgang++) {
        const arenden = await Promise.all(Array.from({ length: 8 }, (_, i) => arende({ epost: `s${i}@exempel.se` })));
        // Every ordered pair at once, from both pages: 56 calls racing on 8 rows.
        const par = arenden.flatMap((a) => arenden.filter((b) => b !== a).map((b) => [a, b] as const));
        const utfall = await Promise.all(par.map(([a, b], i) => koppla(instanser[i % instanser.length], h, a.lopnummer, nr(b))));
        expect(utfall.some((u) => u.ok)).toBe(true);
        const rader = await db.synpunkt.findMany({
          where: { id: { in: arenden.map((a) => a.id) } },
          select: { id: true, skapad: true, huvudarendeId: true, status: true, _count: { select: { utskick: true } } },
        });
        const per = new Map(rader.map((r) => [r.id, r]));
        const kopplade = rader.filter((r) => r.huvudarendeId);
        expect(kopplade.length).toBeGreaterThan(0);
        for (const k of kopplade) {
          const huvud = per.get(k.huvudarendeId!)!;
          expect(huvud.id).not.toBe(k.id);
          // No chain: a main case is never itself linked (and so no cycle either).
          expect(huvud.huvudarendeId).toBeNull();
          expect(huvud.skapad.getTime()).toBeLessThan(k.skapad.getTime());
          expect(k.status).toBe("AVSLUTAD");
          expect(k._count.utskick).toBe(1);
          expect(await db.synpunktHandelse.count({ where: { synpunktId: k.id, typ: "KOPPLAD" } })).toBe(1);
        }
        for (const r of rader.filter((r) => !r.huvudarendeId)) expect(r._count.utskick).toBe(0);
      }
    } finally {
      await Promise.all(instanser.map((i) => i.$disconnect()));
    }
  });
});

describe("aterfyll", () => {
  it("puts the linked sender's name and numbers where the main case's were, leaving no gap without a name", () => {
    const fran = { namn: "Anna", epost: null, nummer: "GF-2026-00001", diarienummer: "GRF 2026/00001" };
    const till = { namn: null, epost: null, nummer: "GF-2026-00002", diarienummer: "GRF 2026/00002" };
    expect(aterfyll("Hej Anna! Ärende GF-2026-00001, GRF 2026/00001. Annalena vet.", fran, till)).toBe(
      "Hej! Ärende GF-2026-00002, GRF 2026/00002. Annalena vet.",
    );
  });
});
