import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { autospara } from "@/lib/innehall/autospara";
import {
  godkann,
  granskaIEfterhand,
  publiceraUtanGranskning,
  sattKraverGranskning,
  sattTypKraverGranskning,
  skickaForGranskning,
  skickaTillbaka,
  tillbakaskickade,
  utanGranskning,
  vantarPaGranskning,
} from "@/lib/innehall/granskning";
import { publicera, sparaUtkast } from "@/lib/innehall/redigera";
import { korSchemalagda, schemalagg } from "@/lib/innehall/schemalagt";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;

const SIDA = "styr-och-stodkedjan";

beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("gra"));
});
afterAll(() => drop());

async function item(nyckel = SIDA) {
  return db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "sida", nyckel } } });
}
async function data(nyckel = SIDA) {
  const i = await item(nyckel);
  return { ...((i.utkast ?? i.publicerad) as Record<string, unknown>) };
}
async function skicka(ingress: string, vem = aktor.REDAKTOR, nyckel = SIDA, andringsnot: string | null = null) {
  const i = await item(nyckel);
  const r = await skickaForGranskning(db, vem, "sida", nyckel, {
    data: { ...(await data(nyckel)), ingress },
    version: i.version,
    andringsnot,
  });
  expect(r.ok).toBe(true);
  return db.granskning.findFirstOrThrow({ where: { innehall: { nyckel }, status: "VANTAR" } });
}
const publikIngress = async (nyckel = SIDA) => (await db.sida.findUniqueOrThrow({ where: { slug: nyckel } })).ingress;
const logg = (handling: string) => db.granskningshandelse.count({ where: { handling, objektId: SIDA } });

describe("review before publishing", () => {
  it("only an admin turns review on for an item, and it is audited", async () => {
    await expect(sattKraverGranskning(db, aktor.REDAKTOR, "sida", SIDA, true)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await sattKraverGranskning(db, aktor.ADMIN, "sida", SIDA, true)).toBe(true);
    expect((await item()).kraverGranskning).toBe(true);
    expect(await logg("innehall.kraver-granskning")).toBe(1);
  });

  it("then the editor cannot publish or schedule directly", async () => {
    const i = await item();
    const r = await publicera(db, aktor.REDAKTOR, "sida", SIDA, { data: await data(), version: i.version }, () => {});
    expect(r).toEqual({
      ok: false,
      orsak: "ogiltig",
      fel: { formular: "Det här innehållet ska granskas innan det publiceras. Välj Skicka för granskning." },
    });
    await sparaUtkast(db, aktor.REDAKTOR, "sida", SIDA, { data: { ...(await data()), ingress: "Utkast." }, version: i.version });
    const s = await schemalagg(db, aktor.REDAKTOR, "sida", SIDA, { datum: "2099-01-01", klockslag: "08:00" });
    expect(s.ok).toBe(false);
  });

  it("a send freezes the draft as a version; the author and a role without the right cannot approve", async () => {
    const fore = await publikIngress();
    const g = await skicka("Granskad ingress.");
    const v = await db.innehallVersion.findFirstOrThrow({ where: { innehallId: g.innehallId, nummer: g.nummer } });
    expect(v.handling).toBe("SKICKAD_FOR_GRANSKNING");
    expect((v.data as Record<string, unknown>).ingress).toBe("Granskad ingress.");
    expect(await logg("innehall.skicka-granskning")).toBe(1);
    expect((await vantarPaGranskning(db, aktor.ADMIN.id)).map((r) => r.nyckel)).toEqual([SIDA]);
    expect(await vantarPaGranskning(db, aktor.REDAKTOR.id)).toEqual([]);

    expect(await godkann(db, aktor.REDAKTOR, g.id, () => {})).toEqual({
      ok: false,
      fel: { formular: "Du kan inte granska din egen version. Be en annan redaktör eller administratör." },
    });
    await expect(godkann(db, aktor.HANDLAGGARE, g.id, () => {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(skickaTillbaka(db, aktor.REKTOR, g.id, { granskarkommentar: "Nej." })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await publikIngress()).toBe(fore);
    expect((await db.granskning.findUniqueOrThrow({ where: { id: g.id } })).status).toBe("VANTAR");
  });

  it("sending back needs a comment, and mails the author in the same step", async () => {
    const g = await db.granskning.findFirstOrThrow({ where: { status: "VANTAR", innehall: { nyckel: SIDA } } });
    const utskickFore = await db.utskick.count();
    expect(await skickaTillbaka(db, aktor.ADMIN, g.id, { granskarkommentar: "   " })).toEqual({
      ok: false,
      fel: { granskarkommentar: "Skriv vad som behöver ändras." },
    });
    expect(await db.utskick.count()).toBe(utskickFore);
    expect(await skickaTillbaka(db, aktor.ADMIN, g.id, { granskarkommentar: "Förklara förkortningen." })).toEqual({ ok: true });
    const mejl = await db.utskick.findFirstOrThrow({ orderBy: { skapad: "desc" } });
    const redaktor = await db.user.findUniqueOrThrow({ where: { id: aktor.REDAKTOR.id } });
    expect(mejl.till).toBe(redaktor.email);
    expect(mejl.text).toContain("Förklara förkortningen.");
    expect(mejl.text).toContain(`/personal/innehall/sida/${SIDA}`);
    const sista = await db.innehallVersion.findFirstOrThrow({ where: { innehallId: g.innehallId }, orderBy: { nummer: "desc" } });
    expect(sista.handling).toBe("TILLBAKASKICKAD");
    expect(sista.kommentar).toBe("Förklara förkortningen.");
    expect(await logg("innehall.granskning-tillbaka")).toBe(1);
    expect((await tillbakaskickade(db, aktor.REDAKTOR.id)).map((r) => r.kommentar)).toEqual(["Förklara förkortningen."]);
    // Decided once: a second answer is refused.
    expect((await godkann(db, aktor.ADMIN, g.id, () => {})).ok).toBe(false);
  });

  it("editing the draft after sending withdraws the request; saving the same text keeps it", async () => {
    const g = await skicka("Andra försöket.");
    expect(await tillbakaskickade(db, aktor.REDAKTOR.id)).toEqual([]);
    let i = await item();
    expect((await sparaUtkast(db, aktor.REDAKTOR, "sida", SIDA, { data: await data(), version: i.version })).ok).toBe(true);
    expect((await db.granskning.findUniqueOrThrow({ where: { id: g.id } })).status).toBe("VANTAR");
    i = await item();
    const auto = await autospara(db, aktor.REDAKTOR, "sida", SIDA, {
      data: { ...(await data()), ingress: "Ändrat efteråt." },
      version: i.version,
    });
    expect(auto.ok).toBe(true);
    expect((await db.granskning.findUniqueOrThrow({ where: { id: g.id } })).status).toBe("ATERKALLAD");
    const sista = await db.innehallVersion.findFirstOrThrow({ where: { innehallId: g.innehallId }, orderBy: { nummer: "desc" } });
    expect(sista.handling).toBe("GRANSKNING_ATERKALLAD");
    expect(await logg("innehall.granskning-aterkallad")).toBe(1);
    expect((await godkann(db, aktor.ADMIN, g.id, () => {})).ok).toBe(false);
    expect(await publikIngress()).not.toBe("Andra försöket.");
  });

  it("approving publishes exactly the reviewed version, once, when two reviewers approve at once", async () => {
    const g = await skicka("Den granskade texten.");
    // A second reviewer: another editor.
    const annan = await db.user.create({
      data: { email: "granskare2@demo.grundskoleportalen.test", name: "Andra Granskaren", roll: "REDAKTOR" },
    });
    const granskare2 = { id: annan.id, roll: annan.roll, skolaId: null, name: annan.name };
    const taggar: string[] = [];
    const svar = await Promise.all([
      godkann(db, aktor.ADMIN, g.id, (t) => taggar.push(t)),
      godkann(db, granskare2, g.id, (t) => taggar.push(t)),
      godkann(db, aktor.ADMIN, g.id, (t) => taggar.push(t)),
    ]);
    expect(svar.filter((s) => s.ok)).toHaveLength(1);
    expect(await publikIngress()).toBe("Den granskade texten.");
    const i = await item();
    const publiceringar = await db.innehallVersion.findMany({ where: { innehallId: i.id, nummer: { gt: g.nummer } } });
    expect(publiceringar.map((v) => v.handling)).toEqual(["PUBLICERING"]);
    expect(publiceringar[0].data).toEqual(g.data);
    expect(i.utkast).toBeNull();
    expect(await logg("innehall.granskning-godkand")).toBe(1);
    expect(taggar).toContain(`sida:${SIDA}`);
    expect((await db.granskning.findUniqueOrThrow({ where: { id: g.id } })).status).toBe("GODKAND");
    expect(await vantarPaGranskning(db, aktor.ADMIN.id)).toEqual([]);
    // The author is told once, by mail, that it is published.
    const redaktor = await db.user.findUniqueOrThrow({ where: { id: aktor.REDAKTOR.id } });
    const godkanda = await db.utskick.findMany({ where: { till: redaktor.email!, amne: { contains: "har godkänts" } } });
    expect(godkanda).toHaveLength(1);
    expect(godkanda[0].text).toContain("Den är publicerad nu.");
    expect(godkanda[0].text).toContain(`/personal/innehall/sida/${SIDA}`);
  });

  it("an admin publishes without review only with a reason, and it is listed until someone else reviews it", async () => {
    const i = await item();
    const s = { data: { ...(await data()), ingress: "Brådskande." }, version: i.version };
    await expect(
      publiceraUtanGranskning(db, aktor.REDAKTOR, "sida", SIDA, { ...s, motivering: "Brådskar." }, () => {}),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await publiceraUtanGranskning(db, aktor.ADMIN, "sida", SIDA, { ...s, motivering: "  " }, () => {})).toEqual({
      ok: false,
      orsak: "ogiltig",
      fel: { motivering: "Skriv varför innehållet publiceras utan granskning." },
    });
    expect(await publikIngress()).not.toBe("Brådskande.");
    expect((await publiceraUtanGranskning(db, aktor.ADMIN, "sida", SIDA, { ...s, motivering: "Fel telefonnummer." }, () => {})).ok).toBe(
      true,
    );
    expect(await publikIngress()).toBe("Brådskande.");
    expect(await logg("innehall.publicera-utan-granskning")).toBe(1);
    const lista = await utanGranskning(db);
    expect(lista.map((r) => [r.nyckel, r.motivering])).toEqual([[SIDA, "Fel telefonnummer."]]);

    expect(await granskaIEfterhand(db, aktor.ADMIN, lista[0].id)).toEqual({
      ok: false,
      fel: { formular: "Du publicerade själv. Någon annan behöver granska i efterhand." },
    });
    await expect(granskaIEfterhand(db, aktor.HANDLAGGARE, lista[0].id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await granskaIEfterhand(db, aktor.REDAKTOR, lista[0].id)).toEqual({ ok: true });
    expect(await utanGranskning(db)).toEqual([]);
    const sista = await db.innehallVersion.findFirstOrThrow({ where: { innehallId: i.id }, orderBy: { nummer: "desc" } });
    expect(sista.handling).toBe("GRANSKAD_I_EFTERHAND");
    expect(await logg("innehall.granskad-i-efterhand")).toBe(1);
  });

  it("two sends at once from the same version leave one request waiting", async () => {
    const i = await item();
    const d = await data();
    const svar = await Promise.all(
      ["Ett.", "Två.", "Tre."].map((ingress) =>
        skickaForGranskning(db, aktor.REDAKTOR, "sida", SIDA, { data: { ...d, ingress }, version: i.version }),
      ),
    );
    expect(svar.filter((s) => s.ok)).toHaveLength(1);
    expect(await db.granskning.count({ where: { innehallId: i.id, status: "VANTAR" } })).toBe(1);
    const g = await db.granskning.findFirstOrThrow({ where: { innehallId: i.id, status: "VANTAR" } });
    expect(await skickaTillbaka(db, aktor.ADMIN, g.id, { granskarkommentar: "Inte nu." })).toEqual({ ok: true });
  });

  it("an item without review is published directly as before", async () => {
    expect(await sattKraverGranskning(db, aktor.ADMIN, "sida", SIDA, false)).toBe(true);
    const i = await item();
    const r = await publicera(
      db,
      aktor.REDAKTOR,
      "sida",
      SIDA,
      { data: { ...(await data()), ingress: "Direkt." }, version: i.version },
      () => {},
    );
    expect(r.ok).toBe(true);
    expect(await publikIngress()).toBe("Direkt.");
  });
});

describe("review per content type, approval with a time and the author's change note", () => {
  const ANNAN = "om-forvaltningen";
  const tidigt = new Date("2030-06-01T06:00:00Z");
  const sent = new Date("2030-06-02T00:00:00Z");

  it("only an admin asks review of a whole type, audited; then no page of the type publishes directly", async () => {
    await expect(sattTypKraverGranskning(db, aktor.REDAKTOR, "sida", true)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await sattTypKraverGranskning(db, aktor.ADMIN, "finns-inte", true)).toBe(false);
    expect(await sattTypKraverGranskning(db, aktor.ADMIN, "sida", true)).toBe(true);
    expect(await db.granskningshandelse.count({ where: { handling: "innehall.typ-kraver-granskning", objektId: "sida" } })).toBe(1);
    const i = await item(ANNAN);
    expect(await publicera(db, aktor.REDAKTOR, "sida", ANNAN, { data: await data(ANNAN), version: i.version }, () => {})).toMatchObject({
      ok: false,
      fel: { formular: expect.stringContaining("ska granskas") },
    });
    expect((await item(ANNAN)).kraverGranskning).toBe(false);
  });

  it("approving with a time schedules exactly the approved version, which the job publishes with the author's note", async () => {
    const fore = await publikIngress();
    const g = await skicka("Schemalagd och granskad.", aktor.REDAKTOR, SIDA, "Nya öppettider för expeditionen.");
    expect(g.andringsnot).toBe("Nya öppettider för expeditionen.");
    expect(await godkann(db, aktor.ADMIN, g.id, () => {}, { datum: "2030-06-01", klockslag: "07:00" }, tidigt)).toEqual({
      ok: false,
      fel: { datum: "Tidpunkten har redan varit. Välj en tid framåt, eller publicera direkt." },
    });
    expect((await db.granskning.findUniqueOrThrow({ where: { id: g.id } })).status).toBe("VANTAR");
    expect(await godkann(db, aktor.ADMIN, g.id, () => {}, { datum: "2030-06-01", klockslag: "10:00" }, tidigt)).toEqual({ ok: true });
    expect((await db.granskning.findUniqueOrThrow({ where: { id: g.id } })).status).toBe("GODKAND");
    const schema = await db.schemalagdPublicering.findFirstOrThrow({ where: { granskningId: g.id } });
    expect(schema.tidpunkt.toISOString()).toBe("2030-06-01T08:00:00.000Z"); // 10:00 Swedish summer time
    expect(await publikIngress()).toBe(fore);

    const taggar: string[] = [];
    expect(await korSchemalagda(db, (t) => taggar.push(t), sent)).toBe(1);
    expect(await publikIngress()).toBe("Schemalagd och granskad.");
    const v = await db.innehallVersion.findFirstOrThrow({ where: { innehallId: g.innehallId }, orderBy: { nummer: "desc" } });
    expect(v.handling).toBe("PUBLICERING");
    expect(v.data).toEqual(g.data);
    expect(v.andringsnot).toBe("Nya öppettider för expeditionen.");
    expect(v.kommentar).toContain(`Granskad version ${g.nummer}`);
    expect(taggar).toContain("andringsnoter");
  });

  it("a change of the draft after approval, before the time, cancels the scheduled publish", async () => {
    const g = await skicka("Godkänd men sedan ändrad.");
    expect(await godkann(db, aktor.ADMIN, g.id, () => {}, { datum: "2030-06-01", klockslag: "10:00" }, tidigt)).toEqual({ ok: true });
    const i = await item();
    const utkast = await sparaUtkast(db, aktor.REDAKTOR, "sida", SIDA, {
      data: { ...(await data()), ingress: "Ogranskad text." },
      version: i.version,
    });
    expect(utkast.ok).toBe(true);
    const schema = await db.schemalagdPublicering.findFirstOrThrow({ where: { granskningId: g.id } });
    expect(schema.avbruten).not.toBeNull();
    const sista = await db.innehallVersion.findFirstOrThrow({ where: { innehallId: g.innehallId }, orderBy: { nummer: "desc" } });
    expect(sista.handling).toBe("GRANSKNING_ATERKALLAD");
    expect(await korSchemalagda(db, () => {}, sent)).toBe(0);
    expect(await publikIngress()).toBe("Schemalagd och granskad.");
  });

  it("approving now applies the author's change note; the type setting turned off publishes directly again", async () => {
    const g = await skicka("Direkt godkänd.", aktor.REDAKTOR, SIDA, "Ny kontaktperson.");
    expect(await godkann(db, aktor.ADMIN, g.id, () => {})).toEqual({ ok: true });
    const v = await db.innehallVersion.findFirstOrThrow({ where: { innehallId: g.innehallId }, orderBy: { nummer: "desc" } });
    expect([v.handling, v.andringsnot, v.vasentlig]).toEqual(["PUBLICERING", "Ny kontaktperson.", true]);

    // An område's significant change, approved, is queued to its followers like a direct publish.
    const omrade = await db.forstarkningsomrade.findFirstOrThrow({ orderBy: { slug: "asc" } });
    expect(await sattKraverGranskning(db, aktor.ADMIN, "forstarkningsomrade", omrade.slug, true)).toBe(true);
    const oi = await db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "forstarkningsomrade", nyckel: omrade.slug } } });
    const od = { ...((oi.utkast ?? oi.publicerad) as Record<string, unknown>) };
    const skickad = await skickaForGranskning(db, aktor.REDAKTOR, "forstarkningsomrade", omrade.slug, {
      data: od,
      version: oi.version,
      andringsnot: "Nya mål för området.",
    });
    expect(skickad.ok).toBe(true);
    const og = await db.granskning.findFirstOrThrow({ where: { innehallId: oi.id, status: "VANTAR" } });
    expect(await db.bevakningsandring.count({ where: { omradeId: omrade.id, text: "Nya mål för området." } })).toBe(0);
    expect(await godkann(db, aktor.ADMIN, og.id, () => {})).toEqual({ ok: true });
    expect(await db.bevakningsandring.count({ where: { omradeId: omrade.id, text: "Nya mål för området." } })).toBe(1);
    expect(await sattTypKraverGranskning(db, aktor.ADMIN, "sida", false)).toBe(true);
    const i = await item(ANNAN);
    expect((await publicera(db, aktor.REDAKTOR, "sida", ANNAN, { data: await data(ANNAN), version: i.version }, () => {})).ok).toBe(true);
  });
});
