// Faults: PostgreSQL restarted under load and Redis going away. Each test starts its own
// PostgreSQL cluster (initdb in a temporary folder) or Redis, so the machine's are never touched.
// (SMTP down is tested in tests/integration/synpunkter.test.ts against a real SMTP server.)
import { expect, test } from "@playwright/test";
import { createClient as createRedisClient } from "redis";
import {
  appEnv,
  hamtaFormular,
  ownPostgres,
  ownRedis,
  postgresBin,
  prepareDatabase,
  query,
  redisServer,
  skicka,
  startApp,
  type AppServer,
  type Inskick,
  type OwnPostgres,
  type OwnRedis,
} from "./support";

test.describe.configure({ mode: "serial" });

const DB_FEL = "Vi kunde inte ta emot ditt meddelande just nu";

test.describe("PostgreSQL restarted while the form is under load", () => {
  test.skip(!process.env.CI && !postgresBin(), "PostgreSQL (initdb) finns inte på den här maskinen");
  let db: OwnPostgres;
  let app: AppServer;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    db = await ownPostgres();
    await prepareDatabase(db.url);
    app = await startApp({ env: appEnv(db.url, { SYNPUNKT_GRANS: "100000", BAKGRUNDSJOBB: "av" }) });
  });
  test.afterAll(async () => {
    await app?.stop();
    await db?.destroy();
  });

  test("every receipt is in the database, every other sender got the Swedish error page with their text, and the app recovers by itself", async () => {
    const utfall: { text: string; svar: Inskick | Error }[] = [];
    let pagar = true;
    let n = 0;
    const avsandare = Array.from({ length: 8 }, async (_, i) => {
      while (pagar) {
        const text = `Lasttest ${i}-${n++}: när börjar höstterminen på Backaskolan?`;
        try {
          // A form load per post, as each sender's browser has (the page shows without the database).
          utfall.push({ text, svar: await skicka(app.url, await hamtaFormular(app.url), { meddelande: text }, `192.0.2.${i + 1}`) });
        } catch (error) {
          utfall.push({ text, svar: error as Error });
        }
      }
    });
    await new Promise((r) => setTimeout(r, 2_000));
    const fore = utfall.length;
    await db.restart();
    await new Promise((r) => setTimeout(r, 3_000));
    pagar = false;
    await Promise.all(avsandare);

    const kvitton = utfall.filter((u) => !(u.svar instanceof Error) && u.svar.kvitto);
    const felsidor = utfall.filter((u) => !(u.svar instanceof Error) && !u.svar.kvitto);
    const avbrutna = utfall.filter((u) => u.svar instanceof Error);
    test.info().annotations.push({
      type: "utfall",
      description: `${utfall.length} inskick (${fore} före omstarten): ${kvitton.length} kvitton, ${felsidor.length} felsidor, ${avbrutna.length} avbrutna`,
    });
    expect(kvitton.length).toBeGreaterThan(fore / 2);
    // No connection was dropped or left hanging by the app.
    expect(avbrutna).toEqual([]);
    // Whoever got no receipt got the Swedish error page, with their own text on it to copy.
    for (const u of felsidor) {
      const svar = u.svar as Inskick;
      expect(svar.status, svar.body.slice(0, 300)).toBe(200);
      expect(svar.body).toContain(DB_FEL);
      expect(svar.body).toContain(u.text);
    }
    // Every receipt's case is in the database, once.
    // The receipt is /kontakt/tack/<form key>?nyckel=<the private page's key>.
    const nycklar = kvitton.map((u) => new URL((u.svar as Inskick).kvitto!, app.url).pathname.split("/").at(-1)!);
    const sparade = await query<{ idempotensnyckel: string; meddelande: string }>(
      db.url,
      `SELECT idempotensnyckel, meddelande FROM "Synpunkt" WHERE meddelande LIKE 'Lasttest %'`,
    );
    const sparadeNycklar = new Set(sparade.map((s) => s.idempotensnyckel));
    expect(nycklar.filter((k) => !sparadeNycklar.has(k))).toEqual([]);
    expect(new Set(sparade.map((s) => s.meddelande)).size).toBe(sparade.length);

    // Recovered without a restart of the app: the next sender gets a receipt at once.
    const efter = await skicka(
      app.url,
      await hamtaFormular(app.url),
      { meddelande: "Efter omstarten: fungerar formuläret?" },
      "192.0.2.99",
    );
    expect(efter.kvitto).toBeTruthy();
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  });

  test("with the database down, the sender gets the Swedish error page with the text kept, and nothing is half-written", async () => {
    const formular = await hamtaFormular(app.url);
    const antal = async () => Number((await query<{ n: string }>(db.url, `SELECT count(*) AS n FROM "Synpunkt"`))[0].n);
    const fore = await antal();
    await db.stop();
    try {
      const text = "Mitt barn behöver <b>särskilt stöd</b> & jag vill veta vem jag ska kontakta.";
      const svar = await skicka(app.url, formular, { meddelande: text, namn: "Åsa Öberg", epost: "asa@exempel.se" });
      expect(svar.status).toBe(200);
      expect(svar.body).toContain(DB_FEL);
      // The text comes back escaped, as text: never as markup.
      expect(svar.body).toContain("Mitt barn behöver &lt;b&gt;särskilt stöd&lt;/b&gt; &amp; jag vill veta vem jag ska kontakta.");
      expect(svar.body).toContain("Åsa Öberg");
      expect(svar.body).not.toMatch(/\bat .+:\d+:\d+\)|node_modules|ECONNREFUSED/);
      expect((await fetch(`${app.url}/api/health`)).status).toBe(503);
    } finally {
      await db.start();
    }
    expect(await antal()).toBe(fore);
  });
});

test.describe("Redis down", () => {
  test.skip(!process.env.CI && (!redisServer() || !postgresBin()), "redis-server eller PostgreSQL finns inte på den här maskinen");
  let db: OwnPostgres;
  let redis: OwnRedis;
  let app: AppServer;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    db = await ownPostgres();
    await prepareDatabase(db.url);
    redis = await ownRedis();
    app = await startApp({ env: appEnv(db.url, { REDIS_URL: redis.url, BAKGRUNDSJOBB: "av", SYNPUNKT_GRANS: "1000" }) });
  });
  test.afterAll(async () => {
    await app?.stop();
    await redis?.stop();
    await db?.destroy();
  });

  const nycklar = async () => {
    const r = createRedisClient({ url: redis.url });
    await r.connect();
    try {
      return (await r.keys("grundskoleportalen:*")).length;
    } finally {
      await r.quit();
    }
  };

  test("pages are served from PostgreSQL, the form loses nothing, and the cache is used again when Redis is back", async () => {
    const sidor = ["/", "/forstarkningsomraden", "/skolor", "/insatser/systematiskt-kvalitetsarbete"];
    for (const s of sidor) expect((await fetch(app.url + s)).status).toBe(200);
    expect(await nycklar()).toBeGreaterThan(0);
    const formular = await hamtaFormular(app.url);

    await redis.stop();
    // Read straight from the database now: a change shows at once.
    await query(db.url, `UPDATE "Insats" SET titel = titel || ' (utan cache)' WHERE slug = 'systematiskt-kvalitetsarbete'`);
    for (const s of sidor) {
      const start = Date.now();
      const res = await fetch(app.url + s);
      expect(res.status, s).toBe(200);
      expect(Date.now() - start, `${s} väntade på Redis`).toBeLessThan(5_000);
    }
    expect(await (await fetch(`${app.url}/insatser/systematiskt-kvalitetsarbete`)).text()).toContain("(utan cache)");
    const svar = await skicka(app.url, formular, { meddelande: "Skickat medan cachen låg nere." });
    expect(svar.kvitto).toBeTruthy();
    const [sparad] = await query(db.url, `SELECT 1 FROM "Synpunkt" WHERE idempotensnyckel = $1`, [
      new URL(svar.kvitto!, app.url).pathname.split("/").at(-1),
    ]);
    expect(sparad).toBeTruthy();

    await redis.start();
    // The client reconnects by itself; pages fill the shared cache again.
    await expect
      .poll(
        async () => {
          for (const s of sidor) await fetch(app.url + s);
          return nycklar();
        },
        { timeout: 20_000, intervals: [500] },
      )
      .toBeGreaterThan(0);
    for (const s of sidor) expect((await fetch(app.url + s)).status).toBe(200);
  });
});
