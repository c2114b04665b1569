import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";

// Records the tags a link expires; the queries run uncached (the cache lives in a Next.js server).
const utgangna: string[] = [];
vi.mock("next/cache", () => ({
  unstable_cache: <T>(fn: T) => fn,
  revalidateTag: (tag: string) => void utgangna.push(tag),
}));

import { ForbiddenError } from "@/lib/auth/permissions";
import { insatsbevakning } from "@/lib/jobb/insatsbevakning";
import { uppdateraInsats } from "@/lib/insatser/uppdatera";
import { avregistrera } from "@/lib/synpunkter/arende";
import { kopplaInsats, koppladeInsatser, kopplingarForArende } from "@/lib/synpunkter/insatskoppling";
import { koppladeStatistik } from "@/lib/synpunkter/insatskoppling-statistik";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
let url: string;
let getKoppladeSynpunkter: typeof import("@/lib/insatser/kopplade-synpunkter").getKoppladeSynpunkter;
beforeAll(async () => {
  ({ db, aktor, drop, url } = await seededDatabase("nisa"));
  // lib/db reads DATABASE_URL when first imported: the cached public query reads this database.
  process.env.DATABASE_URL = url;
  ({ getKoppladeSynpunkter } = await import("@/lib/insatser/kopplade-synpunkter"));
});
afterAll(() => drop());

async function nyttArende(opts: { epost?: string | null; meddela?: boolean; meddelande?: string } = {}) {
  return db.synpunkt.create({
    data: {
      typ: "SYNPUNKT",
      meddelande: opts.meddelande ?? "Mer läxhjälp, tack.",
      epost: opts.epost === undefined ? "foralder@exempel.se" : opts.epost,
      meddela: opts.meddela ?? false,
      idempotensnyckel: randomUUID(),
      handelser: { create: { typ: "SKAPAD" } },
    },
  });
}

async function nyInsats(titel = "Läxhjälp") {
  return db.insats.create({
    data: { slug: `nisa-${randomUUID().slice(0, 8)}`, titel, beskrivning: "En insats.", ansvarigEnhet: "Enheten" },
  });
}

async function uppdatera(slug: string, status: "PAGAR" | "KLAR", progress: number, kommentar: string) {
  const { version } = await db.insats.findUniqueOrThrow({ where: { slug } });
  const utfall = await uppdateraInsats(db, aktor.ADMIN, slug, { status, progress, kommentar, version });
  expect(utfall).toMatchObject({ ok: true });
}

describe("linking a case to an insats", () => {
  it("a handläggare links and removes a link; each is an event on the case and a row in the audit log", async () => {
    const s = await nyttArende();
    const i = await nyInsats();
    const h = aktor.HANDLAGGARE;
    expect(await kopplaInsats(db, h, s.lopnummer, { handling: "koppla", insatsId: i.id })).toEqual({ ok: true, andrad: true });
    expect((await kopplingarForArende(db, s.id)).map((k) => k.slug)).toEqual([i.slug]);
    // A double submit links once.
    expect(await kopplaInsats(db, h, s.lopnummer, { handling: "koppla", insatsId: i.id })).toEqual({ ok: true, andrad: false });
    expect(await kopplaInsats(db, h, s.lopnummer, { handling: "koppla-bort", insatsId: i.id })).toEqual({ ok: true, andrad: true });
    expect(await kopplingarForArende(db, s.id)).toEqual([]);
    const handelser = await db.synpunktHandelse.findMany({ where: { synpunktId: s.id }, orderBy: { tidpunkt: "asc" } });
    expect(handelser.map((e) => [e.typ, e.aktorId])).toEqual([
      ["SKAPAD", null],
      ["INSATS_KOPPLAD", h.id],
      ["INSATS_BORTKOPPLAD", h.id],
    ]);
    const logg = await db.granskningshandelse.findMany({
      where: { objektTyp: "synpunkt", objektId: String(s.lopnummer) },
      orderBy: { tidpunkt: "asc" },
    });
    expect(logg.map((l) => l.handling)).toEqual(["synpunkt.insats-kopplad", "synpunkt.insats-bortkopplad"]);
  });

  it("a redaktör and a rektor cannot link, and nothing is written", async () => {
    const s = await nyttArende();
    const i = await nyInsats();
    for (const roll of ["REDAKTOR", "REKTOR"]) {
      await expect(kopplaInsats(db, aktor[roll], s.lopnummer, { handling: "koppla", insatsId: i.id })).rejects.toThrow(ForbiddenError);
    }
    await expect(kopplaInsats(db, null, s.lopnummer, { handling: "koppla", insatsId: i.id })).rejects.toThrow(ForbiddenError);
    expect(await db.synpunktInsats.count({ where: { synpunktId: s.id } })).toBe(0);
  });

  it("refuses an unknown or archived insats with a Swedish message", async () => {
    const s = await nyttArende();
    const i = await nyInsats();
    await db.insats.update({ where: { id: i.id }, data: { arkiverad: new Date() } });
    for (const insatsId of ["finns-inte", i.id]) {
      expect(await kopplaInsats(db, aktor.HANDLAGGARE, s.lopnummer, { handling: "koppla", insatsId })).toEqual({
        ok: false,
        fel: "Välj en insats ur listan.",
      });
    }
  });

  it("many clerks linking the same case at once make one link and one event", async () => {
    const s = await nyttArende();
    const i = await nyInsats();
    const utfall = await Promise.all(
      Array.from({ length: 8 }, () => kopplaInsats(db, aktor.HANDLAGGARE, s.lopnummer, { handling: "koppla", insatsId: i.id })),
    );
    expect(utfall.filter((u) => u.ok && u.andrad)).toHaveLength(1);
    expect(await db.synpunktInsats.count({ where: { synpunktId: s.id } })).toBe(1);
    expect(await db.synpunktHandelse.count({ where: { synpunktId: s.id, typ: "INSATS_KOPPLAD" } })).toBe(1);
  });
});

describe("the public number of linked cases", () => {
  it("shows nothing for two links and the number from three; the page's tag expires only when the number shows or stops", async () => {
    const i = await nyInsats();
    const arenden = await Promise.all([1, 2, 3, 4].map(() => nyttArende()));
    const koppla = (n: number) => kopplaInsats(db, aktor.HANDLAGGARE, arenden[n].lopnummer, { handling: "koppla", insatsId: i.id });
    utgangna.length = 0;
    await koppla(0);
    await koppla(1);
    expect(await getKoppladeSynpunkter(i.slug)).toBeNull();
    expect(utgangna).not.toContain(`insats:${i.slug}`);
    await koppla(2);
    expect(await getKoppladeSynpunkter(i.slug)).toBe(3);
    expect(utgangna).toEqual([`insats:${i.slug}`]);
    await koppla(3);
    expect(await getKoppladeSynpunkter(i.slug)).toBe(4);
    expect(utgangna).toHaveLength(2);
    await kopplaInsats(db, aktor.HANDLAGGARE, arenden[3].lopnummer, { handling: "koppla-bort", insatsId: i.id });
    await kopplaInsats(db, aktor.HANDLAGGARE, arenden[2].lopnummer, { handling: "koppla-bort", insatsId: i.id });
    expect(await getKoppladeSynpunkter(i.slug)).toBeNull();
    expect(utgangna).toHaveLength(4);
    // Below the threshold a change shows nothing new: no page is made again.
    await kopplaInsats(db, aktor.HANDLAGGARE, arenden[1].lopnummer, { handling: "koppla-bort", insatsId: i.id });
    expect(utgangna).toHaveLength(4);
  });
});

describe("the sender's page", () => {
  it("shows the linked insatser with their public changes, never another sender's data or staff names", async () => {
    const i = await nyInsats("Fler vuxna på rasten");
    const min = await nyttArende({ meddelande: "Min text" });
    const annan = await nyttArende({ meddelande: "Någon annans hemliga text", epost: "annan@exempel.se" });
    await kopplaInsats(db, aktor.HANDLAGGARE, min.lopnummer, { handling: "koppla", insatsId: i.id });
    await kopplaInsats(db, aktor.HANDLAGGARE, annan.lopnummer, { handling: "koppla", insatsId: i.id });
    await uppdatera(i.slug, "PAGAR", 40, "Rastvärdar anställda.");
    const vy = await koppladeInsatser(db, min.id);
    expect(vy).toHaveLength(1);
    expect(vy[0]).toMatchObject({ slug: i.slug, titel: "Fler vuxna på rasten", status: "PAGAR", progress: 40 });
    expect(vy[0].andringar.map((a) => a.kommentar)).toEqual(["Rastvärdar anställda."]);
    const json = JSON.stringify(vy);
    for (const hemligt of ["Någon annans", "annan@exempel.se", annan.id, aktor.ADMIN.name, "forfattar"])
      expect(json).not.toContain(hemligt);
    expect(await koppladeInsatser(db, (await nyttArende()).id)).toEqual([]);
  });
});

describe("mail to a linked sender when the insats changes", () => {
  const mejlTill = (synpunktId: string) =>
    db.utskick.findMany({ where: { synpunktId, amne: { startsWith: "En insats som ditt ärende" } } });

  it("mails a sender who asked for mail once per change, never one who did not, and stops after stop", async () => {
    const i = await nyInsats("Läsfrämjande");
    const vill = await nyttArende({ meddela: true });
    const villInte = await nyttArende({ meddela: false });
    const utanAdress = await nyttArende({ meddela: true, epost: null });
    for (const s of [vill, villInte, utanAdress])
      await kopplaInsats(db, aktor.HANDLAGGARE, s.lopnummer, { handling: "koppla", insatsId: i.id });

    await insatsbevakning.kor(db);
    expect(await mejlTill(vill.id)).toHaveLength(0); // nothing has changed since the link

    await uppdatera(i.slug, "PAGAR", 30, "Biblioteket har öppnat.");
    // Two instances' runs at once queue one mail.
    await Promise.all([insatsbevakning.kor(db), insatsbevakning.kor(db)]);
    const mejl = await mejlTill(vill.id);
    expect(mejl).toHaveLength(1);
    expect(mejl[0]).toMatchObject({ till: "foralder@exempel.se", avregistrering: true });
    expect(mejl[0].text).toContain('insatsen "Läsfrämjande"');
    expect(mejl[0].text).toContain("status pågår");
    expect(mejl[0].text).toContain(`/insatser/${i.slug}`);
    expect(await mejlTill(villInte.id)).toHaveLength(0);
    expect(await mejlTill(utanAdress.id)).toHaveLength(0);
    await insatsbevakning.kor(db);
    expect(await mejlTill(vill.id)).toHaveLength(1);

    await avregistrera(db, vill.id);
    await uppdatera(i.slug, "KLAR", 100, "Klart.");
    await insatsbevakning.kor(db);
    expect(await mejlTill(vill.id)).toHaveLength(1);
  });
});

describe("the statistics", () => {
  it("counts linked cases per insats and per förstärkningsområde", async () => {
    const omrade = await db.forstarkningsomrade.findFirstOrThrow({ orderBy: { nummer: "asc" } });
    const i = await db.insats.create({
      data: {
        slug: `nisa-stat-${randomUUID().slice(0, 6)}`,
        titel: "Statistikinsats",
        beskrivning: "x",
        ansvarigEnhet: "x",
        forstarkningsomradeId: omrade.id,
      },
    });
    const fore = await koppladeStatistik(db);
    const foreOmrade = fore.perOmrade.find((o) => o.namn === omrade.namn)?.antal ?? 0;
    for (const s of [await nyttArende(), await nyttArende()])
      await kopplaInsats(db, aktor.HANDLAGGARE, s.lopnummer, { handling: "koppla", insatsId: i.id });
    const efter = await koppladeStatistik(db);
    expect(efter.perInsats.find((r) => r.slug === i.slug)).toMatchObject({ titel: "Statistikinsats", omrade: omrade.namn, antal: 2 });
    expect(efter.perOmrade.find((o) => o.namn === omrade.namn)?.antal).toBe(foreOmrade + 2);
  });
});

describe("a förstärkningsområde's Ni sa – vi gjorde", () => {
  it("starts empty per område and shows nothing, then the published text; it has its own versions", async () => {
    const { publicera } = await import("@/lib/innehall/redigera");
    const { getNiSaViGjorde } = await import("@/lib/innehall/ni-sa-vi-gjorde");
    const omrade = await db.forstarkningsomrade.findFirstOrThrow({ orderBy: { nummer: "asc" } });
    const item = await db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "ni-sa-vi-gjorde", nyckel: omrade.slug } } });
    expect(item.publicerad).toEqual({ omrade: omrade.namn, text: "" });
    expect(await getNiSaViGjorde(omrade.slug)).toBeNull();
    const lang = await publicera(
      db,
      aktor.REDAKTOR,
      "ni-sa-vi-gjorde",
      omrade.slug,
      { data: { omrade: omrade.namn, text: "x".repeat(10_001) }, version: item.version },
      () => {},
    );
    expect(lang).toMatchObject({ ok: false, orsak: "ogiltig", fel: { text: "Sammanfattningen får vara högst 10 000 tecken." } });
    const taggar: string[] = [];
    const r = await publicera(
      db,
      aktor.REDAKTOR,
      "ni-sa-vi-gjorde",
      omrade.slug,
      { data: { omrade: omrade.namn, text: "Ni sa att läxhjälpen var för kort.\n\n- Vi förlängde den." }, version: item.version },
      (t) => void taggar.push(t),
    );
    expect(r.ok).toBe(true);
    expect(taggar).toContain(`omrade:${omrade.slug}`);
    expect((await getNiSaViGjorde(omrade.slug))?.html).toContain("<li>Vi förlängde den.</li>");
    expect(await db.innehallVersion.count({ where: { innehallId: item.id } })).toBe(2);
    // A key that is no område is refused.
    const fel = await publicera(
      db,
      aktor.REDAKTOR,
      "ni-sa-vi-gjorde",
      "finns-inte",
      { data: { omrade: "X", text: "Y" }, version: 1 },
      () => {},
    );
    expect(fel.ok).toBe(false);
  });
});
