import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import {
  aktuella,
  avslutaDriftmeddelande,
  driftSchema,
  kommandeDriftmeddelanden,
  skapaDriftmeddelande,
} from "@/lib/innehall/driftinformation";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("drift"));
});
afterAll(() => drop());

const NU = new Date("2026-12-04T10:00:00Z"); // 11:00 in Sweden
const falt = (andra: Record<string, string> = {}) =>
  driftSchema.parse({
    text: "Kontaktformuläret är stängt för underhåll.",
    startdatum: "2026-12-04",
    startklockslag: "11:00",
    slutdatum: "2026-12-04",
    slutklockslag: "12:30",
    ...andra,
  });

describe("driftinformation", () => {
  it("is scheduled by editors in Swedish time; a period that ends before it starts or has passed is refused", async () => {
    await expect(skapaDriftmeddelande(db, aktor.HANDLAGGARE, falt(), NU)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await skapaDriftmeddelande(db, aktor.REDAKTOR, falt({ slutklockslag: "10:00" }), NU)).toEqual({
      ok: false,
      fel: { slutdatum: "Slutet måste vara efter starten." },
    });
    expect(await skapaDriftmeddelande(db, aktor.REDAKTOR, falt({ startklockslag: "08:00", slutklockslag: "10:30" }), NU)).toEqual({
      ok: false,
      fel: { slutdatum: "Slutet har redan varit. Välj en tid framåt." },
    });
    expect(driftSchema.safeParse({ ...falt(), text: "x".repeat(301) }).error?.issues[0].message).toMatch(/högst 300 tecken/);
    const r = await skapaDriftmeddelande(db, aktor.REDAKTOR, falt(), NU);
    expect(r.ok).toBe(true);
    const rad = await db.driftmeddelande.findFirstOrThrow();
    expect([rad.start.toISOString(), rad.slut.toISOString()]).toEqual(["2026-12-04T10:00:00.000Z", "2026-12-04T11:30:00.000Z"]);
  });

  it("shows on the public pages only while its period is on, and an editor can end it at once", async () => {
    const lista = await kommandeDriftmeddelanden(db, NU);
    expect(lista).toHaveLength(1);
    expect(aktuella(lista, new Date("2026-12-04T09:59:59Z"))).toHaveLength(0);
    expect(aktuella(lista, new Date("2026-12-04T10:00:00Z"))).toHaveLength(1);
    expect(aktuella(lista, new Date("2026-12-04T11:29:59Z"))).toHaveLength(1);
    expect(aktuella(lista, new Date("2026-12-04T11:30:00Z"))).toHaveLength(0);
    await expect(avslutaDriftmeddelande(db, aktor.REKTOR, lista[0].id, NU)).rejects.toBeInstanceOf(ForbiddenError);
    await avslutaDriftmeddelande(db, aktor.REDAKTOR, lista[0].id, new Date("2026-12-04T10:15:00Z"));
    expect(await kommandeDriftmeddelanden(db, new Date("2026-12-04T10:15:00Z"))).toHaveLength(0);
    const logg = await db.granskningshandelse.findMany({ where: { objektTyp: "drift" }, orderBy: { tidpunkt: "asc" } });
    expect(logg.map((l) => l.handling)).toEqual(["drift.skapa", "drift.avsluta"]);
  });
});
