import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import {
  gallraSidresponser,
  kommentarSchema,
  kommentera,
  sidrespons,
  sidresponsOversikt,
  SIDRESPONS_PER_FONSTER,
  taEmotSidrespons,
} from "@/lib/innehall/sidrespons";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("sidrespons"));
});
afterAll(() => drop());

const NU = new Date("2026-12-04T10:00:00Z");

describe("'Hittade du det du letade efter?'", () => {
  it("stores the answer alone, refuses an unknown page, and a Nej takes one comment within the hour", async () => {
    expect(await taEmotSidrespons(db, { sida: "finns-inte", svar: "ja" }, false, "k1", NU)).toEqual({ ok: false, orsak: "okand-sida" });
    const ja = await taEmotSidrespons(db, { sida: "om-forvaltningen", svar: "ja" }, true, "k1", NU);
    const nej = await taEmotSidrespons(db, { sida: "om-forvaltningen", svar: "nej" }, true, "k1", NU);
    if (!ja.ok || !nej.ok) throw new Error("inte sparat");
    const rad = await db.sidrespons.findUniqueOrThrow({ where: { id: nej.id } });
    // Nothing about the visitor: only these columns exist.
    expect(Object.keys(rad).sort()).toEqual(["hittade", "id", "kommentar", "kommentarTid", "sida", "skapad"]);
    expect((await sidrespons(db, ja.id, NU))!.kanKommentera).toBe(false);
    expect((await sidrespons(db, nej.id, NU))!.kanKommentera).toBe(true);
    const kommentar = kommentarSchema.parse({ id: nej.id, kommentar: "  Jag letade efter skolskjuts.  " });
    expect(await kommentera(db, { ...kommentarSchema.parse({ id: ja.id, kommentar: "x" }) }, NU)).toBe(false);
    expect(await kommentera(db, kommentar, new Date(NU.getTime() + 2 * 3600_000))).toBe(false); // too late
    expect(await kommentera(db, kommentar, NU)).toBe(true);
    expect(await kommentera(db, kommentar, NU)).toBe(false); // once
    expect(kommentarSchema.safeParse({ id: nej.id, kommentar: "x".repeat(501) }).error?.issues[0].message).toBe(
      "Kommentaren får vara högst 500 tecken.",
    );
  });

  it("is limited per client, counted right under concurrency", async () => {
    const svar = await Promise.all(
      Array.from({ length: SIDRESPONS_PER_FONSTER + 5 }, () =>
        taEmotSidrespons(db, { sida: "om-forvaltningen", svar: "ja" }, true, "flod", NU),
      ),
    );
    expect(svar.filter((s) => s.ok)).toHaveLength(SIDRESPONS_PER_FONSTER);
    expect(svar.filter((s) => !s.ok)).toEqual(Array(5).fill({ ok: false, orsak: "for-manga" }));
    expect((await taEmotSidrespons(db, { sida: "om-forvaltningen", svar: "ja" }, true, "annan", NU)).ok).toBe(true);
  });

  it("shows editors the counts and comments, removes comments after 90 days and keeps the counts", async () => {
    await expect(sidresponsOversikt(db, aktor.HANDLAGGARE)).rejects.toBeInstanceOf(ForbiddenError);
    const fore = (await sidresponsOversikt(db, aktor.REDAKTOR)).find((s) => s.sida === "om-forvaltningen")!;
    expect(fore.nej).toBe(1);
    expect(fore.ja).toBe(SIDRESPONS_PER_FONSTER + 2);
    expect(fore.kommentarer.map((k) => k.text)).toEqual(["Jag letade efter skolskjuts."]);
    expect(await gallraSidresponser(db, new Date(NU.getTime() + 89 * 86400_000))).toBe(0);
    expect(await gallraSidresponser(db, new Date(NU.getTime() + 91 * 86400_000))).toBe(1);
    const efter = (await sidresponsOversikt(db, aktor.REDAKTOR)).find((s) => s.sida === "om-forvaltningen")!;
    expect(efter).toMatchObject({ ja: fore.ja, nej: 1, kommentarer: [] });
  });
});
