import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bekrafta, mojligaAgare, sattAgare } from "@/lib/agare/agare";
import { skickaPaminnelser } from "@/lib/agare/paminnelser";
import { agareSchema, laggTillManader } from "@/lib/agare/schema";
import { seOver } from "@/lib/agare/se-over";
import { ForbiddenError } from "@/lib/auth/permissions";
import { skapaInsats } from "@/lib/insatser/redigera";
import { svensktDatum } from "@/lib/datum";
import type { PrismaClient } from "@/lib/db/generated/client";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("agare"));
});
afterAll(() => drop());

let n = 0;
async function konto(roll: "REDAKTOR" | "ADMIN" | "HANDLAGGARE" | "REKTOR", extra: { aktiv?: boolean; borttagen?: Date } = {}) {
  n += 1;
  return db.user.create({ data: { email: `agare-${n}-${Date.now()}@example.se`, name: `Ägare ${n}`, roll, ...extra } });
}
const dag = (d: Date) => d.toISOString().slice(0, 10);
const kolumn = (d: string) => new Date(`${d}T00:00:00Z`);
async function sida() {
  return db.innehall.findFirstOrThrow({ where: { typ: "sida", arkiverad: null }, orderBy: { nyckel: "asc" } });
}
async function nyInsats(titel: string) {
  return db.insats.create({ data: { slug: `agare-${++n}`, titel, beskrivning: "Test", ansvarigEnhet: "Test" } });
}

describe("setting the owner and the review date", () => {
  it("an editor sets them on a page and an insats; the audit log has both", async () => {
    const s = await sida();
    const admin = aktor.ADMIN;
    const datum = laggTillManader(svensktDatum(), 2);
    expect(await sattAgare(db, aktor.REDAKTOR, "innehall", s.id, { agare: admin.id, granskaSenast: datum })).toMatchObject({ ok: true });
    const efter = await db.innehall.findUniqueOrThrow({ where: { id: s.id } });
    expect([efter.agareId, dag(efter.granskaSenast), efter.version]).toEqual([admin.id, datum, s.version]);
    const i = await nyInsats("Läxhjälp i Angered");
    expect(await sattAgare(db, aktor.ADMIN, "insats", i.id, { agare: aktor.REDAKTOR.id, granskaSenast: datum })).toMatchObject({
      ok: true,
    });
    const logg = await db.granskningshandelse.findMany({ where: { handling: "agare.satt", objektId: { in: [s.id, i.id] } } });
    expect(logg.map((l) => l.objektTyp).sort()).toEqual(["Innehall", "Insats"]);
  });

  it("a new insats is owned by its creator and due a year from today", async () => {
    const utfall = await skapaInsats(db, aktor.REDAKTOR, {
      titel: `Ny insats ${Date.now()}`,
      beskrivning: "Ny",
      ansvarigEnhet: "Test",
    });
    expect(utfall.ok).toBe(true);
    const ny = await db.insats.findFirstOrThrow({ orderBy: { skapad: "desc" } });
    expect(ny.agareId).toBe(aktor.REDAKTOR.id);
    // The column's default is the database's CURRENT_DATE (UTC there): around midnight a day off Sweden's.
    expect([laggTillManader(svensktDatum(), 12), laggTillManader(new Date().toISOString().slice(0, 10), 12)]).toContain(
      dag(ny.granskaSenast),
    );
  });

  it("refuses actors without the right, and owners who cannot edit, are deactivated or deleted", async () => {
    const s = await sida();
    const datum = laggTillManader(svensktDatum(), 1);
    await expect(sattAgare(db, aktor.HANDLAGGARE, "innehall", s.id, { agare: aktor.REDAKTOR.id, granskaSenast: datum })).rejects.toThrow(
      ForbiddenError,
    );
    await expect(sattAgare(db, aktor.REKTOR, "insats", s.id, { agare: aktor.REDAKTOR.id, granskaSenast: datum })).rejects.toThrow(
      ForbiddenError,
    );
    const fore = await db.innehall.findUniqueOrThrow({ where: { id: s.id } });
    const handlaggare = await sattAgare(db, aktor.REDAKTOR, "innehall", s.id, { agare: aktor.HANDLAGGARE.id, granskaSenast: datum });
    expect(handlaggare).toEqual({ ok: false, fel: { agare: expect.stringContaining("får inte redigera innehållet") } });
    const avstangd = await konto("REDAKTOR", { aktiv: false });
    expect(await sattAgare(db, aktor.REDAKTOR, "innehall", s.id, { agare: avstangd.id, granskaSenast: datum })).toEqual({
      ok: false,
      fel: { agare: expect.stringContaining("är avstängd") },
    });
    const borttagen = await konto("REDAKTOR", { borttagen: new Date() });
    expect(await sattAgare(db, aktor.REDAKTOR, "innehall", s.id, { agare: borttagen.id, granskaSenast: datum })).toEqual({
      ok: false,
      fel: { agare: "Kontot finns inte. Välj en ägare i listan." },
    });
    expect(await db.innehall.findUniqueOrThrow({ where: { id: s.id } })).toEqual(fore);
    // The form offers only those who may be chosen.
    const val = (await mojligaAgare(db, "innehall")).map((k) => k.id);
    expect(val).toContain(aktor.REDAKTOR.id);
    expect(val).not.toContain(aktor.HANDLAGGARE.id);
    expect(val).not.toContain(avstangd.id);
    expect(val).not.toContain(borttagen.id);
  });

  it("the schema refuses a past, a malformed, a non-existent and a far date in Swedish", () => {
    const fel = (granskaSenast: string) => agareSchema.safeParse({ agare: "x", granskaSenast }).error?.issues[0].message;
    expect(fel("2020-01-01")).toBe("Datumet har redan varit. Välj i dag eller ett senare datum.");
    expect(fel("30/6 2027")).toBe("Skriv datumet som år-månad-dag, till exempel 2027-06-30.");
    expect(fel("2027-02-30")).toMatch(/^Datumet finns inte/);
    expect(fel(laggTillManader(svensktDatum(), 37))).toBe("Välj ett datum högst 3 år fram.");
    expect(fel("")).toBe("Skriv ett datum för Granska senast.");
    expect(agareSchema.safeParse({ agare: "", granskaSenast: svensktDatum() }).error?.issues[0].message).toBe(
      "Välj vem som äger innehållet.",
    );
    expect(agareSchema.safeParse({ agare: "x", granskaSenast: svensktDatum() }).success).toBe(true);
  });
});

describe("Bekräfta att innehållet stämmer", () => {
  it("moves the date 12 months from today without a new version or any change to what is published", async () => {
    const s = await sida();
    await db.innehall.update({
      where: { id: s.id },
      data: { granskaSenast: kolumn("2026-01-15"), paminnelseSkickad: kolumn("2026-01-15") },
    });
    const fore = await db.innehall.findUniqueOrThrow({ where: { id: s.id } });
    const versioner = await db.innehallVersion.count({ where: { innehallId: s.id } });
    const nu = new Date("2026-12-04T10:00:00Z");
    expect(await bekrafta(db, aktor.REDAKTOR, "innehall", s.id, nu)).toEqual({
      datum: "2027-12-04",
      lank: `/personal/innehall/sida/${s.nyckel}`,
    });
    const efter = await db.innehall.findUniqueOrThrow({ where: { id: s.id } });
    expect(dag(efter.granskaSenast)).toBe("2027-12-04");
    expect(efter.paminnelseSkickad).toBeNull();
    expect(await db.innehallVersion.count({ where: { innehallId: s.id } })).toBe(versioner);
    expect([efter.version, efter.publicerad, efter.publiceradTid, efter.utkast]).toEqual([
      fore.version,
      fore.publicerad,
      fore.publiceradTid,
      fore.utkast,
    ]);
    expect(await db.granskningshandelse.count({ where: { handling: "agare.bekraftad", objektId: s.id } })).toBe(1);
    await expect(bekrafta(db, aktor.HANDLAGGARE, "innehall", s.id, nu)).rejects.toThrow(ForbiddenError);
  });
});

describe("reminders", () => {
  // 15 February 2027, 08:00 in Sweden; the date is 1 March 2027, 14 days later.
  const fore14 = new Date("2027-02-15T07:00:00Z");
  const paDagen = new Date("2027-03-01T07:00:00Z");
  const mejl = (till: string) => db.utskick.findMany({ where: { till }, orderBy: { skapad: "asc" } });

  it("go 14 days before and on the date, once each even with concurrent runs, one mail per owner listing their items", async () => {
    const agare = await konto("REDAKTOR");
    const s = await db.innehall.findFirstOrThrow({ where: { typ: "sida", arkiverad: null }, orderBy: { nyckel: "desc" } });
    const i = await nyInsats("Lärarlyftet i Hammarkullen");
    await db.innehall.update({ where: { id: s.id }, data: { agareId: agare.id, granskaSenast: kolumn("2027-03-01") } });
    await db.insats.update({ where: { id: i.id }, data: { agareId: agare.id, granskaSenast: kolumn("2027-03-01") } });

    // Before 07:00 nothing goes.
    expect(await skickaPaminnelser(db, new Date("2027-02-15T05:00:00Z"))).toEqual({ skickad: false, orsak: "for-tidigt" });
    // The day before the 14-day mark: nothing for this owner.
    await skickaPaminnelser(db, new Date("2027-02-13T07:00:00Z"));
    expect(await mejl(agare.email)).toHaveLength(0);

    await Promise.all([1, 2, 3, 4].map(() => skickaPaminnelser(db, fore14)));
    let skickade = await mejl(agare.email);
    expect(skickade).toHaveLength(1);
    expect(skickade[0].amne).toBe("Att se över på Grundskoleportalen: 2 saker");
    expect(skickade[0].text).toContain("Lärarlyftet i Hammarkullen: granska senast 1 mars 2027");
    expect(skickade[0].text).toContain(`/personal/insatser/${i.slug}`);
    expect(skickade[0].text).toContain(`/personal/innehall/sida/${s.nyckel}`);
    // Later runs before the date send nothing more.
    await skickaPaminnelser(db, fore14);
    await skickaPaminnelser(db, new Date("2027-02-20T07:00:00Z"));
    expect(await mejl(agare.email)).toHaveLength(1);

    await Promise.all([1, 2, 3, 4].map(() => skickaPaminnelser(db, paDagen)));
    skickade = await mejl(agare.email);
    expect(skickade).toHaveLength(2);
    expect(skickade[1].text).toContain("granska senast i dag");
    await skickaPaminnelser(db, new Date("2027-03-02T07:00:00Z"));
    expect(await mejl(agare.email)).toHaveLength(2);

    // A confirmation moves the date and clears the reminders: the new date gets its own.
    const ny = await bekrafta(db, aktor.REDAKTOR, "insats", i.id, paDagen);
    expect(ny?.datum).toBe("2028-03-01");
    const efter = await db.insats.findUniqueOrThrow({ where: { id: i.id } });
    expect([efter.paminnelse14Skickad, efter.paminnelseSkickad]).toEqual([null, null]);
    await skickaPaminnelser(db, new Date("2028-02-16T07:00:00Z"));
    skickade = await mejl(agare.email);
    // The page is long overdue by then and was reminded on its day; the insats gets its 14-day reminder.
    expect(skickade).toHaveLength(3);
    expect(skickade[2].amne).toBe("Att se över på Grundskoleportalen: 1 sak");
    expect(skickade[2].text).toContain("Lärarlyftet i Hammarkullen");
    await db.innehall.update({ where: { id: s.id }, data: { agareId: null } });
    await db.insats.update({ where: { id: i.id }, data: { arkiverad: new Date() } });
  });

  it("never go to a deactivated or deleted owner, nor to one who can no longer edit", async () => {
    const avstangd = await konto("REDAKTOR", { aktiv: false });
    const borttagen = await konto("REDAKTOR", { borttagen: new Date() });
    const bytt = await konto("HANDLAGGARE");
    const ok = await konto("ADMIN");
    const poster = await Promise.all(["A", "B", "C", "D"].map((t) => nyInsats(`Insats ${t}`)));
    const agare = [avstangd, borttagen, bytt, ok];
    for (const [k, p] of poster.entries())
      await db.insats.update({ where: { id: p.id }, data: { agareId: agare[k].id, granskaSenast: kolumn("2027-03-01") } });
    await skickaPaminnelser(db, paDagen);
    for (const k of [avstangd, borttagen, bytt]) expect(await mejl(k.email)).toHaveLength(0);
    expect(await mejl(ok.email)).toHaveLength(1);
    // Their items were not marked as reminded: an owner who is given back the account gets the mail.
    expect((await db.insats.findUniqueOrThrow({ where: { id: poster[0].id } })).paminnelseSkickad).toBeNull();
    await db.insats.updateMany({ where: { id: { in: poster.map((p) => p.id) } }, data: { arkiverad: new Date() } });
  });
});

describe("Innehåll att se över", () => {
  it("lists what is overdue, due within 14 days and without an owner; Mina only one's own; sorted by date", async () => {
    const nu = new Date("2030-06-01T10:00:00Z");
    const jag = await konto("REDAKTOR");
    const annan = await konto("REDAKTOR");
    const avstangd = await konto("REDAKTOR", { aktiv: false });
    const [forfallen, snart, senare, utan, borta, annans] = await Promise.all(
      ["Förfallen", "Snart", "Senare", "Utan ägare", "Avstängd ägare", "Annans"].map((t) => nyInsats(t)),
    );
    const satt = (id: string, agareId: string | null, d: string) =>
      db.insats.update({ where: { id }, data: { agareId, granskaSenast: kolumn(d) } });
    await satt(forfallen.id, jag.id, "2030-05-20");
    await satt(snart.id, jag.id, "2030-06-15");
    await satt(senare.id, jag.id, "2030-06-16");
    await satt(utan.id, null, "2031-01-01");
    await satt(borta.id, avstangd.id, "2031-01-02");
    await satt(annans.id, annan.id, "2030-06-02");
    const alla = await seOver(db, { userId: jag.id, mina: false, nu });
    const rad = (id: string) => alla.find((r) => r.id === id);
    expect(rad(forfallen.id)?.kategorier).toEqual(["forfallen"]);
    expect(rad(snart.id)?.kategorier).toEqual(["snart"]);
    expect(rad(senare.id)).toBeUndefined();
    expect(rad(utan.id)?.kategorier).toEqual(["utan-agare"]);
    expect(rad(borta.id)).toMatchObject({ kategorier: ["utan-agare"], agareNamn: avstangd.name });
    expect(rad(annans.id)?.kategorier).toEqual(["snart"]);
    expect(rad(snart.id)).toMatchObject({ lank: `/personal/insatser/${snart.slug}`, grupp: "Insatser", agareNamn: jag.name });
    // Pages without an owner (the seeded ones) are on it too, linking to their edit page.
    expect(alla.some((r) => r.slag === "innehall" && r.kategorier.includes("utan-agare") && r.lank.startsWith("/personal/innehall/"))).toBe(
      true,
    );
    const datum = alla.map((r) => r.granskaSenast);
    expect(datum).toEqual([...datum].sort());
    const mina = await seOver(db, { userId: jag.id, mina: true, nu });
    expect(mina.map((r) => r.titel)).toEqual(["Förfallen", "Snart"]);
  });
});
