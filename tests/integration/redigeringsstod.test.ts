import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { autospara } from "@/lib/innehall/autospara";
import { lankar, tillatenAdress } from "@/lib/innehall/listor";
import { narvaro, NARVARO_SEKUNDER, rensaNarvaro } from "@/lib/innehall/narvaro";
import { publicera, sparaUtkast } from "@/lib/innehall/redigera";
import { innehallstyp } from "@/lib/innehall/typer";
import { seed } from "@/prisma/seed";
import { forstarkningsomraden } from "@/prisma/seed/content";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("stod"));
});
afterAll(() => drop());

async function item(typ: string, nyckel: string) {
  return db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ, nyckel } }, include: { versioner: { orderBy: { nummer: "asc" } } } });
}

async function formular(typ: string, nyckel: string, andring: Record<string, unknown> = {}) {
  const i = await item(typ, nyckel);
  return { data: { ...((i.utkast ?? i.publicerad) as object), ...andring }, version: i.version };
}

describe("autosave", () => {
  it("keeps the draft row in step with the form without writing a version or an audit entry per save", async () => {
    const versioner = await db.innehallVersion.count();
    const logg = await db.granskningshandelse.count();
    const publik = await db.sida.findUniqueOrThrow({ where: { slug: "tillganglighet" } });
    let s = await formular("sida", "tillganglighet");
    for (const ingress of ["F", "Fö", "För", "Första utkastet, autosparat."]) {
      const utfall = await autospara(db, aktor.REDAKTOR, "sida", "tillganglighet", { ...s, data: { ...s.data, ingress } });
      expect(utfall).toMatchObject({ ok: true, version: s.version + 1 });
      s = { ...s, version: s.version + 1 };
    }
    const i = await item("sida", "tillganglighet");
    expect(i).toMatchObject({ utkast: { ingress: "Första utkastet, autosparat." }, utkastAvNamn: aktor.REDAKTOR.name, version: s.version });
    expect(await db.innehallVersion.count()).toBe(versioner);
    expect(await db.granskningshandelse.count()).toBe(logg);
    expect(await db.sida.findUniqueOrThrow({ where: { slug: "tillganglighet" } })).toEqual(publik);

    // Nothing changed since the last save: no write, the version stays.
    expect(
      await autospara(db, aktor.REDAKTOR, "sida", "tillganglighet", { data: i.utkast as Record<string, unknown>, version: i.version }),
    ).toMatchObject({ ok: true, version: i.version });
    // The explicit "Spara utkast" after autosaving is the one version.
    expect(
      await sparaUtkast(db, aktor.REDAKTOR, "sida", "tillganglighet", {
        data: i.utkast as Record<string, unknown>,
        version: i.version,
        kommentar: "Ny ingress",
      }),
    ).toMatchObject({ ok: true, nummer: i.versioner.length + 1 });
    expect(await db.innehallVersion.count()).toBe(versioner + 1);
  });

  it("is refused from a stale version with the other's text, and overwrites nothing", async () => {
    const s = await formular("sida", "personuppgifter");
    expect(
      await sparaUtkast(db, aktor.ADMIN, "sida", "personuppgifter", { ...s, data: { ...s.data, titel: "Adminens rubrik" } }),
    ).toMatchObject({ ok: true });
    const utfall = await autospara(db, aktor.REDAKTOR, "sida", "personuppgifter", {
      ...s,
      data: { ...s.data, titel: "Redaktörens rubrik" },
    });
    expect(utfall).toMatchObject({
      ok: false,
      orsak: "konflikt",
      aktuell: { data: { titel: "Adminens rubrik" }, av: aktor.ADMIN.name, version: s.version + 1 },
    });
    expect((await item("sida", "personuppgifter")).utkast).toMatchObject({ titel: "Adminens rubrik" });
    // And an explicit save from before an autosave is refused the same way.
    const t = await formular("sida", "personuppgifter");
    expect(
      await autospara(db, aktor.REDAKTOR, "sida", "personuppgifter", { ...t, data: { ...t.data, ingress: "Autosparat." } }),
    ).toMatchObject({ ok: true });
    expect(await sparaUtkast(db, aktor.ADMIN, "sida", "personuppgifter", { ...t, data: { ...t.data, ingress: "Gammal." } })).toMatchObject({
      ok: false,
      orsak: "konflikt",
      aktuell: { data: { ingress: "Autosparat." } },
    });
  });

  it("stores nothing the schema refuses, and answers with the Swedish message", async () => {
    const s = await formular("sida", "om-forvaltningen");
    const fore = await item("sida", "om-forvaltningen");
    expect(await autospara(db, aktor.REDAKTOR, "sida", "om-forvaltningen", { ...s, data: { ...s.data, titel: " " } })).toEqual({
      ok: false,
      orsak: "ogiltig",
      fel: { titel: "Skriv en rubrik." },
    });
    expect(await item("sida", "om-forvaltningen")).toEqual(fore);
  });

  for (const roll of ["HANDLAGGARE", "REKTOR", null] as const) {
    it(`is refused to ${roll ? `a ${roll.toLowerCase()}` : "a signed-out visitor"}, and nothing changes`, async () => {
      const fore = await db.innehall.findMany({ orderBy: { id: "asc" } });
      const s = await formular("sida", "om-forvaltningen", { titel: "Kapad" });
      await expect(autospara(db, roll ? aktor[roll] : null, "sida", "om-forvaltningen", s)).rejects.toBeInstanceOf(ForbiddenError);
      expect(await db.innehall.findMany({ orderBy: { id: "asc" } })).toEqual(fore);
    });
  }
});

describe("who else has an item open", () => {
  it("names the other editors with the item open, never oneself, and forgets them after a minute", async () => {
    const t0 = new Date();
    expect(await narvaro(db, aktor.REDAKTOR, "sida", "om-forvaltningen", t0)).toEqual([]);
    expect(await narvaro(db, aktor.ADMIN, "sida", "om-forvaltningen", new Date(t0.getTime() + 1_000))).toEqual([aktor.REDAKTOR.name]);
    expect(await narvaro(db, aktor.REDAKTOR, "sida", "om-forvaltningen", new Date(t0.getTime() + 2_000))).toEqual([aktor.ADMIN.name]);
    // Another item: nobody else there.
    expect(await narvaro(db, aktor.ADMIN, "nyckeltal", "elever", new Date(t0.getTime() + 2_000))).toEqual([]);
    // One row per (item, editor), however often the heartbeat comes.
    for (let i = 3; i < 6; i++) await narvaro(db, aktor.REDAKTOR, "sida", "om-forvaltningen", new Date(t0.getTime() + i * 1_000));
    expect(await db.redigeringsnarvaro.count()).toBe(3);

    // The admin stops sending heartbeats; a minute later the editor is alone and the admin's rows are gone.
    const senare = new Date(t0.getTime() + 2_000 + (NARVARO_SEKUNDER + 1) * 1_000);
    expect(await narvaro(db, aktor.REDAKTOR, "sida", "om-forvaltningen", senare)).toEqual([]);
    expect(await db.redigeringsnarvaro.findMany({ select: { userId: true } })).toEqual([{ userId: aktor.REDAKTOR.id }]);
    expect(await rensaNarvaro(db, new Date(senare.getTime() + (NARVARO_SEKUNDER + 1) * 1_000))).toBe(1);
    expect(await db.redigeringsnarvaro.count()).toBe(0);
    expect(await narvaro(db, aktor.REDAKTOR, "sida", "finns-inte")).toBeNull();
  });

  for (const roll of ["HANDLAGGARE", "REKTOR", null] as const) {
    it(`records nothing and names nobody for ${roll ? `a ${roll.toLowerCase()}` : "a signed-out visitor"}`, async () => {
      await narvaro(db, aktor.REDAKTOR, "sida", "om-forvaltningen");
      const fore = await db.redigeringsnarvaro.findMany({ orderBy: { userId: "asc" } });
      await expect(narvaro(db, roll ? aktor[roll] : null, "sida", "om-forvaltningen")).rejects.toBeInstanceOf(ForbiddenError);
      expect(await db.redigeringsnarvaro.findMany({ orderBy: { userId: "asc" } })).toEqual(fore);
    });
  }
});

describe("related links, one per line", () => {
  const o = forstarkningsomraden[0];

  it("are the seed's links at first, and publishing replaces them in order", async () => {
    const i = await item("forstarkningsomrade", o.slug);
    expect(lankar(String((i.publicerad as Record<string, unknown>).lankar))).toEqual(o.relateradeLankar);
    const data = {
      ...(i.publicerad as object),
      lankar: "Kontakta oss | /kontakt\r\n\n Skolverket  |  https://www.skolverket.se/  | Myndigheten för skolan. \n",
    };
    expect(await publicera(db, aktor.REDAKTOR, "forstarkningsomrade", o.slug, { data, version: i.version }, () => {})).toMatchObject({
      ok: true,
    });
    const rader = await db.relateradLank.findMany({
      where: { forstarkningsomrade: { slug: o.slug } },
      orderBy: { ordning: "asc" },
      select: { titel: true, href: true, beskrivning: true, ordning: true },
    });
    expect(rader).toEqual([
      { titel: "Kontakta oss", href: "/kontakt", beskrivning: "", ordning: 0 },
      { titel: "Skolverket", href: "https://www.skolverket.se/", beskrivning: "Myndigheten för skolan.", ordning: 1 },
    ]);
    expect((await item("forstarkningsomrade", o.slug)).publicerad).toMatchObject({
      lankar: "Kontakta oss | /kontakt\nSkolverket | https://www.skolverket.se/ | Myndigheten för skolan.",
    });
    // The seed, run again, leaves the editors' links (and parts) alone.
    await seed(db, { demoUsers: true });
    expect(await db.relateradLank.count({ where: { forstarkningsomrade: { slug: o.slug } } })).toBe(2);
  });

  it("refuse javascript:, data:, other hosts' short forms and half-written lines with a Swedish message naming the line", () => {
    const schema = innehallstyp("forstarkningsomrade")!.schema;
    const bas = { namn: "N", syfte: "s", ingress: "i", atgarder: "a", arbetsomraden: "b", skolornasArbete: "c" };
    const fel = (lankar: string) => {
      const r = schema.safeParse({ ...bas, lankar });
      return r.success ? null : r.error.issues[0].message;
    };
    expect(fel("")).toBeNull();
    expect(fel("Kontakt | /kontakt#formular")).toBeNull();
    expect(fel("Kontakt | /kontakt\nFarlig | javascript:alert(1)")).toMatch(
      /^Rad 2: adressen ”javascript:alert\(1\)” går inte att använda/,
    );
    expect(fel("Bild | data:text/html,<script>alert(1)</script>")).toMatch(/^Rad 1: adressen/);
    expect(fel("Annan | //example.com/x")).toMatch(/^Rad 1: adressen/);
    expect(fel("Bara text")).toBe("Rad 1: skriv adressen efter |, till exempel Bara text | /kontakt.");
    expect(fel(" | /kontakt")).toMatch(/^Rad 1: skriv länktexten först/);
    expect(fel(`${"x".repeat(201)} | /kontakt`)).toBe("Rad 1: länktexten får vara högst 200 tecken.");
    for (const ok of ["/", "/om-forvaltningen", "https://goteborg.se/wps/portal", "http://www.gr.to/"])
      expect(tillatenAdress(ok), ok).toBe(true);
    for (const nej of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:x",
      "//evil.example",
      "mailto:a@b.se",
      "goteborg.se",
      "https://",
      "/ med mellanslag",
      "/\\evil",
    ])
      expect(tillatenAdress(nej), nej).toBe(false);
  });
});

describe("a programme's parts, one per line", () => {
  it("are the seed's parts at first; a rename keeps the part and its pilot schools' steps, a new line adds one", async () => {
    const i = await item("program", "framtidsrustad-skola");
    const fore = await db.programdel.findMany({
      where: { program: { slug: "framtidsrustad-skola" } },
      orderBy: { ordning: "asc" },
      include: { _count: { select: { pilotsteg: true } } },
    });
    const rader = String((i.publicerad as Record<string, unknown>).delar).split("\n");
    expect(rader).toEqual(fore.map((d) => `${d.namn} | ${d.beskrivning}`));
    expect(fore[0]._count.pilotsteg).toBeGreaterThan(0);
    const nya = [`Nulägesanalys | ${fore[0].beskrivning}`, ...rader.slice(1), "Spridning | Modellen sprids till fler skolor."].join("\n");
    expect(
      await publicera(
        db,
        aktor.REDAKTOR,
        "program",
        "framtidsrustad-skola",
        { data: { ...(i.publicerad as object), delar: nya }, version: i.version },
        () => {},
      ),
    ).toMatchObject({ ok: true });
    const efter = await db.programdel.findMany({
      where: { program: { slug: "framtidsrustad-skola" } },
      orderBy: { ordning: "asc" },
      include: { _count: { select: { pilotsteg: true } } },
    });
    expect(efter.map((d) => d.namn)).toEqual(["Nulägesanalys", ...fore.slice(1).map((d) => d.namn), "Spridning"]);
    expect(efter[0]).toMatchObject({ id: fore[0].id, slug: fore[0].slug, _count: { pilotsteg: fore[0]._count.pilotsteg } });
    expect(efter.at(-1)).toMatchObject({ slug: "spridning", ordning: fore.length });
  });

  it("will not remove a part that has pilot schools' steps, and names it", async () => {
    const i = await item("program", "framtidsrustad-skola");
    const rader = String((i.publicerad as Record<string, unknown>).delar).split("\n");
    const utan = rader.filter((r) => !r.startsWith("Kompetensutveckling")).join("\n");
    const utfall = await publicera(
      db,
      aktor.REDAKTOR,
      "program",
      "framtidsrustad-skola",
      { data: { ...(i.publicerad as object), delar: utan }, version: i.version },
      () => {},
    );
    // No line is left for Kompetensutveckling, so it would be removed, with its steps: refused.
    expect(utfall).toMatchObject({
      ok: false,
      orsak: "ogiltig",
      fel: { delar: expect.stringMatching(/har pilotskolornas steg och kan inte tas bort/) },
    });
    // A part without steps can go.
    const utanNy = rader.filter((r) => !r.startsWith("Spridning")).join("\n");
    expect(
      await publicera(
        db,
        aktor.REDAKTOR,
        "program",
        "framtidsrustad-skola",
        { data: { ...(i.publicerad as object), delar: utanNy }, version: i.version },
        () => {},
      ),
    ).toMatchObject({ ok: true });
    expect(await db.programdel.count({ where: { slug: "spridning" } })).toBe(0);
  });

  it("refuse a line without a description and a name used twice", () => {
    const schema = innehallstyp("program")!.schema;
    const bas = {
      namn: "N",
      undertitel: "",
      ingress: "i",
      beskrivning: "b",
      mal: "",
      grunduppdrag: "",
      utgangspunkter: "",
      strategiskGrupp: "",
      processtod: "",
    };
    const fel = (delar: string) => {
      const r = schema.safeParse({ ...bas, delar });
      return r.success ? null : r.error.issues[0].message;
    };
    expect(fel("")).toBeNull();
    expect(fel("Kartläggning")).toBe("Rad 1: skriv en beskrivning efter |, till exempel Kartläggning | Vad delen går ut på.");
    expect(fel("A | x\na | y")).toBe("Rad 2: det finns redan en del som heter a.");
  });
});
