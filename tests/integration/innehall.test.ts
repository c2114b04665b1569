import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createClient } from "@/lib/db/client";
import { migrate } from "@/scripts/db/migrate";
import { ForbiddenError } from "@/lib/auth/permissions";
import { renderaMarkdown, sektionerTillMarkdown } from "@/lib/innehall/markdown";
import { jamfor } from "@/lib/innehall/jamfor";
import { aterstall, publicera, skapaSida, sparaUtkast } from "@/lib/innehall/redigera";
import { innehallstyp } from "@/lib/innehall/typer";
import { forstarkningsomraden, forvaltning, nyckeltal, program, sidor } from "@/prisma/seed/content";
import { programData } from "@/lib/innehall/typer/program";
import { lankar } from "@/lib/innehall/listor";
import { seed } from "@/prisma/seed";
import { freshDatabase } from "../support/databases";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("inn"));
});
afterAll(() => drop());

const sida = innehallstyp("sida")!;

async function item(typ: string, nyckel: string) {
  return db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ, nyckel } }, include: { versioner: { orderBy: { nummer: "asc" } } } });
}

/** The page's fields as the form sends them, with some changed. */
async function formular(nyckel: string, andring: Record<string, unknown> = {}) {
  const i = await item("sida", nyckel);
  return { data: { ...((i.utkast ?? i.publicerad) as object), ...andring }, version: i.version };
}

describe("the seed as the first published version", () => {
  it("makes every page, the contact details, each key figure and the start page an item with one published version", async () => {
    const items = await db.innehall.findMany({ include: { _count: { select: { versioner: true } } } });
    const typer = items.map((i) => `${i.typ}/${i.nyckel}`);
    for (const s of sidor) expect(typer).toContain(`sida/${s.slug}`);
    for (const n of nyckeltal) expect(typer).toContain(`nyckeltal/${n.nyckel}`);
    for (const o of forstarkningsomraden) expect(typer).toContain(`forstarkningsomrade/${o.slug}`);
    for (const p of program) expect(typer).toContain(`program/${p.slug}`);
    expect(typer).toContain("kontaktuppgifter/forvaltningen");
    expect(typer).toContain("startsida/startsida");
    for (const i of items.filter((i) => i.nyckel !== "om-forvaltningen")) {
      expect(i._count.versioner, i.nyckel).toBe(1);
      expect(i.utkast, i.nyckel).toBeNull();
    }
  });

  it("gives the demo page a short history, and running the seed again changes nothing an editor owns", async () => {
    expect((await item("sida", "om-forvaltningen")).versioner.map((v) => v.handling)).toEqual(["PUBLICERING", "UTKAST", "UTKAST"]);
    const fore = await db.innehallVersion.count();
    await seed(db, { demoUsers: true });
    expect(await db.innehallVersion.count()).toBe(fore);
  });
});

describe("migrating a database from before versions", () => {
  it("carries every page's sections into Markdown and makes what the site showed the first published version", async () => {
    const gammal = await freshDatabase("innmig");
    try {
      await migrate(gammal.url, "20261126133422_innehall_versioner");
      const c = new pg.Client({ connectionString: gammal.url });
      await c.connect();
      const f = forvaltning;
      await c.query(
        `INSERT INTO "Forvaltning" (id, namn, beskrivning, telefon, besoksadress, postadress, postnummer, postort, latitud, longitud) VALUES (1,$1,$2,$3,$4,$5,$6,$7,$8,$9)`,
        [f.namn, f.beskrivning, f.telefon, f.besoksadress, f.postadress, f.postnummer, f.postort, f.latitud, f.longitud],
      );
      for (const n of nyckeltal)
        await c.query(`INSERT INTO "Nyckeltal" VALUES ($1,$2,$3,$4,$5,$6)`, [n.nyckel, n.etikett, n.varde, n.enhet, n.ordning, n.kalla]);
      for (const o of forstarkningsomraden) {
        await c.query(
          `INSERT INTO "Forstarkningsomrade" (id, slug, nummer, namn, syfte, ingress, atgarder, arbetsomraden, "skolornasArbete") VALUES ($1,$1,$2,$3,$4,$5,$6,$7,$8)`,
          [o.slug, o.nummer, o.namn, o.syfte, o.ingress, o.atgarder, o.arbetsomraden, o.skolornasArbete],
        );
        for (const [ordning, l] of o.relateradeLankar.entries()) {
          await c.query(
            `INSERT INTO "RelateradLank" (id, "forstarkningsomradeId", titel, beskrivning, href, ordning) VALUES ($1,$2,$3,$4,$5,$6)`,
            [`${o.slug}-${ordning}`, o.slug, l.titel, l.beskrivning, l.href, ordning],
          );
        }
      }
      for (const p of program) {
        await c.query(`INSERT INTO "Program" (id, slug, namn, undertitel, ingress, beskrivning) VALUES ($1,$1,$2,$3,$4,$5)`, [
          p.slug,
          p.namn,
          p.undertitel,
          p.ingress,
          p.beskrivning,
        ]);
        const ordning: Record<string, number> = {};
        for (const [i, pu] of p.punkter.entries()) {
          ordning[pu.kategori] = (ordning[pu.kategori] ?? -1) + 1;
          await c.query(`INSERT INTO "ProgramPunkt" (id, "programId", kategori, text, ordning) VALUES ($1,$2,$3,$4,$5)`, [
            `${p.slug}-${i}`,
            p.slug,
            pu.kategori,
            pu.text,
            ordning[pu.kategori],
          ]);
        }
        for (const [ordning, d] of p.delar.entries()) {
          await c.query(`INSERT INTO "Programdel" (id, "programId", slug, namn, beskrivning, ordning) VALUES ($1,$2,$3,$4,$5,$6)`, [
            `${p.slug}-del-${ordning}`,
            p.slug,
            d.slug,
            d.namn,
            d.beskrivning,
            ordning,
          ]);
        }
      }
      // Markdown's own characters in an old text must come out as the same text.
      const knepig = [
        {
          rubrik: "# Inte en rubrik",
          stycken: ["1. Inte en lista, *inte kursiv* och <b>ingen HTML</b> [eller länk](x)", "- inte heller"],
          punkter: ["a_b_c", "+ plus"],
        },
      ];
      for (const s of [...sidor, { slug: "knepig", titel: "Knepig", ingress: "", sektioner: knepig }]) {
        await c.query(`INSERT INTO "Sida" (slug, titel, ingress, sektioner) VALUES ($1,$2,$3,$4)`, [
          s.slug,
          s.titel,
          s.ingress,
          JSON.stringify(s.sektioner),
        ]);
      }
      await c.end();

      expect((await migrate(gammal.url))[0]).toBe("20261126133422_innehall_versioner");
      const ny = createClient(gammal.url);
      try {
        for (const s of sidor) {
          const rad = await ny.sida.findUniqueOrThrow({ where: { slug: s.slug } });
          expect(rad.brodtext, s.slug).toBe(sektionerTillMarkdown(s.sektioner));
          const html = renderaMarkdown(rad.brodtext);
          for (const sek of s.sektioner) expect(html).toContain(`<h2>${sek.rubrik.replace(/&/g, "&amp;")}</h2>`);
        }
        const knepigHtml = renderaMarkdown((await ny.sida.findUniqueOrThrow({ where: { slug: "knepig" } })).brodtext);
        expect(knepigHtml).toBe(
          "<h2># Inte en rubrik</h2>\n<p>1. Inte en lista, *inte kursiv* och &lt;b&gt;ingen HTML&lt;/b&gt; [eller länk](x)</p>\n<p>- inte heller</p>\n<ul>\n<li>a_b_c</li>\n<li>+ plus</li>\n</ul>\n",
        );
        const items = await ny.innehall.findMany({ include: { versioner: true } });
        expect(items).toHaveLength(sidor.length + 1 + nyckeltal.length + 2 + forstarkningsomraden.length + program.length);
        for (const p of program)
          expect(items.find((i) => i.typ === "program" && i.nyckel === p.slug)!.publicerad).toEqual(programData(p, p.punkter));
        const omrade = forstarkningsomraden[0];
        expect(items.find((i) => i.nyckel === omrade.slug)!.publicerad).toMatchObject({
          namn: omrade.namn,
          atgarder: omrade.atgarder.join("\n"),
          skolornasArbete: omrade.skolornasArbete.join("\n"),
        });
        // Related links and parts, seed-only until editors owned them, are in every stored state.
        for (const o of forstarkningsomraden) {
          const i = items.find((i) => i.typ === "forstarkningsomrade" && i.nyckel === o.slug)!;
          expect(lankar(String((i.publicerad as Record<string, unknown>).lankar))).toEqual(o.relateradeLankar);
          expect(i.versioner[0].data).toEqual(i.publicerad);
        }
        for (const i of items) {
          expect(i.versioner).toHaveLength(1);
          expect(i.versioner[0]).toMatchObject({ nummer: 1, handling: "PUBLICERING" });
          const typ = innehallstyp(i.typ)!;
          expect(typ.schema.safeParse(i.publicerad).success, `${i.typ}/${i.nyckel}`).toBe(true);
        }
        expect((await ny.innehall.findFirstOrThrow({ where: { typ: "startsida" } })).publicerad).toMatchObject({ ingress: f.beskrivning });
        // The seed afterwards finds everything in place and leaves it; it only adds the items the
        // migrations never made: each område's (empty) "Ni sa – vi gjorde".
        await seed(ny, { demoUsers: false });
        expect(await ny.innehallVersion.count()).toBe(items.length + forstarkningsomraden.length);
        expect(await ny.innehall.count({ where: { typ: "ni-sa-vi-gjorde" } })).toBe(forstarkningsomraden.length);
      } finally {
        await ny.$disconnect();
      }
    } finally {
      await gammal.drop();
    }
  });
});

describe("drafts, publishing, versions and restore", () => {
  it("a draft changes nothing public; publishing does, expires the type's cache tags and leaves both as versions", async () => {
    const fore = await db.sida.findUniqueOrThrow({ where: { slug: "tillganglighet" } });
    const s = await formular("tillganglighet", { ingress: "En ny ingress i utkastet." });
    const utkast = await sparaUtkast(db, aktor.REDAKTOR, "sida", "tillganglighet", { ...s, kommentar: "Kortare ingress" });
    expect(utkast).toMatchObject({ ok: true, nummer: 2 });
    expect(await db.sida.findUniqueOrThrow({ where: { slug: "tillganglighet" } })).toEqual(fore);
    const efterUtkast = await item("sida", "tillganglighet");
    expect(efterUtkast).toMatchObject({ utkastAvNamn: aktor.REDAKTOR.name, utkast: { ingress: "En ny ingress i utkastet." } });

    const utgangna: string[] = [];
    const pub = await publicera(db, aktor.ADMIN, "sida", "tillganglighet", await formular("tillganglighet"), (t) => utgangna.push(t));
    expect(pub).toMatchObject({ ok: true, nummer: 3 });
    // A new ingress changes the page alone: not its parent's list, its sub-pages or the menu.
    expect(utgangna).toEqual(["sida:tillganglighet"]);
    const efter = await db.sida.findUniqueOrThrow({ where: { slug: "tillganglighet" } });
    expect(efter.ingress).toBe("En ny ingress i utkastet.");
    expect(efter.uppdaterad.getTime()).toBeGreaterThan(fore.uppdaterad.getTime());
    const slut = await item("sida", "tillganglighet");
    expect(slut.utkast).toBeNull();
    expect(slut.versioner.map((v) => [v.nummer, v.handling, v.forfattarNamn])).toEqual([
      [1, "PUBLICERING", "Systemet"],
      [2, "UTKAST", aktor.REDAKTOR.name],
      [3, "PUBLICERING", aktor.ADMIN.name],
    ]);
    expect(slut.versioner[1].kommentar).toBe("Kortare ingress");
    const logg = await db.granskningshandelse.findMany({
      where: { objektTyp: "sida", objektId: "tillganglighet" },
      orderBy: { tidpunkt: "asc" },
    });
    expect(logg.map((l) => l.handling)).toEqual(["innehall.utkast", "innehall.publicera"]);
  });

  it("the later of two saves from the same version is refused with the other's text, and nothing is overwritten", async () => {
    const s = await formular("personuppgifter");
    expect(
      await sparaUtkast(db, aktor.REDAKTOR, "sida", "personuppgifter", { ...s, data: { ...s.data, titel: "Redaktörens rubrik" } }),
    ).toMatchObject({ ok: true });
    const andra = await sparaUtkast(db, aktor.ADMIN, "sida", "personuppgifter", { ...s, data: { ...s.data, titel: "Adminens rubrik" } });
    expect(andra).toMatchObject({
      ok: false,
      orsak: "konflikt",
      aktuell: { data: { titel: "Redaktörens rubrik" }, av: aktor.REDAKTOR.name, version: s.version + 1 },
    });
    const i = await item("sida", "personuppgifter");
    expect(i.versioner).toHaveLength(2);
    expect(i.utkast).toMatchObject({ titel: "Redaktörens rubrik" });
    expect(await publicera(db, aktor.ADMIN, "sida", "personuppgifter", s, () => {})).toMatchObject({ ok: false, orsak: "konflikt" });
  });

  it("restoring an old version makes it a new draft and keeps every version", async () => {
    const fore = await item("sida", "tillganglighet");
    const utfall = await aterstall(db, aktor.REDAKTOR, "sida", "tillganglighet", 1, fore.version);
    expect(utfall).toMatchObject({ ok: true, nummer: fore.versioner.length + 1 });
    const efter = await item("sida", "tillganglighet");
    expect(efter.utkast).toEqual(fore.versioner[0].data);
    expect(efter.publicerad).toEqual(fore.publicerad);
    expect(efter.versioner.at(-1)).toMatchObject({ handling: "ATERSTALLNING", kommentar: "Återställd från version 1." });
    expect(await aterstall(db, aktor.REDAKTOR, "sida", "tillganglighet", 99, efter.version)).toEqual({ ok: false, orsak: "finns-inte" });
  });

  it("a word diff between two versions marks what was added and removed", async () => {
    const i = await item("sida", "tillganglighet");
    const [forsta, andra] = [i.versioner[0].data, i.versioner[1].data] as Record<string, unknown>[];
    const falt = jamfor(sida, forsta, andra);
    const ingress = falt.find((f) => f.namn === "ingress")!;
    expect(ingress.andrat).toBe(true);
    expect(
      ingress.delar
        .filter((d) => d.slag === "tillagt")
        .map((d) => d.text)
        .join(""),
    ).toContain("utkastet");
    expect(ingress.delar.some((d) => d.slag === "borttaget")).toBe(true);
    expect(falt.find((f) => f.namn === "brodtext")!.andrat).toBe(false);
  });

  it("bad input is refused with Swedish messages, and a broken internal link blocks publishing but not a draft", async () => {
    const s = await formular("om-forvaltningen");
    expect(
      await sparaUtkast(db, aktor.REDAKTOR, "sida", "om-forvaltningen", { ...s, data: { ...s.data, titel: "", foralder: "finns-inte" } }),
    ).toEqual({
      ok: false,
      orsak: "ogiltig",
      fel: { titel: "Skriv en rubrik." },
    });
    expect(
      await sparaUtkast(db, aktor.REDAKTOR, "sida", "om-forvaltningen", { ...s, data: { ...s.data, foralder: "finns-inte" } }),
    ).toEqual({
      ok: false,
      orsak: "ogiltig",
      fel: { foralder: "Det finns ingen publicerad sida med adressen finns-inte." },
    });
    const trasig = {
      ...s,
      data: { ...s.data, brodtext: "Se [kontakt](/kontakt), [insatsen](/insatser/finns-inte) och [sidan](/personuppgifter#a)." },
    };
    const pub = await publicera(db, aktor.REDAKTOR, "sida", "om-forvaltningen", trasig, () => {});
    expect(pub).toEqual({
      ok: false,
      orsak: "ogiltig",
      fel: { brodtext: "Länken /insatser/finns-inte leder ingenstans. Rätta eller ta bort den innan du publicerar." },
    });
    expect(await sparaUtkast(db, aktor.REDAKTOR, "sida", "om-forvaltningen", trasig)).toMatchObject({ ok: true });
  });
});

describe("new pages", () => {
  it("get an address without å, ä, ö, stay unpublished until published, and never take a route's or another page's address", async () => {
    expect(await skapaSida(db, aktor.REDAKTOR, { titel: "Öppet hus på våra skolor", adress: "", foralder: "om-forvaltningen" })).toEqual({
      ok: true,
      nyckel: "oppet-hus-pa-vara-skolor",
    });
    expect(await db.sida.count({ where: { slug: "oppet-hus-pa-vara-skolor" } })).toBe(0);
    const ny = await item("sida", "oppet-hus-pa-vara-skolor");
    expect(ny.publicerad).toBeNull();
    expect(
      await publicera(
        db,
        aktor.REDAKTOR,
        "sida",
        "oppet-hus-pa-vara-skolor",
        { data: { ...(ny.utkast as object), brodtext: "## Välkommen" }, version: ny.version },
        () => {},
      ),
    ).toMatchObject({ ok: true });
    expect(await db.sida.findUniqueOrThrow({ where: { slug: "oppet-hus-pa-vara-skolor" } })).toMatchObject({
      foralder: "om-forvaltningen",
      brodtext: "## Välkommen",
    });

    expect(await skapaSida(db, aktor.REDAKTOR, { titel: "Kontakt", adress: "", foralder: "" })).toEqual({
      ok: false,
      fel: { adress: "Adressen /kontakt används redan av webbplatsen. Välj en annan." },
    });
    expect(await skapaSida(db, aktor.REDAKTOR, { titel: "Om", adress: "om-forvaltningen", foralder: "" })).toEqual({
      ok: false,
      fel: { adress: "Det finns redan en sida med adressen /om-forvaltningen. Välj en annan." },
    });
    expect(await skapaSida(db, aktor.REDAKTOR, { titel: "Öppet hus", adress: "Öppet hus på våra skolor", foralder: "" })).toMatchObject({
      ok: false,
      fel: { adress: expect.stringContaining("finns redan") },
    });
    expect(await skapaSida(db, aktor.REDAKTOR, { titel: "", adress: "", foralder: "" })).toEqual({
      ok: false,
      fel: { titel: "Skriv en rubrik." },
    });
  });
});

describe("who may edit", () => {
  for (const roll of ["HANDLAGGARE", "REKTOR", null] as const) {
    it(`${roll ? `a ${roll.toLowerCase()}` : "a signed-out visitor"} can neither save, publish, restore nor create, and nothing changes`, async () => {
      const vem = roll ? aktor[roll] : null;
      const fore = [
        await db.innehall.findMany({ orderBy: { id: "asc" } }),
        await db.innehallVersion.count(),
        await db.sida.findMany({ orderBy: { slug: "asc" } }),
        await db.granskningshandelse.count(),
      ];
      const s = await formular("om-forvaltningen", { titel: "Kapad" });
      await expect(sparaUtkast(db, vem, "sida", "om-forvaltningen", s)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(publicera(db, vem, "sida", "om-forvaltningen", s, () => {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(aterstall(db, vem, "sida", "om-forvaltningen", 1, s.version)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(skapaSida(db, vem, { titel: "Kapad", adress: "", foralder: "" })).rejects.toBeInstanceOf(ForbiddenError);
      expect([
        await db.innehall.findMany({ orderBy: { id: "asc" } }),
        await db.innehallVersion.count(),
        await db.sida.findMany({ orderBy: { slug: "asc" } }),
        await db.granskningshandelse.count(),
      ]).toEqual(fore);
    });
  }
});

describe("Markdown on a page", () => {
  it("never lets HTML, scripts or javascript:/data: links through, and starts headings at h2", () => {
    const html = renderaMarkdown(
      [
        "# Rubrik",
        "## Underrubrik",
        "",
        "<script>alert(1)</script>",
        "",
        'Text <img src=x onerror="alert(1)"> i ett stycke.',
        "",
        "[klick](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://goteborg.se) [mejl](mailto:a@b.se)",
        "",
        "| A | B |",
        "| - | - |",
        "| 1 | 2 |",
      ].join("\n"),
    );
    expect(html).toContain("<h2>Rubrik</h2>");
    expect(html).toContain("<h3>Underrubrik</h3>");
    expect(html).not.toMatch(/<script|<img|href="(javascript|data):/);
    expect(html).toContain('<p>Text &lt;img src=x onerror="alert(1)"&gt; i ett stycke.</p>');
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('<a href="https://goteborg.se">ok</a>');
    expect(html).toContain('<a href="mailto:a@b.se">mejl</a>');
    expect(html).toContain("<a>klick</a>");
    expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
  });
});

describe("with 100 000 versions", () => {
  it("the history page and the next version number read a few index rows, not the table", async ({ annotate }) => {
    const i = await item("sida", "styr-och-stodkedjan");
    await db.$executeRaw`
      INSERT INTO "InnehallVersion" (id, "innehallId", nummer, handling, data, "forfattarNamn")
      SELECT 'mass-' || n, ${i.id}, n, 'UTKAST', ${JSON.stringify(i.publicerad)}::jsonb, 'Massprov'
        FROM generate_series(${i.versioner.length + 1}::int, 100000) AS n`;
    await db.$executeRawUnsafe(`ANALYZE "InnehallVersion"`);
    const plan = async (sql: string) =>
      (await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${sql}`, i.id))
        .map((r) => r["QUERY PLAN"])
        .join("\n");
    const sida = await plan(
      `SELECT nummer, handling, tidpunkt, "forfattarNamn", kommentar FROM "InnehallVersion" WHERE "innehallId" = $1 ORDER BY nummer DESC LIMIT 50`,
    );
    const nasta = await plan(`SELECT max(nummer) FROM "InnehallVersion" WHERE "innehallId" = $1`);
    // The plans travel with the test report (the README quotes them).
    await annotate(`History page:\n${sida}\nNext number:\n${nasta}`, "plan");
    for (const p of [sida, nasta]) {
      expect(p).toMatch(/Index (Only )?Scan Backward using "InnehallVersion_innehallId_nummer_key"/);
      expect(p).not.toMatch(/Seq Scan|Sort/);
    }
    const s = await formular("styr-och-stodkedjan", { ingress: "Efter hundratusen versioner." });
    expect(await sparaUtkast(db, aktor.REDAKTOR, "sida", "styr-och-stodkedjan", s)).toMatchObject({ ok: true, nummer: 100001 });
  });
});

describe("förstärkningsområden", () => {
  it("are edited one list item per line and published to the area's own row", async () => {
    const o = forstarkningsomraden[1];
    const i = await db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "forstarkningsomrade", nyckel: o.slug } } });
    const data = { ...(i.publicerad as object), atgarder: "Första åtgärden.\r\n\n  Andra åtgärden.  \n" };
    expect(await publicera(db, aktor.REDAKTOR, "forstarkningsomrade", o.slug, { data, version: i.version }, () => {})).toMatchObject({
      ok: true,
    });
    expect((await db.forstarkningsomrade.findUniqueOrThrow({ where: { slug: o.slug } })).atgarder).toEqual([
      "Första åtgärden.",
      "Andra åtgärden.",
    ]);
    const tom = await publicera(
      db,
      aktor.REDAKTOR,
      "forstarkningsomrade",
      o.slug,
      { data: { ...data, atgarder: " \n " }, version: i.version + 1 },
      () => {},
    );
    expect(tom).toEqual({ ok: false, orsak: "ogiltig", fel: { atgarder: "Skriv minst en rad om vad förvaltningen gör." } });
  });
});

describe("programme pages", () => {
  it("replace the points of each kind in order, and leave a kind empty when its field is", async () => {
    const i = await db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "program", nyckel: "jamlikt-goteborg" } } });
    const data = {
      ...(i.publicerad as object),
      utgangspunkter: "Tidiga insatser.\nStarka vuxna kring barnet.\nEn tredje punkt.",
      grunduppdrag: "",
    };
    expect(await publicera(db, aktor.ADMIN, "program", "jamlikt-goteborg", { data, version: i.version }, () => {})).toMatchObject({
      ok: true,
    });
    const p = await db.program.findUniqueOrThrow({
      where: { slug: "jamlikt-goteborg" },
      include: { punkter: { orderBy: [{ kategori: "asc" }, { ordning: "asc" }] } },
    });
    expect(p.punkter.filter((x) => x.kategori === "UTGANGSPUNKT").map((x) => x.text)).toEqual([
      "Tidiga insatser.",
      "Starka vuxna kring barnet.",
      "En tredje punkt.",
    ]);
    expect(p.punkter.filter((x) => x.kategori === "GRUNDUPPDRAG")).toEqual([]);
    expect(p.punkter.filter((x) => x.kategori === "MAL")).toHaveLength(1);
  });
});
