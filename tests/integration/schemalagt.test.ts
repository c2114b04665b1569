import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createClient } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { svenskTidpunkt } from "@/lib/datum";
import { sparaUtkast } from "@/lib/innehall/redigera";
import { avbrytSchemalagd, korSchemalagda, schemalagg, vantande } from "@/lib/innehall/schemalagt";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let url: string;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, url, aktor, drop } = await seededDatabase("sch"));
});
afterAll(() => drop());

const NU = new Date("2026-11-26T12:00:00Z");
const imorgon = { datum: "2026-11-27", klockslag: "08:00" };

async function utkast(nyckel: string, ingress: string) {
  const i = await db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "sida", nyckel } } });
  const r = await sparaUtkast(db, aktor.REDAKTOR, "sida", nyckel, {
    data: { ...((i.utkast ?? i.publicerad) as object), ingress },
    version: i.version,
  });
  expect(r.ok).toBe(true);
}

describe("Swedish local time", () => {
  it("is turned into the right instant in winter and summer, and at both daylight-saving changes", () => {
    expect(svenskTidpunkt("2026-12-01", "08:00")).toEqual(new Date("2026-12-01T07:00:00Z"));
    expect(svenskTidpunkt("2026-06-01", "08:00")).toEqual(new Date("2026-06-01T06:00:00Z"));
    // 29 March 2026: 02:00 becomes 03:00; 02:30 never happens.
    expect(svenskTidpunkt("2026-03-29", "01:59")).toEqual(new Date("2026-03-29T00:59:00Z"));
    expect(svenskTidpunkt("2026-03-29", "02:30")).toBeNull();
    expect(svenskTidpunkt("2026-03-29", "03:00")).toEqual(new Date("2026-03-29T01:00:00Z"));
    // 25 October 2026: 03:00 becomes 02:00; 02:30 happens twice and is taken the first time.
    expect(svenskTidpunkt("2026-10-25", "02:30")).toEqual(new Date("2026-10-25T00:30:00Z"));
    expect(svenskTidpunkt("2026-10-25", "03:00")).toEqual(new Date("2026-10-25T02:00:00Z"));
  });
});

describe("scheduling a publish", () => {
  it("refuses bad, past and skipped times and a missing draft, in Swedish", async () => {
    const s = (d: { datum: string; klockslag: string }) => schemalagg(db, aktor.REDAKTOR, "sida", "styr-och-stodkedjan", d, NU);
    expect(await s({ datum: "27/11", klockslag: "8" })).toEqual({
      ok: false,
      fel: {
        datum: "Skriv datumet som år-månad-dag, till exempel 2026-12-01.",
        klockslag: "Skriv klockslaget som timmar och minuter, till exempel 08:00.",
      },
    });
    expect(await s({ datum: "2027-03-28", klockslag: "02:15" })).toEqual({
      ok: false,
      fel: { klockslag: "Klockslaget 02:15 finns inte den 2027-03-28: klockan ställs fram en timme då. Välj en annan tid." },
    });
    expect(await s({ datum: "2026-11-26", klockslag: "12:59" })).toEqual({
      ok: false,
      fel: { datum: "Tidpunkten har redan varit. Välj en tid framåt, eller publicera direkt." },
    });
    expect(await s(imorgon)).toEqual({ ok: false, fel: { formular: "Det finns inget utkast att schemalägga. Spara ett utkast först." } });
  });

  it("publishes nothing before its time, then the draft as it was scheduled, once", async () => {
    await utkast("styr-och-stodkedjan", "Schemalagd ingress.");
    const r = await schemalagg(db, aktor.REDAKTOR, "sida", "styr-och-stodkedjan", imorgon, NU);
    expect(r.ok).toBe(true);
    expect((await vantande(db)).map((v) => v.innehall.nyckel)).toEqual(["styr-och-stodkedjan"]);
    expect(await korSchemalagda(db, () => {}, new Date("2026-11-27T06:59:00Z"))).toBe(0);
    expect((await db.sida.findUniqueOrThrow({ where: { slug: "styr-och-stodkedjan" } })).ingress).not.toBe("Schemalagd ingress.");

    const utgangna: string[] = [];
    expect(await korSchemalagda(db, (t) => utgangna.push(t), new Date("2026-11-27T07:00:00Z"))).toBe(1);
    expect(utgangna).toEqual(["sida:styr-och-stodkedjan"]);
    expect((await db.sida.findUniqueOrThrow({ where: { slug: "styr-och-stodkedjan" } })).ingress).toBe("Schemalagd ingress.");
    const i = await db.innehall.findUniqueOrThrow({
      where: { typ_nyckel: { typ: "sida", nyckel: "styr-och-stodkedjan" } },
      include: { versioner: { orderBy: { nummer: "desc" }, take: 1 } },
    });
    expect(i.utkast).toBeNull();
    expect(i.versioner[0]).toMatchObject({
      handling: "PUBLICERING",
      forfattarNamn: "Schemalagd publicering",
      kommentar: `Schemalagd av ${aktor.REDAKTOR.name}.`,
    });
    expect(await korSchemalagda(db, () => {}, new Date("2026-11-28T07:00:00Z"))).toBe(0);
    expect(await vantande(db)).toEqual([]);
  });

  it("can be cancelled once, and a cancelled one never runs", async () => {
    await utkast("arbeta-hos-oss", "Ska aldrig synas.");
    const r = await schemalagg(db, aktor.ADMIN, "sida", "arbeta-hos-oss", imorgon, NU);
    if (!r.ok) throw new Error("schemaläggningen nekades");
    expect(await avbrytSchemalagd(db, aktor.REDAKTOR, r.id)).toBe(true);
    expect(await avbrytSchemalagd(db, aktor.REDAKTOR, r.id)).toBe(false);
    expect(await korSchemalagda(db, () => {}, new Date("2026-11-28T00:00:00Z"))).toBe(0);
    expect((await db.sida.findUniqueOrThrow({ where: { slug: "arbeta-hos-oss" } })).ingress).not.toBe("Ska aldrig synas.");
    expect(
      await db.granskningshandelse.count({
        where: { handling: { in: ["innehall.schemalagg", "innehall.schema-avbryt"] }, objektId: "arbeta-hos-oss" },
      }),
    ).toBe(2);
  });

  it("keeps a draft the editor changed after scheduling", async () => {
    await utkast("personuppgifter", "Schemalagd version.");
    expect((await schemalagg(db, aktor.REDAKTOR, "sida", "personuppgifter", imorgon, NU)).ok).toBe(true);
    await utkast("personuppgifter", "Nyare utkast.");
    expect(await korSchemalagda(db, () => {}, new Date("2026-11-27T07:00:00Z"))).toBe(1);
    const i = await db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "sida", nyckel: "personuppgifter" } } });
    expect(i.publicerad).toMatchObject({ ingress: "Schemalagd version." });
    expect(i.utkast).toMatchObject({ ingress: "Nyare utkast." });
  });

  it("keeps a draft saved while the scheduled publish waits for the page, and publishes no archived page", async () => {
    await utkast("tillganglighet", "Schemalagd.");
    expect((await schemalagg(db, aktor.REDAKTOR, "sida", "tillganglighet", imorgon, NU)).ok).toBe(true);
    const i = await db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "sida", nyckel: "tillganglighet" } } });
    let korning: Promise<number> | undefined;
    // The editor's save holds the page's row while the job starts.
    await db.$transaction(async (tx) => {
      await tx.innehall.update({
        where: { id: i.id },
        data: { utkast: { ...(i.utkast as object), ingress: "Sparad under tiden." }, version: { increment: 1 } },
      });
      korning = korSchemalagda(db, () => {}, new Date("2026-11-27T07:00:00Z"));
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(await korning).toBe(1);
    const efter = await db.innehall.findUniqueOrThrow({ where: { id: i.id } });
    expect(efter.publicerad).toMatchObject({ ingress: "Schemalagd." });
    expect(efter.utkast).toMatchObject({ ingress: "Sparad under tiden." });

    await utkast("tillganglighet", "Aldrig publik.");
    expect((await schemalagg(db, aktor.REDAKTOR, "sida", "tillganglighet", imorgon, NU)).ok).toBe(true);
    await db.$transaction(async (tx) => {
      await tx.innehall.update({ where: { id: i.id }, data: { arkiverad: new Date(), version: { increment: 1 } } });
      korning = korSchemalagda(db, () => {}, new Date("2026-11-27T07:00:00Z"));
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(await korning).toBe(1);
    expect((await db.innehall.findUniqueOrThrow({ where: { id: i.id } })).publicerad).toMatchObject({ ingress: "Schemalagd." });
  });

  it("runs exactly once when two instances run the job at the same moment", async () => {
    const sidor = await db.innehall.findMany({ where: { typ: "nyckeltal" }, take: 5 });
    for (const s of sidor) {
      const r = await sparaUtkast(db, aktor.REDAKTOR, "nyckeltal", s.nyckel, {
        data: { ...(s.publicerad as object), varde: `${s.nyckel}-ny` },
        version: s.version,
      });
      expect(r.ok).toBe(true);
      expect((await schemalagg(db, aktor.REDAKTOR, "nyckeltal", s.nyckel, imorgon, NU)).ok).toBe(true);
    }
    const fore = await db.innehallVersion.count();
    const andra = createClient(url);
    try {
      const [a, b] = await Promise.all([
        korSchemalagda(db, () => {}, new Date("2026-11-27T07:00:00Z")),
        korSchemalagda(andra, () => {}, new Date("2026-11-27T07:00:00Z")),
      ]);
      expect(a + b).toBe(sidor.length);
    } finally {
      await andra.$disconnect();
    }
    expect(await db.innehallVersion.count()).toBe(fore + sidor.length);
    expect(await db.granskningshandelse.count({ where: { handling: "innehall.publicera-schemalagt", objektTyp: "nyckeltal" } })).toBe(
      sidor.length,
    );
    for (const s of sidor) expect((await db.nyckeltal.findUniqueOrThrow({ where: { nyckel: s.nyckel } })).varde).toBe(`${s.nyckel}-ny`);
  });

  it("is refused to a rektor, a handläggare and the signed out", async () => {
    const [v] = await db.schemalagdPublicering.findMany({ take: 1 });
    for (const vem of [aktor.REKTOR, aktor.HANDLAGGARE, null]) {
      await expect(schemalagg(db, vem, "sida", "om-forvaltningen", imorgon, NU)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(avbrytSchemalagd(db, vem, v.id)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
