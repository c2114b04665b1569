import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createClient } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import { adresskarta, slaUpp } from "@/lib/innehall/adresskarta";
import { lankarTill } from "@/lib/innehall/adresser";
import { arkivera, aterstallFranArkiv, avpublicera, bytAdress } from "@/lib/innehall/livscykel";
import { trasigaLankar } from "@/lib/innehall/lankkontroll";
import { publicera, skapaSida, sparaUtkast } from "@/lib/innehall/redigera";
import { korSchemalagda, schemalagg, vantande } from "@/lib/innehall/schemalagt";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let url: string;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, url, aktor, drop } = await seededDatabase("adr"));
});
afterAll(() => drop());

const ingen = () => {};
const item = (nyckel: string) => db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "sida", nyckel } } });
const byt = async (fran: string, adress: string, vem = aktor.REDAKTOR) =>
  bytAdress(db, vem, fran, { adress, version: (await item(fran)).version }, ingen);
const adresser = async () =>
  Object.fromEntries((await db.gammalAdress.findMany({ orderBy: { slug: "asc" } })).map((g) => [g.slug, g.till]));

/** A published page of our own, optionally under a parent, with a body. */
async function nySida(titel: string, brodtext = "", foralder = "") {
  const r = await skapaSida(db, aktor.REDAKTOR, { titel, adress: "", foralder });
  if (!r.ok) throw new Error(JSON.stringify(r.fel));
  const i = await item(r.nyckel);
  const p = await publicera(
    db,
    aktor.REDAKTOR,
    "sida",
    r.nyckel,
    { data: { ...(i.utkast as object), brodtext, foralder }, version: i.version },
    ingen,
  );
  if (!p.ok) throw new Error(JSON.stringify(p));
  return r.nyckel;
}

describe("changing a page's address", () => {
  it("moves the page and its public row, keeps the old address as a redirect, and collapses chains", async () => {
    const a = await nySida("Sommarskola");
    const utgangna: string[] = [];
    const r = await bytAdress(db, aktor.REDAKTOR, a, { adress: "Sommarskola i Göteborg", version: (await item(a)).version }, (t) =>
      utgangna.push(t),
    );
    expect(r).toEqual({ ok: true, nyckel: "sommarskola-i-goteborg" });
    // Both addresses and their language versions: a top-level page outside the menu touches no list.
    expect(utgangna.sort()).toEqual(
      [
        "sida:sommarskola",
        "sidrubrik:sommarskola",
        "sida:sommarskola-i-goteborg",
        "sidrubrik:sommarskola-i-goteborg",
        "sidvariant:sommarskola:lattlast",
        "sidvariant:sommarskola:en",
        "sidvariant:sommarskola-i-goteborg:lattlast",
        "sidvariant:sommarskola-i-goteborg:en",
      ].sort(),
    );
    expect(await db.sida.findUnique({ where: { slug: "sommarskola" } })).toBeNull();
    expect((await db.sida.findUniqueOrThrow({ where: { slug: "sommarskola-i-goteborg" } })).titel).toBe("Sommarskola");
    expect(await adresser()).toMatchObject({ sommarskola: "sommarskola-i-goteborg" });

    // A→B, then B→C: A→C and B→C, never A→B→C.
    expect((await byt("sommarskola-i-goteborg", "lovskola")).ok).toBe(true);
    expect(await adresser()).toMatchObject({ sommarskola: "lovskola", "sommarskola-i-goteborg": "lovskola" });
    // Back to an old address of its own: that redirect goes, the others lead to it.
    expect((await byt("lovskola", "sommarskola")).ok).toBe(true);
    const nu = await adresser();
    expect(nu.sommarskola).toBeUndefined();
    expect(nu).toMatchObject({ "sommarskola-i-goteborg": "sommarskola", lovskola: "sommarskola" });

    // Every step is a version and an audit entry.
    const i = await db.innehall.findUniqueOrThrow({
      where: { typ_nyckel: { typ: "sida", nyckel: "sommarskola" } },
      include: { versioner: { orderBy: { nummer: "asc" } } },
    });
    expect(i.versioner.filter((v) => v.handling === "ADRESSBYTE").map((v) => v.kommentar)).toEqual([
      "Adressen ändrad från /sommarskola till /sommarskola-i-goteborg.",
      "Adressen ändrad från /sommarskola-i-goteborg till /lovskola.",
      "Adressen ändrad från /lovskola till /sommarskola.",
    ]);
    expect(await db.granskningshandelse.count({ where: { handling: "innehall.byt-adress" } })).toBe(3);
  });

  it("answers moved and gone addresses from the in-memory map, by the first segment", async () => {
    const { laddaAdresser } = await import("@/lib/innehall/adresser");
    await laddaAdresser(db);
    expect(await slaUpp("/lovskola")).toEqual({ slag: "flyttad", till: "/sommarskola" });
    expect(await slaUpp("/lovskola/lattlast")).toEqual({ slag: "flyttad", till: "/sommarskola/lattlast" });
    expect(await slaUpp("/sommarskola")).toBeNull();
    expect(await slaUpp("/")).toBeNull();
    // An unchanged table is not read again.
    expect(await laddaAdresser(db)).toBe(false);
    expect(adresskarta().laddad).toBe(true);
  });

  it("refuses a bad, reserved or taken address in Swedish and writes nothing", async () => {
    const fore = { adresser: await adresser(), versioner: await db.innehallVersion.count(), logg: await db.granskningshandelse.count() };
    const fel = async (adress: string) => {
      const r = await byt("sommarskola", adress);
      return r.ok ? null : r.fel.adress;
    };
    expect(await fel("")).toBe("Skriv en adress med bokstäver eller siffror.");
    expect(await fel("!!!")).toBe("Skriv en adress med bokstäver eller siffror.");
    expect(await fel("x".repeat(101))).toBe("Adressen får vara högst 100 tecken.");
    expect(await fel("Kontakt")).toBe("Adressen /kontakt används redan av webbplatsen. Välj en annan.");
    expect(await fel("personal")).toBe("Adressen /personal används redan av webbplatsen. Välj en annan.");
    expect(await fel("Om förvaltningen")).toBe("Det finns redan en sida med adressen /om-forvaltningen. Välj en annan.");
    expect(await fel("sommarskola")).toBe("Sidan har redan adressen /sommarskola.");
    expect(await bytAdress(db, aktor.REDAKTOR, "sommarskola", { adress: "ny-plats", version: 1 }, ingen)).toEqual({
      ok: false,
      fel: { formular: "Sidan har ändrats sedan du öppnade den. Ladda om sidan och försök igen." },
    });
    expect(await adresser()).toEqual(fore.adresser);
    expect(await db.innehallVersion.count()).toBe(fore.versioner);
    expect(await db.granskningshandelse.count()).toBe(fore.logg);
    expect(await db.innehall.count({ where: { nyckel: "ny-plats" } })).toBe(0);
  });

  it("takes pages under it along, and keeps links to the old address working and listed", async () => {
    const foralder = await nySida("Skolval");
    const barn = await nySida("Skolval för årskurs 7", "", foralder);
    const lankande = await nySida("Frågor om skolval", "Läs om [skolvalet](/skolval#datum) och [kontakt](/kontakt).");
    const utgangna: string[] = [];
    const flytt = await bytAdress(db, aktor.REDAKTOR, foralder, { adress: "val-av-skola", version: (await item(foralder)).version }, (t) =>
      utgangna.push(t),
    );
    expect(flytt.ok).toBe(true);
    // The sub-page's own page shows where it sits: it is made again too.
    expect(utgangna).toContain(`sida:${barn}`);
    expect((await db.sida.findUniqueOrThrow({ where: { slug: barn } })).foralder).toBe("val-av-skola");
    expect((await item(barn)).publicerad).toMatchObject({ foralder: "val-av-skola" });
    // The link to /skolval still leads somewhere (the redirect), and the editor sees who has it.
    expect(await trasigaLankar(db, "[skolvalet](/skolval)")).toEqual([]);
    expect(await lankarTill(db, ["skolval"])).toEqual([
      { typ: "sida", nyckel: lankande, titel: "Frågor om skolval", lankar: ["/skolval#datum"] },
    ]);
  });

  it("lets a new page take an old redirected address, which removes the redirect when it is published", async () => {
    expect((await adresser()).lovskola).toBe("sommarskola");
    const ny = await nySida("Lovskola");
    expect(ny).toBe("lovskola");
    expect((await adresser()).lovskola).toBeUndefined();
  });

  it("is refused to a rektor, a handläggare and the signed out, who change nothing", async () => {
    const fore = await adresser();
    const i = await item("sommarskola");
    for (const vem of [aktor.REKTOR, aktor.HANDLAGGARE, null]) {
      await expect(bytAdress(db, vem, "sommarskola", { adress: "kapad", version: i.version }, ingen)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(avpublicera(db, vem, "sommarskola", i.version, ingen)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(arkivera(db, vem, "sommarskola", i.version, ingen)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(aterstallFranArkiv(db, vem, "sommarskola", i.version)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        schemalagg(db, vem, "sida", "sommarskola", { datum: "2099-01-01", klockslag: "08:00", atgard: "AVPUBLICERA" }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await adresser()).toEqual(fore);
    expect((await item("sommarskola")).version).toBe(i.version);
    expect(await db.sida.count({ where: { slug: "sommarskola" } })).toBe(1);
  });
});

describe("unpublishing and archiving", () => {
  it("unpublishes a page off the public table but keeps it editable, and publishing brings it back", async () => {
    const nyckel = await nySida("Simskola", "Simskolan börjar i juni.");
    const utgangna: string[] = [];
    expect(await avpublicera(db, aktor.REDAKTOR, nyckel, (await item(nyckel)).version, (t) => utgangna.push(t))).toEqual({
      ok: true,
      nyckel,
    });
    expect(utgangna).toEqual([`sida:${nyckel}`, `sidrubrik:${nyckel}`]);
    expect(await db.sida.count({ where: { slug: nyckel } })).toBe(0);
    const i = await item(nyckel);
    expect(i.avpublicerad).not.toBeNull();
    expect(i.publicerad).toMatchObject({ brodtext: "Simskolan börjar i juni." });
    expect(await avpublicera(db, aktor.REDAKTOR, nyckel, i.version, ingen)).toEqual({
      ok: false,
      fel: { formular: "Sidan är inte publicerad." },
    });
    // Still editable: a draft, then publishing again.
    expect(
      (
        await sparaUtkast(db, aktor.REDAKTOR, "sida", nyckel, {
          data: { ...(i.publicerad as object), ingress: "Tillbaka." },
          version: i.version,
        })
      ).ok,
    ).toBe(true);
    const j = await item(nyckel);
    expect(
      (await publicera(db, aktor.REDAKTOR, "sida", nyckel, { data: j.utkast as Record<string, unknown>, version: j.version }, ingen)).ok,
    ).toBe(true);
    expect((await db.sida.findUniqueOrThrow({ where: { slug: nyckel } })).ingress).toBe("Tillbaka.");
    expect((await item(nyckel)).avpublicerad).toBeNull();
    const handlingar = (await db.innehallVersion.findMany({ where: { innehallId: i.id }, orderBy: { nummer: "asc" } })).map(
      (v) => v.handling,
    );
    expect(handlingar).toEqual(["UTKAST", "PUBLICERING", "AVPUBLICERING", "UTKAST", "PUBLICERING"]);
    expect(await db.granskningshandelse.count({ where: { handling: "innehall.avpublicera", objektId: nyckel } })).toBe(1);
  });

  it("archives a page: gone from the public table, its addresses answer 410, schedules cancelled, editing refused; restoring makes a draft", async () => {
    const nyckel = await nySida("Lägerskola");
    expect((await byt(nyckel, "lagerskolan")).ok).toBe(true);
    await sparaUtkast(db, aktor.REDAKTOR, "sida", "lagerskolan", {
      data: { ...((await item("lagerskolan")).publicerad as object), ingress: "Schemalagd." },
      version: (await item("lagerskolan")).version,
    });
    expect((await schemalagg(db, aktor.REDAKTOR, "sida", "lagerskolan", { datum: "2099-01-01", klockslag: "08:00" })).ok).toBe(true);

    expect(await arkivera(db, aktor.ADMIN, "lagerskolan", (await item("lagerskolan")).version, ingen)).toEqual({
      ok: true,
      nyckel: "lagerskolan",
    });
    expect(await db.sida.count({ where: { slug: "lagerskolan" } })).toBe(0);
    expect(await adresser()).toMatchObject({ lagerskolan: null, lagerskola: null });
    expect((await vantande(db)).filter((v) => v.innehall.nyckel === "lagerskolan")).toEqual([]);
    const { laddaAdresser } = await import("@/lib/innehall/adresser");
    await laddaAdresser(db);
    expect(await slaUpp("/lagerskola")).toEqual({ slag: "borta" });
    expect(await slaUpp("/lagerskolan")).toEqual({ slag: "borta" });

    // Read-only while archived; its addresses cannot be taken.
    const i = await item("lagerskolan");
    expect(
      await sparaUtkast(db, aktor.REDAKTOR, "sida", "lagerskolan", { data: i.utkast as Record<string, unknown>, version: i.version }),
    ).toEqual({
      ok: false,
      orsak: "ogiltig",
      fel: { formular: "Sidan är arkiverad. Återställ den som utkast först." },
    });
    expect(await skapaSida(db, aktor.REDAKTOR, { titel: "Lägerskola", adress: "", foralder: "" })).toEqual({
      ok: false,
      fel: { adress: "Adressen /lagerskola tillhör en arkiverad sida. Välj en annan." },
    });
    expect((await byt("sommarskola", "lagerskolan")).ok).toBe(false);

    expect(await aterstallFranArkiv(db, aktor.REDAKTOR, "lagerskolan", i.version)).toEqual({ ok: true, nyckel: "lagerskolan" });
    const j = await item("lagerskolan");
    expect(j.arkiverad).toBeNull();
    expect(j.avpublicerad).not.toBeNull();
    expect(j.utkast).toMatchObject({ ingress: "Schemalagd." });
    expect(await db.sida.count({ where: { slug: "lagerskolan" } })).toBe(0);
    expect(await adresser()).toMatchObject({ lagerskola: "lagerskolan" });
    expect((await adresser()).lagerskolan).toBeUndefined();
    const handlingar = (await db.innehallVersion.findMany({ where: { innehallId: i.id }, orderBy: { nummer: "desc" }, take: 2 })).map(
      (v) => v.handling,
    );
    expect(handlingar).toEqual(["ATERSTALLNING", "ARKIVERING"]);
    expect(
      await db.granskningshandelse.count({
        where: { handling: { in: ["innehall.arkivera", "innehall.aterstall-arkiv"] }, objektId: "lagerskolan" },
      }),
    ).toBe(2);
  });
});

describe("scheduled unpublishing", () => {
  const NU = new Date("2026-11-26T12:00:00Z");

  it("refuses a page that is not public, and runs exactly once with two workers at the same moment", async () => {
    expect(
      await schemalagg(db, aktor.REDAKTOR, "sida", "lagerskolan", { datum: "2026-11-27", klockslag: "08:00", atgard: "AVPUBLICERA" }, NU),
    ).toEqual({
      ok: false,
      fel: { formular: "Sidan är inte publicerad, så det finns inget att avpublicera." },
    });
    const sidor = [await nySida("Friluftsdag"), await nySida("Idrottsdag"), await nySida("Temadag")];
    for (const s of sidor)
      expect(
        (await schemalagg(db, aktor.REDAKTOR, "sida", s, { datum: "2026-11-27", klockslag: "08:00", atgard: "AVPUBLICERA" }, NU)).ok,
      ).toBe(true);
    expect(
      (await vantande(db))
        .filter((v) => v.atgard === "AVPUBLICERA")
        .map((v) => v.innehall.nyckel)
        .sort(),
    ).toEqual([...sidor].sort());
    expect(await korSchemalagda(db, ingen, new Date("2026-11-27T06:59:00Z"))).toBe(0);

    const andra = createClient(url);
    const utgangna: string[] = [];
    try {
      const tid = new Date("2026-11-27T07:00:00Z");
      const [a, b] = await Promise.all([
        korSchemalagda(db, (t) => utgangna.push(t), tid),
        korSchemalagda(andra, (t) => utgangna.push(t), tid),
      ]);
      expect(a + b).toBe(sidor.length);
    } finally {
      await andra.$disconnect();
    }
    expect(utgangna.sort()).toEqual(sidor.flatMap((s) => [`sida:${s}`, `sidrubrik:${s}`]).sort());
    expect(await db.sida.count({ where: { slug: { in: sidor } } })).toBe(0);
    expect(
      await db.innehallVersion.count({
        where: { handling: "AVPUBLICERING", forfattarNamn: "Schemalagd avpublicering", innehall: { nyckel: { in: sidor } } },
      }),
    ).toBe(sidor.length);
    expect(await db.granskningshandelse.count({ where: { handling: "innehall.avpublicera-schemalagt" } })).toBe(sidor.length);
    expect(await korSchemalagda(db, ingen, new Date("2026-11-28T07:00:00Z"))).toBe(0);
  });
});
