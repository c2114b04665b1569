import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { mejlaAgareOmSidrespons } from "@/lib/innehall/sidrespons-agare";
import {
  agdaSidor,
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
    // Nothing about the visitor: only these columns exist (agareMeddelad: when the owner was told).
    expect(Object.keys(rad).sort()).toEqual(["agareMeddelad", "hittade", "id", "kommentar", "kommentarTid", "sida", "skapad"]);
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

  it("tells the page's owner of new comments in one mail a day, also when two runs meet, and lists the owner's pages first", async () => {
    const redaktor = await db.user.findUniqueOrThrow({ where: { id: aktor.REDAKTOR.id } });
    await db.innehall.update({ where: { typ_nyckel: { typ: "sida", nyckel: "om-forvaltningen" } }, data: { agareId: redaktor.id } });
    const kommentar = (sida: string, text: string, tid: Date) =>
      db.sidrespons.create({ data: { sida, hittade: false, kommentar: text, kommentarTid: tid, skapad: tid } });
    const dag1 = new Date("2027-03-10T09:00:00Z"); // 10:00 Swedish time
    await kommentar("om-forvaltningen", "Telefonnumret saknas.", dag1);
    await kommentar("om-forvaltningen", "Var finns blanketten?", dag1);
    await kommentar("utan-agare", "Ingen äger sidan.", dag1);
    const mejlTill = () => db.utskick.findMany({ where: { till: redaktor.email, amne: { startsWith: "Nya kommentarer" } } });

    expect(await mejlaAgareOmSidrespons(db, new Date("2027-03-10T05:00:00Z"))).toEqual({ skickad: false, orsak: "for-tidigt" });
    const svar = await Promise.all([mejlaAgareOmSidrespons(db, dag1), mejlaAgareOmSidrespons(db, dag1)]);
    expect(svar.map((s) => (s.skickad ? s.mejl : -1)).sort()).toEqual([0, 1]);
    let mejl = await mejlTill();
    expect(mejl).toHaveLength(1);
    expect(mejl[0].amne).toBe("Nya kommentarer på dina sidor: 2 kommentarer");
    expect(mejl[0].text).toContain("/personal/sidrespons?visa=mina");
    expect(mejl[0].text).not.toContain("Telefonnumret saknas.");
    // Nobody owns the other page: its comment is not told to anyone.
    expect(await db.utskick.count({ where: { amne: { startsWith: "Nya kommentarer" } } })).toBe(1);

    // A comment later the same day waits for tomorrow's mail.
    await kommentar("om-forvaltningen", "Öppettiderna?", new Date("2027-03-10T12:00:00Z"));
    expect(await mejlaAgareOmSidrespons(db, new Date("2027-03-10T15:00:00Z"))).toEqual({ skickad: true, mejl: 0, kommentarer: 0 });
    expect(await mejlaAgareOmSidrespons(db, new Date("2027-03-11T08:00:00Z"))).toEqual({ skickad: true, mejl: 1, kommentarer: 1 });
    mejl = await mejlTill();
    expect(mejl.map((m) => m.amne)).toContain("Nya kommentarer på dina sidor: 1 kommentar");

    const egna = await agdaSidor(db, redaktor.id);
    expect(egna).toEqual(["om-forvaltningen"]);
    expect((await sidresponsOversikt(db, aktor.REDAKTOR, egna)).map((s) => s.sida)).toEqual(["om-forvaltningen"]);
    expect((await sidresponsOversikt(db, aktor.REDAKTOR)).map((s) => s.sida)).toContain("utan-agare");
  });
});
