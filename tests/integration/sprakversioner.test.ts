import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createClient } from "@/lib/db/client";
import { migrate, readMigrations } from "@/scripts/db/migrate";
import { ForbiddenError } from "@/lib/auth/permissions";
import { granska } from "@/lib/innehall/klarsprak";
import { avpubliceraSprakversion } from "@/lib/innehall/livscykel";
import { trasigaLankar } from "@/lib/innehall/lankkontroll";
import { innehallslista, sprakversioner } from "@/lib/innehall/queries-personal";
import { publicera, skapaSida, skapaSprakversion, sparaUtkast } from "@/lib/innehall/redigera";
import { innehallstyp } from "@/lib/innehall/typer";
import { flyttaSprakversioner } from "@/lib/innehall/typer/sidvariant";
import { freshDatabase } from "../support/databases";
import { seededDatabase, type Demoaktor } from "../support/seeded";

// Next.js's data cache exists only inside a Next.js server; here the public reads run uncached.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
let publikt: { queries: typeof import("@/lib/innehall/queries"); varianter: typeof import("@/lib/innehall/sidvarianter") };

beforeAll(async () => {
  let url: string;
  ({ db, aktor, drop, url } = await seededDatabase("sprak"));
  // lib/db reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = url;
  publikt = { queries: await import("@/lib/innehall/queries"), varianter: await import("@/lib/innehall/sidvarianter") };
});
afterAll(async () => {
  await (await import("@/lib/db")).db.$disconnect();
  await drop();
});

async function item(typ: string, nyckel: string) {
  return db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ, nyckel } }, include: { versioner: { orderBy: { nummer: "asc" } } } });
}

/** The page, its item, its versions and its public row: what a version's steps must leave alone. */
async function sidan(nyckel: string) {
  return { item: await item("sida", nyckel), rad: await db.sida.findUnique({ where: { slug: nyckel } }) };
}

describe("the demo seed", () => {
  it("publishes a lättläst and an English version of Om förvaltningen, each an item with its own first version", async () => {
    for (const [typ, sprak] of [
      ["sida-lattlast", "lattlast"],
      ["sida-en", "en"],
    ]) {
      const i = await item(typ, "om-forvaltningen");
      expect(i.versioner.map((v) => v.handling)).toEqual(["PUBLICERING"]);
      expect(innehallstyp(typ)!.schema.safeParse(i.publicerad).success).toBe(true);
      const rad = await db.sidaVariant.findUniqueOrThrow({ where: { av_slug_sprak: { av: "sida", slug: "om-forvaltningen", sprak } } });
      expect(rad).toMatchObject(i.publicerad as object);
    }
    const lattlast = await db.sidaVariant.findUniqueOrThrow({
      where: { av_slug_sprak: { av: "sida", slug: "om-forvaltningen", sprak: "lattlast" } },
    });
    const g = granska(lattlast.ingress, lattlast.brodtext, { lixGrans: 30 });
    expect(g.lix!.varde).toBeLessThanOrEqual(30);
    expect(g.lixVarning).toBeUndefined();
    expect(g.fel).toEqual([]);
  });

  it("lets the public page link both, and each version render with the page around it", async () => {
    const sida = await publikt.queries.getSida("om-forvaltningen");
    expect(sida!.varianter).toEqual(["lattlast", "en"]);
    const en = await publikt.varianter.getSidvariant("om-forvaltningen", "en");
    expect(en).toMatchObject({ titel: "About the Compulsory School Administration", sprak: "en" });
    expect(en!.html).toContain("<h2>Our work and our culture</h2>");
    expect(publikt.varianter.sprakalternativ("/om-forvaltningen", sida!.varianter)).toEqual({
      sv: "/om-forvaltningen",
      en: "/om-forvaltningen/en",
      "x-default": "/om-forvaltningen",
    });
    // Lättläst keeps the writer's line breaks (a sentence per line); English flows like the page.
    const lattlast = await publikt.varianter.getSidvariant("om-forvaltningen", "lattlast");
    expect(lattlast!.html).toContain(
      "<p>Grundskoleförvaltningen är en del av Göteborgs Stad.<br />Vi har hand om stadens grundskolor.<br />",
    );
    expect(en!.html).not.toContain("<br");
    expect((await publikt.queries.getSida("tillganglighet"))!.varianter).toEqual([]);
    expect(publikt.varianter.sprakalternativ("/tillganglighet", [])).toBeUndefined();
    expect(publikt.varianter.arSprakversion("fr")).toBe(false);
  });
});

describe("a page's language versions", () => {
  it("are created from the page as drafts with their own first version, and creating one changes nothing of the page", async () => {
    const fore = await sidan("tillganglighet");
    expect(await skapaSprakversion(db, aktor.REDAKTOR, "sida-lattlast", "tillganglighet")).toEqual({ ok: true });
    expect(await skapaSprakversion(db, aktor.ADMIN, "sida-en", "tillganglighet")).toEqual({ ok: true });
    const lattlast = await item("sida-lattlast", "tillganglighet");
    expect(lattlast).toMatchObject({
      publicerad: null,
      utkast: { titel: (fore.item.publicerad as { titel: string }).titel, ingress: "", brodtext: "" },
      utkastAvNamn: aktor.REDAKTOR.name,
    });
    expect(lattlast.versioner.map((v) => [v.nummer, v.handling])).toEqual([[1, "UTKAST"]]);
    expect((await item("sida-en", "tillganglighet")).utkast).toEqual({ titel: "", ingress: "", brodtext: "" });
    expect(await sidan("tillganglighet")).toEqual(fore);
    expect(await db.sidaVariant.count({ where: { slug: "tillganglighet" } })).toBe(0);
    const logg = await db.granskningshandelse.findMany({ where: { objektTyp: { startsWith: "sida-" }, objektId: "tillganglighet" } });
    expect(logg.map((l) => `${l.handling} ${l.objektTyp}`).sort()).toEqual(["innehall.skapa sida-en", "innehall.skapa sida-lattlast"]);

    expect(await skapaSprakversion(db, aktor.REDAKTOR, "sida-en", "tillganglighet")).toEqual({ ok: false, orsak: "finns-redan" });
    expect(await skapaSprakversion(db, aktor.REDAKTOR, "sida-en", "finns-inte")).toEqual({ ok: false, orsak: "finns-inte" });
    expect(await skapaSprakversion(db, aktor.REDAKTOR, "sida", "tillganglighet")).toEqual({ ok: false, orsak: "finns-inte" });
    expect(await skapaSprakversion(db, aktor.REDAKTOR, "nyckeltal", "elever")).toEqual({ ok: false, orsak: "finns-inte" });
  });

  it("keep drafts and versions apart from the page's: a draft changes nothing public, publishing writes SidaVariant and expires the tags", async () => {
    const fore = await sidan("tillganglighet");
    const en = await item("sida-en", "tillganglighet");
    const text = {
      titel: "Accessibility statement",
      ingress: "How accessible this website is.",
      brodtext: "## What you can do\n\nYou can [contact us](/kontakt).",
    };
    expect(
      await sparaUtkast(db, aktor.REDAKTOR, "sida-en", "tillganglighet", { data: text, version: en.version, kommentar: "First draft" }),
    ).toMatchObject({ ok: true, nummer: 2 });
    expect(await db.sidaVariant.count({ where: { slug: "tillganglighet" } })).toBe(0);
    expect(await publikt.varianter.getSidvariant("tillganglighet", "en")).toBeNull();

    const utgangna: string[] = [];
    const efterUtkast = await item("sida-en", "tillganglighet");
    expect(
      await publicera(db, aktor.ADMIN, "sida-en", "tillganglighet", { data: text, version: efterUtkast.version }, (t) => utgangna.push(t)),
    ).toMatchObject({ ok: true, nummer: 3 });
    // The version's own page, and the page, which now links to it.
    expect(utgangna).toEqual(["sidvariant:tillganglighet:en", "sida:tillganglighet"]);
    expect(
      await db.sidaVariant.findUniqueOrThrow({ where: { av_slug_sprak: { av: "sida", slug: "tillganglighet", sprak: "en" } } }),
    ).toMatchObject(text);
    expect((await item("sida-en", "tillganglighet")).versioner.map((v) => [v.nummer, v.handling, v.kommentar])).toEqual([
      [1, "UTKAST", "Skapade den engelska versionen."],
      [2, "UTKAST", "First draft"],
      [3, "PUBLICERING", ""],
    ]);
    // The page itself: not a version more, not a changed row.
    expect(await sidan("tillganglighet")).toEqual(fore);
    expect((await publikt.queries.getSida("tillganglighet"))!.varianter).toEqual(["en"]);
    expect((await publikt.varianter.getSidvariant("tillganglighet", "en"))!.html).toContain('<a href="/kontakt">contact us</a>');

    // And the other way: publishing the page leaves its versions alone.
    const varianterFore = await db.sidaVariant.findMany({ where: { slug: "tillganglighet" } });
    const s = await item("sida", "tillganglighet");
    expect(
      await publicera(
        db,
        aktor.REDAKTOR,
        "sida",
        "tillganglighet",
        { data: { ...(s.publicerad as object), ingress: "Ny ingress." }, version: s.version },
        () => {},
      ),
    ).toMatchObject({ ok: true });
    expect(await db.sidaVariant.findMany({ where: { slug: "tillganglighet" } })).toEqual(varianterFore);
    expect((await item("sida-en", "tillganglighet")).versioner).toHaveLength(3);
  });

  it("of a page that is not published can be drafted but not published, with a Swedish message", async () => {
    expect(await skapaSida(db, aktor.REDAKTOR, { titel: "Sommarskola", adress: "", foralder: "" })).toEqual({
      ok: true,
      nyckel: "sommarskola",
    });
    expect(await skapaSprakversion(db, aktor.REDAKTOR, "sida-lattlast", "sommarskola")).toEqual({ ok: true });
    const v = await item("sida-lattlast", "sommarskola");
    const data = { titel: "Sommarskola", ingress: "Du kan gå i skolan på sommaren.", brodtext: "Det är gratis." };
    expect(await sparaUtkast(db, aktor.REDAKTOR, "sida-lattlast", "sommarskola", { data, version: v.version })).toMatchObject({ ok: true });
    expect(await publicera(db, aktor.REDAKTOR, "sida-lattlast", "sommarskola", { data, version: v.version + 1 }, () => {})).toEqual({
      ok: false,
      orsak: "ogiltig",
      fel: {
        formular:
          "Sidan på svenska (/sommarskola) är inte publicerad. Publicera den först; den lättlästa versionen visas bara tillsammans med den.",
      },
    });
    expect(await db.sidaVariant.count({ where: { slug: "sommarskola" } })).toBe(0);
    expect(
      await sparaUtkast(db, aktor.REDAKTOR, "sida-lattlast", "sommarskola", { data: { ...data, titel: "" }, version: v.version + 1 }),
    ).toEqual({ ok: false, orsak: "ogiltig", fel: { titel: "Skriv en rubrik." } });
  });

  it("count as existing for internal links once published, and not before", async () => {
    const md =
      "[a](/om-forvaltningen/en) [b](/om-forvaltningen/lattlast) [c](/tillganglighet/lattlast) [d](/sommarskola/lattlast) [e](/om-forvaltningen/fr)";
    expect(await trasigaLankar(db, md)).toEqual(["/tillganglighet/lattlast", "/sommarskola/lattlast", "/om-forvaltningen/fr"]);
  });

  it("are listed with their page in the staff list and on the page's edit view, with their state", async () => {
    const grupper = await innehallslista(db);
    expect(grupper.map((g) => g.typ)).not.toContain("sida-en");
    const rad = grupper.find((g) => g.typ === "sida")!.rader.find((r) => r.nyckel === "tillganglighet")!;
    expect(rad.varianter!.map((v) => [v.etikett, v.rad?.publicerad, Boolean(v.rad?.utkast)])).toEqual([
      ["Lättläst", false, true],
      ["Engelska", true, false],
    ]);
    expect(
      grupper
        .find((g) => g.typ === "sida")!
        .rader.find((r) => r.nyckel === "personuppgifter")!
        .varianter!.map((v) => v.rad),
    ).toEqual([null, null]);
    const sv = await sprakversioner(db, "sida", "tillganglighet");
    expect(sv.varianter.map((v) => [v.typ, v.finns, v.publicerad])).toEqual([
      ["sida-lattlast", true, false],
      ["sida-en", true, true],
    ]);
    const en = await sprakversioner(db, "sida-en", "tillganglighet");
    expect(en.original).toMatchObject({ typ: "sida", publicerad: true, data: { ingress: "Ny ingress." } });
  });
});

describe("when a page's address changes", () => {
  it("its versions, their history and their published rows follow it", async () => {
    const fore = await item("sida-en", "tillganglighet");
    const rad = await db.sidaVariant.findUniqueOrThrow({ where: { av_slug_sprak: { av: "sida", slug: "tillganglighet", sprak: "en" } } });
    await db.$transaction(async (tx) => {
      await tx.sida.update({ where: { slug: "tillganglighet" }, data: { slug: "tillganglighetsredogorelse" } });
      await tx.innehall.update({
        where: { typ_nyckel: { typ: "sida", nyckel: "tillganglighet" } },
        data: { nyckel: "tillganglighetsredogorelse" },
      });
      await flyttaSprakversioner(tx, "tillganglighet", "tillganglighetsredogorelse");
    });
    expect(await item("sida-en", "tillganglighetsredogorelse")).toEqual({ ...fore, nyckel: "tillganglighetsredogorelse" });
    expect((await item("sida-lattlast", "tillganglighetsredogorelse")).versioner).toHaveLength(1);
    expect(
      await db.sidaVariant.findUniqueOrThrow({ where: { av_slug_sprak: { av: "sida", slug: "tillganglighetsredogorelse", sprak: "en" } } }),
    ).toEqual({
      ...rad,
      slug: "tillganglighetsredogorelse",
    });
    expect(await db.innehall.count({ where: { nyckel: "tillganglighet" } })).toBe(0);
    expect((await publikt.queries.getSida("tillganglighetsredogorelse"))!.varianter).toEqual(["en"]);
  });
});

describe("the start page's and the förstärkningsområden's versions", () => {
  it("are seeded for the demo, each an item of its own, and found by the search marked with their language", async () => {
    expect(await publikt.varianter.getPubliceradeSprak("startsida", "startsida")).toEqual(["lattlast", "en"]);
    expect((await publikt.varianter.getSprakversion("startsida", "startsida", "lattlast"))!.html).toContain("<h2>Det här gör vi</h2>");
    for (const o of ["okad-kvalitet-i-undervisningen", "tydligare-ansvar-styrning-och-ledning", "okad-likvardighet-mellan-skolor"])
      expect(await publikt.varianter.getPubliceradeSprak("forstarkningsomrade", o), o).toEqual(["lattlast", "en"]);
    expect((await item("forstarkningsomrade-en", "okad-kvalitet-i-undervisningen")).versioner).toHaveLength(1);
    // Links to them are links that lead somewhere; to an område's version that does not exist, not.
    expect(
      await trasigaLankar(
        db,
        "[a](/lattlast) [b](/en) [c](/forstarkningsomraden/okad-kvalitet-i-undervisningen/en) [d](/forstarkningsomraden/x/en) [e](/sa-gar-det) [f](/diarium/begar-ut)",
      ),
    ).toEqual(["/forstarkningsomraden/x/en"]);
    const { sok } = await import("@/lib/sok/queries");
    expect((await sok("collegial learning")).traffar).toContainEqual(
      expect.objectContaining({ typ: "omrade", sprak: "en", href: "/forstarkningsomraden/okad-kvalitet-i-undervisningen/en" }),
    );
    expect((await sok("jämlik stad")).traffar).toContainEqual(expect.objectContaining({ sprak: "lattlast", href: "/lattlast" }));
  });

  it("expire only the version's page on a new text, and the original's too on a first publish", async () => {
    const omrade = "okad-likvardighet-mellan-skolor";
    const en = await item("forstarkningsomrade-en", omrade);
    const text = { ...(en.publicerad as { titel: string; ingress: string; brodtext: string }), titel: "Equity between schools" };
    const utgangna: string[] = [];
    expect(
      await publicera(db, aktor.REDAKTOR, "forstarkningsomrade-en", omrade, { data: text, version: en.version }, (t) => utgangna.push(t)),
    ).toMatchObject({ ok: true });
    expect(utgangna).toEqual([`sprakversion:forstarkningsomrade:${omrade}:en`]);
    expect((await publikt.varianter.getSprakversion("forstarkningsomrade", omrade, "en"))!.titel).toBe("Equity between schools");

    // The start page without an English version: a draft shows nothing, the first publish adds the link.
    await db.innehallVersion.deleteMany({ where: { innehall: { typ: "startsida-en", nyckel: "startsida" } } });
    await db.innehall.delete({ where: { typ_nyckel: { typ: "startsida-en", nyckel: "startsida" } } });
    await db.sidaVariant.delete({ where: { av_slug_sprak: { av: "startsida", slug: "startsida", sprak: "en" } } });
    expect(await skapaSprakversion(db, aktor.REDAKTOR, "startsida-en", "startsida")).toEqual({ ok: true });
    const utkast = await item("startsida-en", "startsida");
    const start = { titel: "Welcome", ingress: "Schools in Gothenburg.", brodtext: "Read [in Swedish](/)." };
    expect(await sparaUtkast(db, aktor.REDAKTOR, "startsida-en", "startsida", { data: start, version: utkast.version })).toMatchObject({
      ok: true,
    });
    expect(await publikt.varianter.getPubliceradeSprak("startsida", "startsida")).toEqual(["lattlast"]);
    utgangna.length = 0;
    expect(
      await publicera(db, aktor.REDAKTOR, "startsida-en", "startsida", { data: start, version: utkast.version + 1 }, (t) =>
        utgangna.push(t),
      ),
    ).toMatchObject({ ok: true });
    expect(utgangna).toEqual(["sprakversion:startsida:startsida:en", "startsida"]);
    expect(await publikt.varianter.getPubliceradeSprak("startsida", "startsida")).toEqual(["lattlast", "en"]);

    // Off the site again: the link goes, the text and history stay, and a new publish brings it back.
    const publicerad = await item("startsida-en", "startsida");
    expect(await avpubliceraSprakversion(db, aktor.REDAKTOR, "startsida-en", "startsida", publicerad.version - 1, () => {})).toMatchObject({
      ok: false,
    });
    await expect(
      avpubliceraSprakversion(db, aktor.HANDLAGGARE, "startsida-en", "startsida", publicerad.version, () => {}),
    ).rejects.toBeInstanceOf(ForbiddenError);
    utgangna.length = 0;
    expect(
      await avpubliceraSprakversion(db, aktor.REDAKTOR, "startsida-en", "startsida", publicerad.version, (t) => utgangna.push(t)),
    ).toEqual({
      ok: true,
      nyckel: "startsida",
    });
    expect(utgangna).toEqual(["sprakversion:startsida:startsida:en", "startsida"]);
    expect(await publikt.varianter.getPubliceradeSprak("startsida", "startsida")).toEqual(["lattlast"]);
    expect(await publikt.varianter.getSprakversion("startsida", "startsida", "en")).toBeNull();
    const av = await item("startsida-en", "startsida");
    expect(av.versioner.at(-1)).toMatchObject({ handling: "AVPUBLICERING", kommentar: "Avpublicerad." });
    expect(await avpubliceraSprakversion(db, aktor.REDAKTOR, "startsida-en", "startsida", av.version, () => {})).toEqual({
      ok: false,
      fel: { formular: "Versionen är inte publicerad." },
    });
    utgangna.length = 0;
    expect(
      await publicera(db, aktor.REDAKTOR, "startsida-en", "startsida", { data: start, version: av.version }, (t) => utgangna.push(t)),
    ).toMatchObject({
      ok: true,
    });
    expect(utgangna).toEqual(["sprakversion:startsida:startsida:en", "startsida"]);
    expect(await publikt.varianter.getPubliceradeSprak("startsida", "startsida")).toEqual(["lattlast", "en"]);
    // A page with the same key as the start page's item has no versions of its own.
    expect(await db.sidaVariant.count({ where: { av: "sida", slug: "startsida" } })).toBe(0);
  });
});

describe("who may edit a language version", () => {
  for (const roll of ["HANDLAGGARE", "REKTOR", null] as const) {
    it(`${roll ? `a ${roll.toLowerCase()}` : "a signed-out visitor"} can neither create, save nor publish one, and nothing changes`, async () => {
      const vem = roll ? aktor[roll] : null;
      const las = async () => [
        await db.innehall.findMany({ orderBy: { id: "asc" } }),
        await db.innehallVersion.count(),
        await db.sidaVariant.findMany({ orderBy: [{ slug: "asc" }, { sprak: "asc" }] }),
        await db.granskningshandelse.count(),
      ];
      const fore = await las();
      const en = await item("sida-en", "om-forvaltningen");
      const s = { data: { titel: "Hijacked", ingress: "", brodtext: "" }, version: en.version };
      await expect(skapaSprakversion(db, vem, "sida-en", "personuppgifter")).rejects.toBeInstanceOf(ForbiddenError);
      await expect(sparaUtkast(db, vem, "sida-en", "om-forvaltningen", s)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(publicera(db, vem, "sida-en", "om-forvaltningen", s, () => {})).rejects.toBeInstanceOf(ForbiddenError);
      expect(await las()).toEqual(fore);
    });
  }
});

describe("migrating a database from before language versions", () => {
  it("keeps every page and item, and the pages show no versions until some are published", async () => {
    const egen = (await readMigrations()).find((m) => m.name.endsWith("_sidvarianter"))!.name;
    const gammal = await freshDatabase("sprakmig");
    try {
      await migrate(gammal.url, egen);
      const c = new pg.Client({ connectionString: gammal.url });
      await c.connect();
      await c.query(`INSERT INTO "Sida" (slug, titel, ingress, brodtext) VALUES ('om-oss', 'Om oss', 'Ingress', '## Text')`);
      await c.query(`INSERT INTO "Innehall" (id, typ, nyckel, publicerad) VALUES ('i1', 'sida', 'om-oss', '{"titel":"Om oss"}')`);
      await c.end();
      expect(await migrate(gammal.url)).toEqual([egen, ...(await readMigrations()).map((m) => m.name).filter((n) => n > egen)]);
      const ny = createClient(gammal.url);
      try {
        expect(await ny.sida.findUniqueOrThrow({ where: { slug: "om-oss" } })).toMatchObject({
          titel: "Om oss",
          ingress: "Ingress",
          brodtext: "## Text",
        });
        expect(await ny.innehall.findUniqueOrThrow({ where: { id: "i1" } })).toMatchObject({
          typ: "sida",
          nyckel: "om-oss",
          publicerad: { titel: "Om oss" },
        });
        expect(await ny.sidaVariant.count()).toBe(0);
      } finally {
        await ny.$disconnect();
      }
    } finally {
      await gammal.drop();
    }
  });
});
