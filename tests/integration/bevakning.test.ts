// Bevaka: following insatser by e-mail without an account, against real PostgreSQL.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { avslutaAlla, avslutaBevakning, begarBevakning, bekraftaBevakning, GRANS_PER_ADRESS } from "@/lib/bevakning/bevaka";
import { koaAndring } from "@/lib/bevakning";
import { prenumerantAvToken } from "@/lib/bevakning/nyckel";
import type { Foremalstyp, Frekvens } from "@/lib/bevakning/schema";
import { rensaBevakningar, skickaVeckobrev, spridAndringar } from "@/lib/bevakning/utskick";
import { uppdateraInsats } from "@/lib/insatser/uppdatera";
import { brevTillMejl, skickaVantande, type Brev } from "@/lib/utskick";
import { UTSKICKSLANKAR } from "@/lib/utskicksmallar";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
let url: string;
/** An insats with an område and at least one school. */
let insats: { id: string; slug: string; titel: string; omrade: string; skola: string };

beforeAll(async () => {
  ({ db, aktor, drop, url } = await seededDatabase("bevakning"));
  const i = await db.insats.findFirstOrThrow({
    where: { arkiverad: null, forstarkningsomradeId: { not: null }, skolor: { some: {} } },
    select: {
      id: true,
      slug: true,
      titel: true,
      forstarkningsomrade: { select: { slug: true } },
      skolor: { select: { skola: { select: { slug: true } } } },
    },
  });
  insats = { id: i.id, slug: i.slug, titel: i.titel, omrade: i.forstarkningsomrade!.slug, skola: i.skolor[0].skola.slug };
});
afterAll(() => drop());

let klient = 0;
const begar = (epost: string, vad: Foremalstyp, slug: string, frekvens: Frekvens = "DIREKT", idempotensnyckel = randomUUID()) =>
  begarBevakning(db, { vad, slug, epost, frekvens, idempotensnyckel, startad: "", webbplats: "" }, `klient-${klient++}`);

/** Sends everything the outbox holds and returns what went out. */
async function skicka(nu = new Date(Date.now() + 1000)): Promise<Brev[]> {
  const brev: Brev[] = [];
  await skickaVantande(db, async (b) => void brev.push(b), UTSKICKSLANKAR, nu, 10_000);
  return brev;
}

const kon = (till: string) => db.utskick.count({ where: { till } });

/** Follows `epost` to what it asks and confirms it through the link in the mail. */
async function folj(epost: string, vad: Foremalstyp, slug: string, frekvens: Frekvens = "DIREKT") {
  expect(await begar(epost, vad, slug, frekvens)).toEqual({ ok: true });
  const mejl = (await skicka()).filter((b) => b.till === epost).at(-1);
  const nyckel = /\/bevaka\/bekrafta\/([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/.exec(mejl?.text ?? "")?.[1];
  if (!nyckel) throw new Error(`ingen bekräftelselänk till ${epost}`);
  const prenumerantId = await bekraftaBevakning(db, nyckel, new Date(Date.now() - 1000));
  expect(prenumerantId).not.toBeNull();
  return { nyckel, prenumerantId: prenumerantId!, mejl: mejl! };
}

let version = 0;
async function uppdatera(kommentar: string, status: "PAGAR" | "PAUSAD" = "PAGAR") {
  const { version: v } = await db.insats.findUniqueOrThrow({ where: { id: insats.id }, select: { version: true } });
  version = v;
  const progress = 10 + (v % 80);
  const r = await uppdateraInsats(db, aktor.REDAKTOR, insats.slug, { status, progress, kommentar, version });
  expect(r.ok).toBe(true);
  return progress;
}

describe("following needs a confirmed address (double opt-in)", () => {
  it("sends nothing about changes before the link in the confirmation mail is followed", async () => {
    const epost = "obekraftad@exempel.se";
    expect(await begar(epost, "insats", insats.slug)).toEqual({ ok: true });
    const [bekraftelse] = (await skicka()).filter((b) => b.till === epost);
    expect(bekraftelse.amne).toBe(`Bekräfta att du vill bevaka insatsen ${insats.titel}`);
    expect(bekraftelse.text).toMatch(/\/bevaka\/bekrafta\/[A-Za-z0-9_-]{32}/);
    expect(bekraftelse.avregistrera).toMatch(/\/api\/bevaka\/avsluta\//);
    // The key is stored only as a hash.
    const nyckel = /\/bevaka\/bekrafta\/([A-Za-z0-9_-]{32})/.exec(bekraftelse.text)![1];
    const rader = await db.bekraftelsenyckel.findMany();
    expect(rader.some((r) => r.hash === nyckel || r.sok === nyckel.slice(0, 16))).toBe(false);

    await uppdatera("Före bekräftelsen.");
    await spridAndringar(db);
    expect(await kon(epost)).toBe(1);

    expect(await bekraftaBevakning(db, nyckel)).not.toBeNull();
    expect(await bekraftaBevakning(db, nyckel)).toBeNull(); // once
    await new Promise((r) => setTimeout(r, 20));
    await uppdatera("Efter bekräftelsen.");
    await spridAndringar(db);
    const brev = (await skicka()).filter((b) => b.till === epost);
    expect(brev).toHaveLength(1);
    expect(brev[0].text).toContain("Efter bekräftelsen.");
    expect(brev[0].text).not.toContain("Före bekräftelsen.");
  });

  it("refuses a wrong or malformed confirmation key", async () => {
    expect(await bekraftaBevakning(db, "A".repeat(32))).toBeNull();
    expect(await bekraftaBevakning(db, "kort")).toBeNull();
  });
});

describe("no enumeration", () => {
  it("answers a new, an unconfirmed and a following address alike; only the mail to the address differs", async () => {
    const { prenumerantId } = await folj("foljer@exempel.se", "insats", insats.slug, "DIREKT");
    await skicka();
    const ny = await begar("ny@exempel.se", "insats", insats.slug, "VECKA");
    const igen = await begar("ny@exempel.se", "insats", insats.slug, "VECKA");
    const foljer = await begar("foljer@exempel.se", "insats", insats.slug, "VECKA");
    expect(ny).toEqual(foljer);
    expect(igen).toEqual(foljer);
    const brev = await skicka();
    expect(brev.filter((b) => b.till === "ny@exempel.se").map((b) => b.amne)).toEqual([
      `Bekräfta att du vill bevaka insatsen ${insats.titel}`,
      `Bekräfta att du vill bevaka insatsen ${insats.titel}`,
    ]);
    const redan = brev.filter((b) => b.till === "foljer@exempel.se");
    expect(redan.map((b) => b.amne)).toEqual([`Du bevakar redan insatsen ${insats.titel}`]);
    expect(redan[0].text).toContain("/bevaka/hantera/");
    // The request from outside changed nothing of the confirmed subscription.
    const b = await db.bevakning.findFirstOrThrow({ where: { prenumerantId } });
    expect([b.frekvens, b.bekraftad !== null]).toEqual(["DIREKT", true]);
  });

  it("a double post of one form load sends one mail, and an address over its limit gets the same answer and no mail", async () => {
    const nyckel = randomUUID();
    const [a, b] = await Promise.all([
      begar("dubbel@exempel.se", "allt", "", "DIREKT", nyckel),
      begar("dubbel@exempel.se", "allt", "", "DIREKT", nyckel),
    ]);
    expect([a, b]).toEqual([{ ok: true }, { ok: true }]);
    expect(await kon("dubbel@exempel.se")).toBe(1);
    for (let i = 0; i < GRANS_PER_ADRESS + 2; i++) expect(await begar("hamrad@exempel.se", "allt", "")).toEqual({ ok: true });
    expect(await kon("hamrad@exempel.se")).toBe(GRANS_PER_ADRESS);
    // The limit's table holds keyed hashes, never the address.
    const inskick = await db.inskick.findMany({ select: { klient: true } });
    expect(inskick.some((r) => r.klient.includes("hamrad"))).toBe(false);
  });

  it("refuses something that does not exist", async () => {
    expect(await begar("x@exempel.se", "insats", "finns-inte")).toEqual({ ok: false, orsak: "finns-inte" });
  });
});

describe("sending the changes", () => {
  it("gives an address that follows the insats, its område, a school and all exactly one mail per change", async () => {
    const epost = "allting@exempel.se";
    await folj(epost, "insats", insats.slug);
    await folj(epost, "omrade", insats.omrade);
    await folj(epost, "skola", insats.skola);
    await folj(epost, "allt", "");
    // A weekly subscriber of the same insats gets no direct mail.
    await folj("veckovis@exempel.se", "insats", insats.slug, "VECKA");
    await skicka();
    const fore = await kon(epost);
    const progress = await uppdatera("Alla lärare har gått utbildningen.");
    await spridAndringar(db);
    const brev = (await skicka()).filter((b) => b.till === epost);
    expect(await kon(epost)).toBe(fore + 1);
    expect(brev).toHaveLength(1);
    expect(brev[0].amne).toBe(`${insats.titel}: pågår, ${progress} % klart`);
    expect(brev[0].text).toContain("Alla lärare har gått utbildningen.");
    expect(brev[0].text).toContain(`/insatser/${insats.slug}`);
    expect(brev[0].text).toMatch(/\/bevaka\/hantera\/\S+/);
    expect(brev[0].avregistrera).toMatch(/\/api\/bevaka\/avsluta\/\S+/);
    const mejl = brevTillMejl(brev[0]);
    expect(mejl.list).toEqual({ unsubscribe: brev[0].avregistrera });
    expect(mejl.headers).toEqual({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(await db.utskick.count({ where: { till: "veckovis@exempel.se", amne: brev[0].amne } })).toBe(0);
  });

  it("queues each change once for each subscriber with two runs at once", async () => {
    const epost = "samtidig@exempel.se";
    await folj(epost, "allt", "");
    await skicka();
    await uppdatera("Samtidigt ett.");
    await uppdatera("Samtidigt två.");
    const [a, b] = await Promise.all([spridAndringar(db), spridAndringar(db)]);
    expect(a.andringar + b.andringar).toBe(2);
    await spridAndringar(db);
    const brev = (await skicka()).filter((x) => x.till === epost);
    expect(brev.map((x) => (x.text.includes("Samtidigt ett.") ? 1 : 2)).sort()).toEqual([1, 2]);
    expect(await db.bevakningsandring.count({ where: { utspridd: null } })).toBe(0);
  });

  it("reaches each subscriber once when the mail server fails and then works", async () => {
    const epost = "trasig@exempel.se";
    await folj(epost, "skola", insats.skola);
    await skicka();
    await uppdatera("Under avbrottet.");
    await spridAndringar(db);
    const nu = new Date(Date.now() + 1000);
    const trasig = await skickaVantande(
      db,
      async () => {
        throw new Error("SMTP nere");
      },
      UTSKICKSLANKAR,
      nu,
      10_000,
    );
    expect(trasig.misslyckade).toBeGreaterThan(0);
    await spridAndringar(db);
    const brev = (await skicka(new Date(nu.getTime() + 5 * 60_000))).filter((b) => b.till === epost);
    expect(brev).toHaveLength(1);
    expect(brev[0].text).toContain("Under avbrottet.");
    expect(await skicka(new Date(nu.getTime() + 120 * 60_000))).toEqual([]);
  });

  it("two app instances (two clients, two pools) fan out and send each change once while SMTP is down for a while", async () => {
    // What the earlier tests left is sent first, so every mail below is about these changes.
    await spridAndringar(db);
    await skicka();
    const ANTAL = 20;
    const adresser = Array.from({ length: ANTAL }, (_, i) => `instans-${i}@exempel.se`);
    const bekraftad = new Date(Date.now() - 60_000);
    const omrade = await db.forstarkningsomrade.findUniqueOrThrow({ where: { slug: insats.omrade } });
    await db.prenumerant.createMany({ data: adresser.map((epost, i) => ({ id: `instans-${i}`, epost })) });
    await db.bevakning.createMany({
      data: [
        ...adresser.map((_, i) => ({
          prenumerantId: `instans-${i}`,
          foremal: `insats:${insats.id}`,
          insatsId: insats.id,
          frekvens: "DIREKT" as const,
          bekraftad,
        })),
        // Half of them follow the område too: still one mail per change.
        ...adresser.slice(0, ANTAL / 2).map((_, i) => ({
          prenumerantId: `instans-${i}`,
          foremal: `omrade:${omrade.id}`,
          omradeId: omrade.id,
          frekvens: "DIREKT" as const,
          bekraftad,
        })),
      ],
    });
    const start = new Date();
    const kommentarer = ["Instanser ett.", "Instanser två.", "Instanser tre."];
    for (const k of kommentarer) await uppdatera(k);

    const a = createClient(url);
    const b = createClient(url);
    try {
      // Both instances' job runs at once, each with its own pool.
      const [x, y] = await Promise.all([spridAndringar(a), spridAndringar(b)]);
      expect(x.andringar + y.andringar).toBe(kommentarer.length);
      expect(await db.bevakningsandring.count({ where: { utspridd: null } })).toBe(0);
      expect(await db.utskick.count({ where: { till: { in: adresser } } })).toBe(ANTAL * kommentarer.length);

      // The mail server is down for the first NERE attempts, whichever instance makes them.
      const NERE = 25;
      let forsok = 0;
      const fatt: Brev[] = [];
      const sandare = async (brev: Brev) => {
        if (++forsok <= NERE) throw new Error("SMTP nere");
        fatt.push(brev);
      };
      let misslyckade = 0;
      let tid = Date.now() + 1000;
      for (let varv = 0; varv < 200; varv++) {
        const r = await Promise.all([a, b].map((d) => skickaVantande(d, sandare, UTSKICKSLANKAR, new Date(tid), 7)));
        misslyckade += r[0].misslyckade + r[1].misslyckade;
        if (r.every((x) => x.skickade + x.misslyckade === 0)) {
          if ((await db.utskick.count({ where: { skickad: null } })) === 0) break;
          tid += 61 * 60_000; // the longest pause before a new try
        }
      }
      expect(misslyckade).toBe(NERE);
      expect(await db.utskick.count({ where: { skickad: null } })).toBe(0);
      for (const epost of adresser) {
        const egna = fatt.filter((x) => x.till === epost).map((x) => kommentarer.findIndex((k) => x.text.includes(k)));
        expect(egna.sort(), epost).toEqual([0, 1, 2]);
      }
      // The failures were real tries of the mails about these changes (to these and earlier
      // tests' subscribers), each retried until it went.
      const rader = await db.utskick.findMany({ where: { skapad: { gte: start } }, select: { forsok: true } });
      expect(rader.reduce((n, r) => n + r.forsok - 1, 0)).toBe(NERE);
    } finally {
      await a.$disconnect();
      await b.$disconnect();
    }
  });

  it("koaAndring queues a note for an område's subscribers", async () => {
    const epost = "omrade@exempel.se";
    await folj(epost, "omrade", insats.omrade);
    await skicka();
    const omrade = await db.forstarkningsomrade.findUniqueOrThrow({ where: { slug: insats.omrade } });
    await db.$transaction((tx) =>
      koaAndring(tx, { omradeId: omrade.id, rubrik: "Ny text om området", text: "Vi har skrivit om målen.", lank: "https://exempel.se/x" }),
    );
    await spridAndringar(db);
    const brev = (await skicka()).filter((b) => b.till === epost);
    expect(brev.map((b) => b.amne)).toEqual(["Ny text om området"]);
    expect(brev[0].text).toContain("Vi har skrivit om målen.");
  });
});

describe("ending a subscription", () => {
  it("deletes the row, and the address with its last subscription; one-click ends all", async () => {
    const epost = "slutar@exempel.se";
    const { prenumerantId } = await folj(epost, "insats", insats.slug);
    await folj(epost, "allt", "");
    const [en] = await db.bevakning.findMany({ where: { prenumerantId }, orderBy: { skapad: "asc" } });
    expect(await avslutaBevakning(db, prenumerantId, en.id)).toBe(true);
    expect(await db.bevakning.count({ where: { prenumerantId } })).toBe(1);
    expect(await avslutaAlla(db, prenumerantId)).toBe(true);
    expect(await db.prenumerant.count({ where: { epost } })).toBe(0);
    expect(await db.utskick.count({ where: { till: epost } })).toBe(0);
    expect(await avslutaAlla(db, prenumerantId)).toBe(false);
    const token = (await skicka()).length >= 0 && prenumerantAvToken("fel.token");
    expect(token).toBeNull();
  });
});

describe("the weekly digest", () => {
  const MANDAG = new Date("2026-11-30T08:00:00Z"); // 09:00 in Sweden

  it("gathers last week's changes of what the address follows, once with two runs at once", async () => {
    const epost = "vecka@exempel.se";
    const { prenumerantId } = await folj(epost, "skola", insats.skola, "VECKA");
    await folj(epost, "insats", insats.slug, "VECKA");
    await folj(
      "inget@exempel.se",
      "insats",
      (
        await db.insats.findFirstOrThrow({
          where: { id: { not: insats.id }, arkiverad: null, skolor: { none: {} }, forstarkningsomradeId: null },
        })
      ).slug,
      "VECKA",
    );
    await db.bevakning.updateMany({
      where: { prenumerant: { epost: { in: [epost, "inget@exempel.se"] } } },
      data: { bekraftad: new Date("2026-11-20T10:00:00Z") },
    });
    await skicka();
    for (const [dag, kommentar, status, progress] of [
      ["2026-11-24T09:00:00Z", "Första steget är klart.", "PAGAR", 40],
      ["2026-11-26T09:00:00Z", "Vi väntar på lokaler.", "PAUSAD", 45],
      ["2026-12-01T09:00:00Z", "Nästa vecka, inte med.", "PAGAR", 50],
    ] as const) {
      await db.insatsUppdatering.create({
        data: {
          insatsId: insats.id,
          tidpunkt: new Date(dag),
          forfattarNamn: "Test",
          franStatus: "PAGAR",
          franProgress: 30,
          tillStatus: status,
          tillProgress: progress,
          kommentar,
        },
      });
    }
    expect(await skickaVeckobrev(db, new Date("2026-11-30T04:00:00Z"))).toEqual({ skickad: false, orsak: "for-tidigt" });
    const [a, b] = await Promise.all([skickaVeckobrev(db, MANDAG), skickaVeckobrev(db, MANDAG)]);
    expect([a.skickad, b.skickad].sort()).toEqual([false, true]);
    expect(await skickaVeckobrev(db, new Date("2026-12-02T12:00:00Z"))).toEqual({ skickad: false, orsak: "redan-skickad" });
    const brev = (await skicka()).filter((x) => x.till === epost);
    expect(brev).toHaveLength(1);
    expect(brev[0].amne).toBe(
      "Veckans ändringar i det du bevakar (23 nov. 2026 – 29 nov. 2026)".replace(/\(.*\)/, brev[0].amne.match(/\(.*\)/)![0]),
    );
    const t = brev[0].text;
    expect(t).toContain(insats.titel);
    expect(t).toContain("Första steget är klart.");
    expect(t).toContain(
      `Insatsen ${insats.titel}\nNy status: Pausad (var pågår). 45 % klart (var 30 %). Uppdaterad 26 november 2026.\n”Vi väntar på lokaler.”\n`,
    );
    expect(t).toContain(`/insatser/${insats.slug}`);
    expect(t.indexOf("Första steget")).toBeLessThan(t.indexOf("Vi väntar"));
    expect(t).not.toContain("Nästa vecka, inte med.");
    // Followed twice (school and insats), each change is listed once.
    expect(t.split("Första steget är klart.").length).toBe(2);
    expect(t).toContain(`/bevaka/hantera/`);
    expect(prenumerantId).toBeTruthy();
    // Nothing changed in what the other address follows: no mail.
    expect((await skicka()).filter((x) => x.till === "inget@exempel.se")).toEqual([]);
    expect(await db.utskick.count({ where: { till: "inget@exempel.se", amne: { startsWith: "Veckans" } } })).toBe(0);
  });
});

describe("clean-up", () => {
  it("deletes a subscription left unconfirmed for 7 days, and its address, but keeps confirmed ones", async () => {
    await begar("glomsk@exempel.se", "allt", "");
    await folj("trogen@exempel.se", "allt", "");
    expect((await rensaBevakningar(db, new Date(Date.now() + 6 * 86_400_000))).obekraftade).toBe(0);
    const r = await rensaBevakningar(db, new Date(Date.now() + 8 * 86_400_000));
    expect(r.obekraftade).toBeGreaterThan(0);
    expect(await db.prenumerant.count({ where: { epost: "glomsk@exempel.se" } })).toBe(0);
    expect(await db.utskick.count({ where: { till: "glomsk@exempel.se" } })).toBe(0);
    expect(await db.prenumerant.count({ where: { epost: "trogen@exempel.se" } })).toBe(1);
    // Sent mails to subscribers go after 35 days; the subscription stays.
    expect(await db.utskick.count({ where: { till: "trogen@exempel.se", skickad: { not: null } } })).toBeGreaterThan(0);
    expect((await rensaBevakningar(db, new Date(Date.now() + 36 * 86_400_000))).mejl).toBeGreaterThan(0);
    expect(await db.utskick.count({ where: { till: "trogen@exempel.se" } })).toBe(0);
    expect(await db.bevakning.count({ where: { prenumerant: { epost: "trogen@exempel.se" } } })).toBe(1);
  });
});
