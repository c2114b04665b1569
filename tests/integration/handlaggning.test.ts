import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { handlagga } from "@/lib/synpunkter/handlagga";
import { inkorg, SIDSTORLEK } from "@/lib/synpunkter/inkorg";
import { arendenummer } from "@/lib/synpunkter/typer";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("handl"));
});
afterAll(() => drop());

async function nyttArende(epost: string | null = "foralder@exempel.se", skapad = new Date()) {
  return db.synpunkt.create({
    data: { typ: "FRAGA", meddelande: "Hej!", epost, idempotensnyckel: randomUUID(), skapad, handelser: { create: { typ: "SKAPAD" } } },
  });
}
const tillstand = async (id: string) => {
  const s = await db.synpunkt.findUniqueOrThrow({ where: { id }, include: { handelser: { orderBy: { tidpunkt: "asc" } }, utskick: true } });
  const granskning = await db.granskningshandelse.count({ where: { objektTyp: "synpunkt", objektId: String(s.lopnummer) } });
  return {
    status: s.status,
    handlaggareId: s.handlaggareId,
    forstaSvar: s.forstaSvar,
    handelser: s.handelser.map((h) => h.typ),
    utskick: s.utskick.length,
    granskning,
  };
};

describe("handling a case", () => {
  it("a handläggare takes the case, replies by e-mail and closes it; every step is an event", async () => {
    const s = await nyttArende();
    const h = aktor.HANDLAGGARE;
    expect(await handlagga(db, h, s.lopnummer, { handling: "tilldela", handlaggareId: h.id })).toEqual({ ok: true });
    expect(await tillstand(s.id)).toMatchObject({
      status: "UNDER_HANDLAGGNING",
      handlaggareId: h.id,
      handelser: ["SKAPAD", "TILLDELAD", "STATUS_ANDRAD"],
    });
    expect(await handlagga(db, h, s.lopnummer, { handling: "anteckning", text: "Ringt skolan." })).toEqual({ ok: true });
    expect(await handlagga(db, h, s.lopnummer, { handling: "svar", text: "Höstterminen börjar 18 augusti." })).toEqual({ ok: true });
    const efterSvar = await tillstand(s.id);
    expect(efterSvar).toMatchObject({
      status: "BESVARAD",
      utskick: 1,
      handelser: ["SKAPAD", "TILLDELAD", "STATUS_ANDRAD", "ANTECKNING", "SVAR_SKICKAT", "STATUS_ANDRAD"],
    });
    expect(efterSvar.forstaSvar).toBeInstanceOf(Date);
    const utskick = await db.utskick.findFirstOrThrow({ where: { synpunktId: s.id } });
    expect(utskick).toMatchObject({ till: "foralder@exempel.se", text: expect.stringMatching(/^Höstterminen börjar 18 augusti\.\n/) });
    expect(await handlagga(db, h, s.lopnummer, { handling: "status", status: "AVSLUTAD" })).toEqual({ ok: true });
    expect((await db.synpunkt.findUniqueOrThrow({ where: { id: s.id } })).avslutad).toBeInstanceOf(Date);
    const logg = await db.granskningshandelse.findMany({
      where: { objektTyp: "synpunkt", objektId: String(s.lopnummer) },
      orderBy: { tidpunkt: "asc" },
    });
    expect(logg.map((l) => [l.handling, l.aktorId])).toEqual([
      ["synpunkt.tilldela", h.id],
      ["synpunkt.anteckning", h.id],
      ["synpunkt.svar", h.id],
      ["synpunkt.status", h.id],
    ]);
  });

  it("keeps a reply to a sender without an address for the case's page, and mails nothing", async () => {
    const s = await nyttArende(null);
    expect(await handlagga(db, aktor.HANDLAGGARE, s.lopnummer, { handling: "svar", text: "Svar." })).toEqual({ ok: true });
    expect(await tillstand(s.id)).toMatchObject({ status: "BESVARAD", handelser: ["SKAPAD", "SVAR_SKICKAT", "STATUS_ANDRAD"], utskick: 0 });
  });

  it("assigns only to active handläggare or admins", async () => {
    const s = await nyttArende();
    expect(await handlagga(db, aktor.HANDLAGGARE, s.lopnummer, { handling: "tilldela", handlaggareId: aktor.REDAKTOR.id })).toMatchObject({
      ok: false,
    });
  });

  for (const roll of ["REDAKTOR", "REKTOR"] as const) {
    it(`a ${roll.toLowerCase()} cannot handle cases, and nothing changes`, async () => {
      const s = await nyttArende();
      const fore = await tillstand(s.id);
      for (const h of [
        { handling: "tilldela", handlaggareId: aktor[roll].id },
        { handling: "status", status: "AVSLUTAD" },
        { handling: "anteckning", text: "x" },
        { handling: "svar", text: "x" },
      ] as const) {
        await expect(handlagga(db, aktor[roll], s.lopnummer, h)).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect(await tillstand(s.id)).toEqual(fore);
    });
  }
});

describe("the inbox", () => {
  it("pages newest first by keyset, with no case missed or repeated", async () => {
    const bas = Date.UTC(2025, 0, 1);
    // Some share a timestamp, which the keyset's id breaks ties for.
    for (let i = 0; i < 60; i++) await nyttArende(null, new Date(bas + Math.floor(i / 3) * 60_000));
    const sett: string[] = [];
    let efter: string | undefined;
    let sidor = 0;
    do {
      const { rader, nasta } = await inkorg(db, { till: "2025-01-01", efter });
      expect(rader.length).toBeLessThanOrEqual(SIDSTORLEK);
      sett.push(...rader.map((r) => r.id));
      efter = nasta ?? undefined;
      sidor++;
    } while (efter && sidor < 10);
    expect(sett).toHaveLength(60);
    expect(new Set(sett).size).toBe(60);
    expect(sidor).toBe(3);
  });

  it("filters by status, type and text", async () => {
    const { rader } = await inkorg(db, { status: "AVSLUTAD" });
    expect(rader.length).toBeGreaterThan(0);
    expect(rader.every((r) => r.status === "AVSLUTAD")).toBe(true);
    expect((await inkorg(db, { typ: "BEROM" })).rader).toEqual([]);
    expect((await inkorg(db, { q: "HEJ" })).rader.length).toBeGreaterThan(0);
  });

  it("finds a case by its case number, with or without the prefix and zeros", async () => {
    const s = await nyttArende();
    const nummer = arendenummer(s.lopnummer, s.skapad);
    for (const q of [nummer, nummer.toLowerCase(), String(s.lopnummer)]) {
      expect((await inkorg(db, { q })).rader.map((r) => r.id)).toEqual([s.id]);
    }
  });
});
