import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { seededDatabase, type Demoaktor } from "../support/seeded";
import { andraKonto, skapaKonto } from "@/lib/anvandare/konton";
import { kontoAndringSchema, nyttKontoSchema } from "@/lib/anvandare/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import { kontrolleraInloggning } from "@/lib/auth/login";
import { arkiveraInsats, redigeraInsats, skapaInsats } from "@/lib/insatser/redigera";
import { pilotstegSchema, sattPilot, sattPilotsteg } from "@/lib/skolor/pilot";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("red"));
});
afterAll(() => drop());

/** Everything a refused action could have touched. */
async function allt() {
  const [insatser, skolkopplingar, historik, konton, logg] = await Promise.all([
    db.insats.findMany({ orderBy: { slug: "asc" } }),
    db.insatsSkola.count(),
    db.insatsUppdatering.count(),
    db.user.findMany({ orderBy: { email: "asc" } }),
    db.granskningshandelse.count(),
  ]);
  return { insatser, skolkopplingar, historik, konton, logg };
}

const nekas = ["HANDLAGGARE", "REKTOR"] as const;

describe("editing, creating and archiving insatser", () => {
  it("a redaktör edits the text and the schools, with an audit entry", async () => {
    const i = await db.insats.findUniqueOrThrow({ where: { slug: "systematiskt-kvalitetsarbete" } });
    const skola = await db.skola.findFirstOrThrow();
    const utfall = await redigeraInsats(db, aktor.REDAKTOR, i.slug, {
      titel: "Systematiskt kvalitetsarbete i alla skolor",
      beskrivning: "Ny text.",
      ansvarigEnhet: "Kvalitet",
      skolor: [skola.id],
      version: i.version,
    });
    expect(utfall).toEqual({ ok: true });
    const efter = await db.insats.findUniqueOrThrow({ where: { id: i.id }, include: { skolor: true } });
    expect(efter).toMatchObject({ titel: "Systematiskt kvalitetsarbete i alla skolor", version: i.version + 1, status: i.status });
    expect(efter.skolor.map((s) => s.skolaId)).toEqual([skola.id]);
    expect(
      await redigeraInsats(db, aktor.ADMIN, i.slug, { titel: "X", beskrivning: "Y", ansvarigEnhet: "Z", skolor: [], version: i.version }),
    ).toEqual({ ok: false, orsak: "konflikt" });
    expect(
      await redigeraInsats(db, aktor.ADMIN, i.slug, {
        titel: "X",
        beskrivning: "Y",
        ansvarigEnhet: "Z",
        skolor: ["finns-inte"],
        version: i.version + 1,
      }),
    ).toEqual({ ok: false, orsak: "okand-skola" });
  });

  it("a redaktör creates a delinsats that inherits programme and area and starts as planerad", async () => {
    const parent = await db.insats.findUniqueOrThrow({ where: { slug: "vidareutveckla-foraldrastodet" } });
    const utfall = await skapaInsats(db, aktor.REDAKTOR, {
      titel: "Föräldraträffar på lov",
      beskrivning: "Träffar under skollov.",
      ansvarigEnhet: "Elevhälsa",
      parent: parent.slug,
    });
    expect(utfall).toEqual({ ok: true, slug: "foraldratraffar-pa-lov" });
    const ny = await db.insats.findUniqueOrThrow({ where: { slug: (utfall as { slug: string }).slug }, include: { uppdateringar: true } });
    expect(ny).toMatchObject({ parentId: parent.id, programId: parent.programId, status: "PLANERAD", progress: 0 });
    expect(ny.uppdateringar).toHaveLength(1);
    const igen = await skapaInsats(db, aktor.ADMIN, { titel: "Föräldraträffar på lov", beskrivning: "Igen.", ansvarigEnhet: "Elevhälsa" });
    expect(igen).toMatchObject({ ok: true, slug: "foraldratraffar-pa-lov-2" });
    expect(await skapaInsats(db, aktor.ADMIN, { titel: "Ny", beskrivning: "x", ansvarigEnhet: "y" })).toMatchObject({ slug: "ny-insats" });
  });

  it("archiving removes an insats from the lists once, and is logged", async () => {
    expect(await arkiveraInsats(db, aktor.ADMIN, "studiehandledning-likvardig-tillgang")).toEqual({ ok: true });
    expect(await arkiveraInsats(db, aktor.ADMIN, "studiehandledning-likvardig-tillgang")).toEqual({ ok: false });
    expect((await db.insats.findUniqueOrThrow({ where: { slug: "studiehandledning-likvardig-tillgang" } })).arkiverad).toBeInstanceOf(Date);
    expect(await db.granskningshandelse.count({ where: { handling: "insats.arkivera" } })).toBe(1);
  });

  for (const roll of nekas) {
    it(`a ${roll.toLowerCase()} can neither edit, create nor archive, and nothing changes`, async () => {
      const fore = await allt();
      const i = await db.insats.findUniqueOrThrow({ where: { slug: "resursfordelning-utifran-likvardighet" } });
      await expect(
        redigeraInsats(db, aktor[roll], i.slug, { titel: "X", beskrivning: "Y", ansvarigEnhet: "Z", skolor: [], version: i.version }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(skapaInsats(db, aktor[roll], { titel: "X", beskrivning: "Y", ansvarigEnhet: "Z" })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(arkiveraInsats(db, aktor[roll], i.slug)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await allt()).toEqual(fore);
    });
  }
});

describe("staff accounts", () => {
  const nytt = (email: string, roll = "REDAKTOR", skolaId = "") =>
    nyttKontoSchema.parse({ email, name: "Ny Person", roll, skolaId, losenord: "Tillfälligt-lösen-1" });

  it("an admin creates an account that can sign in, and a rektor needs a school", async () => {
    expect(await skapaKonto(db, aktor.ADMIN, nytt("ny@exempel.se"))).toMatchObject({ ok: true });
    expect(
      await kontrolleraInloggning(db, { email: "ny@exempel.se", password: "Tillfälligt-lösen-1", klient: "198.51.100.7" }),
    ).toMatchObject({ ok: true });
    expect(await skapaKonto(db, aktor.ADMIN, nytt("NY@exempel.se"))).toEqual({
      ok: false,
      fel: { email: "Det finns redan ett konto med den e-postadressen." },
    });
    const r = nyttKontoSchema.safeParse({ email: "r@exempel.se", name: "R", roll: "REKTOR", skolaId: "", losenord: "Tillfälligt-lösen-1" });
    expect(r.success ? null : z.flattenError(r.error).fieldErrors.skolaId?.[0]).toBe("Välj vilken skola rektorn ansvarar för.");
  });

  it("an admin changes a role and disables an account, which then cannot sign in", async () => {
    const u = await db.user.findUniqueOrThrow({ where: { email: "ny@exempel.se" } });
    const skola = await db.skola.findFirstOrThrow();
    expect(await andraKonto(db, aktor.ADMIN, u.id, kontoAndringSchema.parse({ roll: "REKTOR", skolaId: skola.id, aktiv: "nej" }))).toEqual({
      ok: true,
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({ roll: "REKTOR", skolaId: skola.id, aktiv: false });
    expect(await kontrolleraInloggning(db, { email: "ny@exempel.se", password: "Tillfälligt-lösen-1", klient: "198.51.100.7" })).toEqual({
      ok: false,
      orsak: "avstangd",
    });
    expect(await db.granskningshandelse.count({ where: { handling: "anvandare.stang-av", objektId: u.id } })).toBe(1);
  });

  it("an admin cannot lock themselves out", async () => {
    const utfall = await andraKonto(
      db,
      aktor.ADMIN,
      aktor.ADMIN.id,
      kontoAndringSchema.parse({ roll: "ADMIN", skolaId: "", aktiv: "nej" }),
    );
    expect(utfall.ok).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: aktor.ADMIN.id } })).aktiv).toBe(true);
  });

  for (const roll of ["REDAKTOR", "HANDLAGGARE", "REKTOR"] as const) {
    it(`a ${roll.toLowerCase()} cannot create or change accounts, and nothing changes`, async () => {
      const fore = await allt();
      await expect(skapaKonto(db, aktor[roll], nytt(`${roll}@exempel.se`))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        andraKonto(db, aktor[roll], aktor[roll].id, kontoAndringSchema.parse({ roll: "ADMIN", skolaId: "", aktiv: "ja" })),
      ).rejects.toBeInstanceOf(ForbiddenError);
      expect(await allt()).toEqual(fore);
    });
  }
});

describe("Framtidsrustad skola's pilot schools", () => {
  it("a redaktör makes a school a pilot, records its progress and removes it again", async () => {
    const skola = await db.skola.findFirstOrThrow({ where: { framtidsrustadPilot: false } });
    expect(await sattPilot(db, aktor.REDAKTOR, skola.slug, true)).toEqual({ ok: true });
    const delar = await db.pilotskolaDel.findMany({ where: { skolaId: skola.id }, include: { programdel: true } });
    expect(delar).toHaveLength(4);
    expect(delar.every((d) => d.status === "EJ_PABORJAD")).toBe(true);
    expect(
      await sattPilotsteg(db, aktor.REDAKTOR, skola.slug, pilotstegSchema.parse({ kartlaggning: "KLAR", samverkansrad: "PAGAR" })),
    ).toEqual({ ok: true });
    const efter = await db.pilotskolaDel.findMany({ where: { skolaId: skola.id }, include: { programdel: true } });
    expect(Object.fromEntries(efter.map((d) => [d.programdel.slug, d.status]))).toMatchObject({
      kartlaggning: "KLAR",
      samverkansrad: "PAGAR",
      kompetensutveckling: "EJ_PABORJAD",
    });
    expect(await sattPilotsteg(db, aktor.REDAKTOR, skola.slug, { "finns-inte": "KLAR" })).toMatchObject({ ok: false });
    expect(await sattPilot(db, aktor.ADMIN, skola.slug, false)).toEqual({ ok: true });
    expect(await sattPilotsteg(db, aktor.REDAKTOR, skola.slug, { kartlaggning: "KLAR" })).toEqual({
      ok: false,
      fel: "Skolan är inte pilotskola.",
    });
  });

  for (const roll of nekas) {
    it(`a ${roll.toLowerCase()} cannot manage pilot schools, and nothing changes`, async () => {
      const skola = await db.skola.findFirstOrThrow({ where: { framtidsrustadPilot: true } });
      const fore = [
        await db.skola.findMany({ orderBy: { slug: "asc" } }),
        await db.pilotskolaDel.findMany({ orderBy: [{ skolaId: "asc" }, { programdelId: "asc" }] }),
      ];
      await expect(sattPilot(db, aktor[roll], skola.slug, false)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(sattPilotsteg(db, aktor[roll], skola.slug, { kartlaggning: "KLAR" })).rejects.toBeInstanceOf(ForbiddenError);
      expect([
        await db.skola.findMany({ orderBy: { slug: "asc" } }),
        await db.pilotskolaDel.findMany({ orderBy: [{ skolaId: "asc" }, { programdelId: "asc" }] }),
      ]).toEqual(fore);
    });
  }
});
