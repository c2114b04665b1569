import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { avsandarvy } from "@/lib/synpunkter/arende";
import { handlagga } from "@/lib/synpunkter/handlagga";
import { kanLasaArende, taTillbaka, vidarebefordra, vidarebefordradeArenden } from "@/lib/synpunkter/vidarebefordran";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
let egen: string;
let annan: string;
beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("vidarebef"));
  egen = aktor.REKTOR.skolaId!;
  annan = (await db.skola.findFirstOrThrow({ where: { id: { not: egen }, rektorer: { none: {} } } })).id;
});
afterAll(() => drop());

async function nyttArende(skolaId: string | null, epost: string | null = "foralder@exempel.se") {
  return db.synpunkt.create({
    data: {
      typ: "KLAGOMAL",
      meddelande: "Hemligt innehåll.",
      epost,
      skolaId,
      idempotensnyckel: randomUUID(),
      handelser: { create: { typ: "SKAPAD" } },
    },
  });
}
const rad = (id: string) =>
  db.synpunkt.findUniqueOrThrow({ where: { id }, select: { skolaId: true, vidarebefordrad: true, lopnummer: true } });

describe("forwarding a case to the school's rektor", () => {
  it("gives the rektor of the case's school the case, mails them only the number and link, and is internal and audited", async () => {
    const s = await nyttArende(egen);
    const rektor = aktor.REKTOR;
    expect(kanLasaArende(rektor, await rad(s.id))).toBe(false);
    expect(await vidarebefordra(db, aktor.HANDLAGGARE, s.lopnummer)).toEqual({ ok: true });
    expect(kanLasaArende(rektor, await rad(s.id))).toBe(true);
    expect((await vidarebefordradeArenden(db, rektor)).map((r) => r.lopnummer)).toContain(s.lopnummer);

    const mejl = await db.utskick.findMany({ where: { till: (await db.user.findUniqueOrThrow({ where: { id: rektor.id } })).email } });
    const detta = mejl.filter((m) => m.amne.includes(String(s.lopnummer).padStart(5, "0")));
    expect(detta).toHaveLength(1);
    expect(detta[0].text).toContain(`/personal/synpunkter/${s.lopnummer}`);
    expect(detta[0].text).not.toContain("Hemligt innehåll");
    expect(detta[0].synpunktId).toBeNull();

    const handelser = await db.synpunktHandelse.findMany({ where: { synpunktId: s.id }, orderBy: { tidpunkt: "asc" } });
    expect(handelser.map((h) => h.typ)).toEqual(["SKAPAD", "VIDAREBEFORDRAD"]);
    const vy = await avsandarvy(db, s.id);
    expect(vy!.tidslinje.map((p) => p.slag)).toEqual(["mottaget"]);
    const logg = await db.granskningshandelse.findMany({ where: { objektTyp: "synpunkt", objektId: String(s.lopnummer) } });
    expect(logg.map((l) => l.handling)).toEqual(["synpunkt.vidarebefordra"]);

    // A double submit forwards once, and mails once.
    expect(await vidarebefordra(db, aktor.HANDLAGGARE, s.lopnummer)).toEqual({ ok: true });
    expect(await db.synpunktHandelse.count({ where: { synpunktId: s.id, typ: "VIDAREBEFORDRAD" } })).toBe(1);
  });

  it("lets the rektor answer and write notes, but nothing else, and only while forwarded", async () => {
    const s = await nyttArende(egen);
    const rektor = aktor.REKTOR;
    // Not forwarded: no.
    await expect(handlagga(db, rektor, s.lopnummer, { handling: "svar", text: "Svar." })).rejects.toBeInstanceOf(ForbiddenError);
    await vidarebefordra(db, aktor.HANDLAGGARE, s.lopnummer);
    expect(await handlagga(db, rektor, s.lopnummer, { handling: "anteckning", text: "Pratat med läraren." })).toEqual({ ok: true });
    expect(await handlagga(db, rektor, s.lopnummer, { handling: "svar", text: "Vi har åtgärdat det." })).toEqual({ ok: true });
    const svar = await db.utskick.findFirstOrThrow({ where: { synpunktId: s.id } });
    expect(svar).toMatchObject({ till: "foralder@exempel.se", text: expect.stringMatching(/^Vi har åtgärdat det\./) });
    for (const h of [
      { handling: "tilldela", handlaggareId: rektor.id },
      { handling: "status", status: "AVSLUTAD" },
      { handling: "sekretess", grund: null },
      { handling: "arendemening", text: "Något annat" },
    ] as const)
      await expect(handlagga(db, rektor, s.lopnummer, h)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(vidarebefordra(db, rektor, s.lopnummer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(taTillbaka(db, rektor, s.lopnummer)).rejects.toBeInstanceOf(ForbiddenError);

    // Taken back: no longer.
    expect(await taTillbaka(db, aktor.HANDLAGGARE, s.lopnummer)).toEqual({ ok: true });
    expect(kanLasaArende(rektor, await rad(s.id))).toBe(false);
    expect((await vidarebefordradeArenden(db, rektor)).map((r) => r.lopnummer)).not.toContain(s.lopnummer);
    await expect(handlagga(db, rektor, s.lopnummer, { handling: "anteckning", text: "Till." })).rejects.toBeInstanceOf(ForbiddenError);
    const typer = (await db.synpunktHandelse.findMany({ where: { synpunktId: s.id }, orderBy: { tidpunkt: "asc" } })).map((h) => h.typ);
    expect(typer).toEqual(["SKAPAD", "VIDAREBEFORDRAD", "ANTECKNING", "SVAR_SKICKAT", "STATUS_ANDRAD", "ATERTAGEN"]);
    expect((await avsandarvy(db, s.id))!.tidslinje.map((p) => p.slag)).toEqual(["mottaget", "svar", "status"]);
    const logg = await db.granskningshandelse.findMany({
      where: { objektTyp: "synpunkt", objektId: String(s.lopnummer) },
      orderBy: { tidpunkt: "asc" },
    });
    expect(logg.map((l) => [l.handling, l.aktorId])).toEqual([
      ["synpunkt.vidarebefordra", aktor.HANDLAGGARE.id],
      ["synpunkt.anteckning", rektor.id],
      ["synpunkt.svar", rektor.id],
      ["synpunkt.ta-tillbaka", aktor.HANDLAGGARE.id],
    ]);
  });

  it("gives a rektor no other school's forwarded case", async () => {
    const rektor2 = await db.user.create({
      data: { email: `rektor-${randomUUID()}@exempel.se`, name: "Annan Rektor", roll: "REKTOR", skolaId: annan },
    });
    const s = await nyttArende(annan);
    expect(await vidarebefordra(db, aktor.HANDLAGGARE, s.lopnummer)).toEqual({ ok: true });
    expect(kanLasaArende(aktor.REKTOR, await rad(s.id))).toBe(false);
    expect(kanLasaArende({ id: rektor2.id, roll: "REKTOR", skolaId: annan }, await rad(s.id))).toBe(true);
    expect((await vidarebefordradeArenden(db, aktor.REKTOR)).map((r) => r.lopnummer)).not.toContain(s.lopnummer);
    await expect(handlagga(db, aktor.REKTOR, s.lopnummer, { handling: "svar", text: "Svar." })).rejects.toBeInstanceOf(ForbiddenError);
    await db.user.delete({ where: { id: rektor2.id } });
  });

  it("says so in Swedish when the school has no rektor, or the case no school", async () => {
    const s = await nyttArende(annan);
    const utfall = await vidarebefordra(db, aktor.HANDLAGGARE, s.lopnummer);
    expect(utfall).toMatchObject({ ok: false, fel: expect.stringContaining("har ingen rektor med konto") });
    expect((await rad(s.id)).vidarebefordrad).toBeNull();
    const utan = await nyttArende(null);
    expect(await vidarebefordra(db, aktor.HANDLAGGARE, utan.lopnummer)).toMatchObject({
      ok: false,
      fel: expect.stringContaining("ingen skola"),
    });
  });

  it("forwards once when many forward at once", async () => {
    const s = await nyttArende(egen);
    const utfall = await Promise.all(Array.from({ length: 8 }, () => vidarebefordra(db, aktor.HANDLAGGARE, s.lopnummer)));
    expect(utfall.every((u) => u.ok)).toBe(true);
    expect(await db.synpunktHandelse.count({ where: { synpunktId: s.id, typ: "VIDAREBEFORDRAD" } })).toBe(1);
    expect(await db.granskningshandelse.count({ where: { objektId: String(s.lopnummer), handling: "synpunkt.vidarebefordra" } })).toBe(1);
  });
});
