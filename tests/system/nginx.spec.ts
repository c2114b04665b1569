// The production topology from deploy/nginx.conf: Debian's nginx in front of two instances that
// share one PostgreSQL and one Redis. Public pages come from nginx's microcache and the app's
// page cache, staff changes still show within two seconds, nothing personal is ever shared, and
// when the database (and then every instance) is gone the public pages still answer.
import { createServer, type IncomingHttpHeaders } from "node:http";
import { expect, test, type Browser } from "@playwright/test";
import { parseConfig } from "../../lib/config";
import { loggaInSom } from "../support/logga-in";
import {
  actionFormular,
  appEnv,
  freePort,
  hamtaFormular,
  kontaktformularI,
  nginxBin,
  ownNginx,
  ownPostgres,
  ownRedis,
  prepareDatabase,
  query,
  redisServer,
  skicka,
  startApp,
  type AppServer,
  type OwnNginx,
  type OwnPostgres,
  type OwnRedis,
} from "./support";

test.describe.configure({ mode: "serial" });
test.skip(!process.env.CI && (!redisServer() || !nginxBin()), "redis-server eller nginx finns inte på den här maskinen");

let pgServer: OwnPostgres;
let redis: OwnRedis;
let a: AppServer;
let b: AppServer;
let nginx: OwnNginx;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  pgServer = await ownPostgres();
  await prepareDatabase(pgServer.url);
  redis = await ownRedis();
  const env = appEnv(pgServer.url, { REDIS_URL: redis.url, BAKGRUNDSJOBB: "av" });
  [a, b] = await Promise.all([startApp({ env }), startApp({ env })]);
  nginx = await ownNginx([a.url, b.url]);
});

test.afterAll(async () => {
  await nginx?.stop();
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
  await pgServer?.destroy();
});

test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus) {
    await info.attach("instans A", { body: a?.output() ?? "", contentType: "text/plain" });
    await info.attach("instans B", { body: b?.output() ?? "", contentType: "text/plain" });
  }
});

const SIDA = "/insatser/systematiskt-kvalitetsarbete";

test("a public page comes through nginx with shared-cache headers, from its cache, and answers 304 to its ETag", async () => {
  const forsta = await fetch(`${nginx.url}${SIDA}`);
  expect(forsta.status).toBe(200);
  expect(await forsta.text()).toContain("Systematiskt kvalitetsarbete");
  expect(forsta.headers.get("cache-control")).toMatch(/^s-maxage=1, stale-while-revalidate=\d+$/);
  const etag = forsta.headers.get("etag");
  expect(etag).toBeTruthy();

  const igen = await fetch(`${nginx.url}${SIDA}`);
  expect(["HIT", "UPDATING", "STALE", "REVALIDATED", "EXPIRED", "MISS"]).toContain(igen.headers.get("x-cache"));
  // Many requests at once: nginx answers most of them from its cache.
  const status = await Promise.all(Array.from({ length: 20 }, () => fetch(`${nginx.url}${SIDA}`).then((r) => r.headers.get("x-cache"))));
  expect(status.filter((s) => s === "HIT" || s === "UPDATING").length).toBeGreaterThan(0);

  // As a browser revalidates (fetch would otherwise add "no-cache", which forbids a 304).
  const villkor = (e: string) => ({ "if-none-match": e, "cache-control": "max-age=0" });
  for (const bas of [a.url, nginx.url]) {
    const villkorligt = await fetch(`${bas}${SIDA}`, { headers: villkor(etag!) });
    const nuvarande = villkorligt.status === 304 ? etag : villkorligt.headers.get("etag");
    const andra = await fetch(`${bas}${SIDA}`, { headers: villkor(nuvarande!) });
    expect(andra.status, `${bas} svarar 304 på sin ETag`).toBe(304);
  }
});

test("a staff change made through nginx shows on the public page through nginx within two seconds", async ({ page }) => {
  const text = `Skolan har börjat med kollegial handledning ${Date.now()}.`;
  await fetch(`${nginx.url}${SIDA}`); // cached in nginx and in the app
  await loggaInSom(page, "redaktor", nginx.url);
  await page.goto(`${nginx.url}/personal/insatser/systematiskt-kvalitetsarbete`);
  await page.getByLabel("Vad har hänt?").fill(text);
  await page.getByRole("button", { name: "Spara uppdatering" }).click();
  await expect(page.getByRole("status")).toContainText("Uppdateringen är sparad");
  await expect.poll(async () => (await fetch(`${nginx.url}${SIDA}`)).text(), { timeout: 2_000, intervals: [100] }).toContain(text);
});

async function inloggad(browser: Browser, roll: string, namn: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loggaInSom(page, roll, nginx.url);
  return { context, page, namn };
}

test("two signed-in people never see each other's page, and nothing they are sent is stored", async ({ browser }) => {
  const personer = [
    await inloggad(browser, "redaktor", "Rasmus Redaktör (demo)"),
    await inloggad(browser, "handlaggare", "Hanna Handläggare (demo)"),
  ];
  for (let varv = 0; varv < 3; varv++) {
    for (const [i, p] of personer.entries()) {
      const svar = await p.page.goto(`${nginx.url}/personal`);
      expect(svar!.headers()["cache-control"]).toBe("private, no-store");
      expect(svar!.headers()["x-cache"]).toBe("BYPASS");
      await expect(p.page.getByText(p.namn).first()).toBeVisible();
      await expect(p.page.getByText(personer[1 - i].namn)).toHaveCount(0);
      // A public page asked for with a session cookie is private too, and never stored.
      const publik = await p.page.goto(`${nginx.url}${SIDA}`);
      expect(publik!.headers()["cache-control"]).toBe("private, no-store");
      expect(publik!.headers()["x-cache"]).toBe("BYPASS");
    }
  }
  await Promise.all(personer.map((p) => p.context.close()));
});

test("two visitors loading /kontakt, directly and through nginx, get different keys", async () => {
  for (const bas of [a.url, nginx.url]) {
    const svar = await Promise.all([fetch(`${bas}/kontakt`), fetch(`${bas}/kontakt`)]);
    const nycklar = [];
    for (const s of svar) {
      expect(s.headers.get("cache-control")).toMatch(/private/);
      const form = actionFormular(await s.text()).find((f) => f.falt.includes("meddelande"))!;
      expect(form.dolda.idempotensnyckel).toMatch(/^[0-9a-f-]{36}$/);
      nycklar.push(form.dolda.idempotensnyckel);
    }
    expect(nycklar[0], `${bas}: två besökare, två nycklar`).not.toBe(nycklar[1]);
  }
});

/** p99 of `n` requests at once, each made by `hamta(i)`; every answer checked by `kontroll`. */
async function samtidigt(n: number, hamta: (i: number) => Promise<Response>, kontroll: (svar: Response) => void) {
  const tider = await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const start = performance.now();
      const svar = await hamta(i);
      kontroll(svar);
      await svar.text();
      return performance.now() - start;
    }),
  );
  tider.sort((x, y) => x - y);
  return tider[Math.ceil(tider.length * 0.99) - 1];
}

test("nothing waits on nginx's cache lock: 20 at once to /kontakt, to new searches, to one new search, and to one redirect", async () => {
  // Before, each of them waited for proxy_cache_lock_timeout (5 s) behind the first, whose
  // answer was never stored. The figure itself is the bench's business; this only tells a queue
  // behind the lock (seconds) from none.
  const nu = Date.now();
  const fall: [string, (i: number) => string, (svar: Response) => void][] = [
    ["/kontakt", () => "/kontakt", (svar) => expect(svar.headers.get("x-cache")).toBe("BYPASS")],
    ["20 sökningar ingen gjort förut", (i) => `/sok?q=aldrig-sokt-${nu}-${i}`, (svar) => expect(svar.headers.get("x-cache")).toBe("MISS")],
    [
      "en sökning ingen gjort förut",
      () => `/sok?q=aldrig-sokt-${nu}`,
      (svar) => expect(svar.headers.get("cache-control")).toMatch(/^s-maxage=/),
    ],
    ["en annan stavning av ett skolurval", () => "/skolor?stadsomrade=HISINGEN&arskurs=", (svar) => expect(svar.status).toBe(308)],
  ];
  for (const [namn, adress, kontroll] of fall) {
    const p99 = await samtidigt(
      20,
      (i) => fetch(`${nginx.url}${adress(i)}`, { redirect: "manual" }),
      (svar) => {
        expect(svar.status === 200 || svar.status === 308, namn).toBe(true);
        kontroll(svar);
      },
    );
    test.info().annotations.push({ type: "p99", description: `${namn}: ${Math.round(p99)} ms för 20 samtidiga genom nginx` });
    expect(p99, `${namn}: p99 i ms`).toBeLessThan(2_500);
  }
});

test.describe("search and the school filter through nginx", () => {
  const villkor = (e: string) => ({ "if-none-match": e, "cache-control": "max-age=0" });

  test("a search and a choice of filters are shared like pages: shared-cache headers, an ETag, the second request from nginx, and 304 to the ETag", async () => {
    for (const adress of ["/sok?q=likv%C3%A4rdig", "/skolor?stadsomrade=hisingen&arskurs=4"]) {
      const forsta = await fetch(`${nginx.url}${adress}`);
      expect(forsta.status, adress).toBe(200);
      expect(forsta.headers.get("cache-control"), adress).toMatch(/^s-maxage=1, stale-while-revalidate=\d+$/);
      const etag = forsta.headers.get("etag");
      expect(etag, adress).toBeTruthy();
      await forsta.text();
      const andra = await fetch(`${nginx.url}${adress}`);
      expect(andra.headers.get("x-cache"), adress).toBe("HIT");
      await andra.text();
      const villkorligt = await fetch(`${nginx.url}${adress}`, { headers: villkor(etag!) });
      const nuvarande = villkorligt.status === 304 ? etag : villkorligt.headers.get("etag");
      expect((await fetch(`${nginx.url}${adress}`, { headers: villkor(nuvarande!) })).status, `${adress} svarar 304 på sin ETag`).toBe(304);
    }
    expect(await (await fetch(`${nginx.url}/sok?q=likv%C3%A4rdig`)).text()).toContain("Ökad likvärdighet mellan skolor");
  });

  test("other spellings of a query are sent to its one address, and only that address is stored", async () => {
    const fall = [
      ["/sok?q=%20Likv%C3%A4rdig%20&x=1", "/sok?q=likv%C3%A4rdig"],
      ["/sok?q=LIKV%C3%84RDIG", "/sok?q=likv%C3%A4rdig"],
      ["/sok?x=1&q=likv%C3%A4rdig", "/sok?q=likv%C3%A4rdig"],
      ["/sok?q=likv%C3%A4rdig+++skola", "/sok?q=likv%C3%A4rdig+skola"],
      ["/sok?q=", "/sok"],
      ["/skolor?pilot=ja&stadsomrade=HISINGEN&arskurs=", "/skolor?stadsomrade=hisingen&pilot=ja"],
      ["/skolor?stadsomrade=mars&arskurs=4", "/skolor?arskurs=4"],
    ];
    for (const [fran, till] of fall) {
      for (let varv = 0; varv < 2; varv++) {
        const svar = await fetch(`${nginx.url}${fran}`, { redirect: "manual" });
        expect(svar.status, fran).toBe(308);
        expect(svar.headers.get("location"), fran).toBe(till);
        expect(svar.headers.get("cache-control"), fran).toMatch(/^private/);
        // Never stored: a flood of made-up spellings leaves nothing in nginx's cache.
        expect(svar.headers.get("x-cache"), fran).toBe("MISS");
      }
      await fetch(`${nginx.url}${till}`).then((r) => r.text());
      expect((await fetch(`${nginx.url}${till}`)).headers.get("x-cache"), till).toBe("HIT");
    }
    // Followed, as a browser does: the page of the one address.
    const foljd = await fetch(`${nginx.url}/sok?q=%20Likv%C3%A4rdig%20`);
    expect(foljd.url).toBe(`${nginx.url}/sok?q=likv%C3%A4rdig`);
    expect(await foljd.text()).toContain("träffar på ”likvärdig”");
  });

  test("a search longer than 200 characters gets a message in Swedish, and no stored copy", async () => {
    const adress = `/sok?q=${"skolg%C3%A5rd+".repeat(30)}slut`;
    for (let varv = 0; varv < 2; varv++) {
      const svar = await fetch(`${nginx.url}${adress}`);
      expect(svar.status).toBe(200);
      expect(svar.headers.get("cache-control")).toBe("private, no-store");
      expect(svar.headers.get("x-cache")).toBe("MISS");
      expect(await svar.text()).toContain("Sökningen får vara högst 200 tecken");
    }
  });

  test("a search shows what was published on the next request: an insats made by a redaktör", async ({ page }) => {
    const adress = `${nginx.url}/sok?q=zebralektioner`;
    expect(await (await fetch(adress)).text()).toContain("Inga träffar på ”zebralektioner”");
    expect((await fetch(adress)).headers.get("x-cache")).toBe("HIT");
    await loggaInSom(page, "redaktor", nginx.url);
    await page.goto(`${nginx.url}/personal/insatser/ny`);
    await page.getByLabel("Titel").fill("Zebralektioner i matematik");
    await page.getByLabel("Beskrivning").fill("Korta lektioner i par, varannan vecka.");
    await page.getByLabel("Ansvarig enhet").fill("Samordning och stöd");
    await page.getByRole("button", { name: "Skapa insatsen" }).click();
    await expect(page.getByRole("status")).toHaveText("Insatsen är skapad som planerad.");
    await expect
      .poll(async () => (await fetch(adress)).text(), { timeout: 2_000, intervals: [100] })
      .toContain("Zebralektioner i matematik");
  });
});

test("a contact form posted through nginx makes a case and shows its receipt", async () => {
  const formular = await hamtaFormular(nginx.url);
  const svar = await skicka(nginx.url, formular, { meddelande: "Fråga via nginx om skolskjuts till Bergsjöskolan." });
  expect(svar.kvitto).toBeTruthy();
  const kvitto = await fetch(`${nginx.url}${svar.kvitto}`);
  expect(kvitto.status).toBe(200);
  expect(kvitto.headers.get("cache-control")).toMatch(/private/);
  const html = await kvitto.text();
  expect(html).toMatch(/GF-\d{4}-\d{5}/);
  // The receipt carries the case's private key; nginx's log names neither it nor its page.
  const privat = new URL(svar.kvitto!, nginx.url).searchParams.get("nyckel")!;
  expect(privat).toMatch(/^[A-Za-z0-9_-]{32}$/);
  const arende = await fetch(`${nginx.url}/arende/${privat}`);
  expect(arende.status).toBe(200);
  await new Promise((r) => setTimeout(r, 200));
  const logg = nginx.accesslogg();
  expect(logg).toContain("/arende/[nyckel]");
  expect(logg).not.toContain(privat);
});

test("deploy/nginx.conf appends the address it saw and replaces the forwarded headers: what PROXY_ANTAL's default of one expects", async () => {
  expect(parseConfig({ DATABASE_URL: "postgresql://x@127.0.0.1/x" }).PROXY_ANTAL).toBe(1);
  // What the instances receive, seen by a server that answers with the headers it got.
  const fatt: IncomingHttpHeaders[] = [];
  const eko = createServer((req, res) => {
    if (req.url?.startsWith("/eko")) fatt.push(req.headers);
    res.end("ok");
  });
  const port = await freePort();
  await new Promise<void>((r) => eko.listen(port, "127.0.0.1", () => r()));
  const framfor = await ownNginx([`http://127.0.0.1:${port}`]);
  try {
    await fetch(`${framfor.url}/eko`, {
      headers: {
        "x-forwarded-for": "198.51.100.7, 198.51.100.8",
        "x-forwarded-host": "annan-webbplats.example",
        "x-forwarded-proto": "https",
        "x-forwarded-port": "8443",
      },
    });
    await fetch(`${framfor.url}/eko`);
    const [forfalskat, arligt] = fatt;
    // One entry added, the address nginx saw: the app takes the last one, so the client's own are ignored.
    expect(forfalskat["x-forwarded-for"]).toBe("198.51.100.7, 198.51.100.8, 127.0.0.1");
    expect(arligt["x-forwarded-for"]).toBe("127.0.0.1");
    for (const h of [forfalskat, arligt]) {
      expect(h["x-forwarded-host"]).toBe(new URL(framfor.url).host);
      expect(h["x-forwarded-proto"]).toBe("http");
      expect(h["x-forwarded-port"]).toBe(new URL(framfor.url).port);
    }
  } finally {
    await framfor.stop();
    await new Promise((r) => eko.close(r));
  }
});

test("through nginx, a forged X-Forwarded-For gets no fresh quota: the limit counts the address nginx saw", async () => {
  // An instance of its own (its own secret, so its own counts) that takes three posts per client.
  const c = await startApp({ env: appEnv(pgServer.url, { SYNPUNKT_GRANS: "3", BAKGRUNDSJOBB: "av" }) });
  const framfor = await ownNginx([c.url]);
  try {
    const viaNginx = [];
    for (const forfalskad of ["198.51.100.11", "198.51.100.12", "198.51.100.13", "198.51.100.14", "198.51.100.15"]) {
      viaNginx.push(await skicka(framfor.url, await hamtaFormular(framfor.url), { meddelande: `Via nginx som ${forfalskad}` }, forfalskad));
    }
    expect(viaNginx.map((s) => Boolean(s.kvitto))).toEqual([true, true, true, false, false]);
    expect(viaNginx[3].body).toContain("Du har skickat många meddelanden på kort tid");
    expect(viaNginx[3].body).toContain("Via nginx som 198.51.100.14");
    // The limit is the client's, not the instance's: another address (here straight to the
    // instance, as a second trusted proxy would say it) still has its quota.
    const annan = await skicka(c.url, await hamtaFormular(c.url), { meddelande: "Från en annan klient" }, "198.51.100.16");
    expect(annan.kvitto).toBeTruthy();
  } finally {
    await framfor.stop();
    await c.stop();
  }
});

test("through nginx, a forged X-Forwarded-Host changes no redirect, no address on a page, and lets no cross-site post through", async () => {
  const forfalskat = { "x-forwarded-host": "annan-webbplats.example", "x-forwarded-proto": "https", "x-forwarded-port": "8443" };
  const inteAnnan = (text: string | null, vad: string) => expect(text ?? "", vad).not.toMatch(/annan-webbplats|8443/);
  for (const sokvag of ["/personal", "/personal/synpunkter", "/skolor/"]) {
    const svar = await fetch(`${nginx.url}${sokvag}`, { headers: forfalskat, redirect: "manual" });
    expect(svar.status, sokvag).toBeGreaterThanOrEqual(300);
    expect(svar.status, sokvag).toBeLessThan(400);
    inteAnnan(svar.headers.get("location"), sokvag);
    await svar.text();
  }
  const kontakt = await fetch(`${nginx.url}/kontakt`, { headers: forfalskat });
  const html = await kontakt.text();
  inteAnnan(html, "/kontakt");

  // A post from our own page with the forged headers: its redirect and receipt name our addresses only.
  const formular = kontaktformularI(html);
  const body = new FormData();
  for (const [k, v] of Object.entries({
    ...formular.falt,
    typ: "FRAGA",
    meddelande: "Fråga med förfalskad värd.",
    skolaId: "",
    namn: "",
    epost: "",
    webbplats: "",
  }))
    body.append(k, v);
  const post = await fetch(`${nginx.url}/kontakt`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { ...forfalskat, origin: nginx.url },
  });
  expect(post.status).toBe(303);
  const plats = post.headers.get("location")!;
  inteAnnan(plats, "kvittots adress");
  inteAnnan(await (await fetch(new URL(plats, nginx.url), { headers: forfalskat })).text(), "kvittot");

  // From another site, claiming to be it: refused, nothing made.
  const andra = await hamtaFormular(nginx.url);
  const fore = (await query<{ n: number }>(pgServer.url, `SELECT count(*)::int AS n FROM "Synpunkt"`))[0].n;
  const tvars = new FormData();
  for (const [k, v] of Object.entries({
    ...andra.falt,
    typ: "FRAGA",
    meddelande: "Från en annan webbplats.",
    skolaId: "",
    namn: "",
    epost: "",
    webbplats: "",
  }))
    tvars.append(k, v);
  const svar = await fetch(`${nginx.url}/kontakt`, {
    method: "POST",
    body: tvars,
    redirect: "manual",
    headers: { ...forfalskat, origin: "https://annan-webbplats.example" },
  });
  expect(svar.status).not.toBe(303);
  await svar.text();
  expect((await query<{ n: number }>(pgServer.url, `SELECT count(*)::int AS n FROM "Synpunkt"`))[0].n).toBe(fore);
});

test("a view of a page nginx answers from its cache is counted, with JavaScript and without, and the counter is never cached", async ({
  browser,
}) => {
  // Headless Chromium calls itself HeadlessChrome, which the bot list leaves out.
  const userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
  const sokvag = "/skolor";
  const antal = async () =>
    (await query<{ n: number }>(pgServer.url, `SELECT coalesce(sum(antal), 0)::int AS n FROM "BesokSida" WHERE sokvag = $1`, [sokvag]))[0]
      .n;
  const fore = await antal();
  // Every view counts, the first (nginx may keep one copy per browser's Accept-Encoding) and those nginx answers itself.
  let visningar = 0;
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ userAgent, javaScriptEnabled });
    const page = await context.newPage();
    let cache = "";
    for (let i = 0; i < 10 && !/HIT|UPDATING|STALE/.test(cache); i++) {
      cache = (await page.goto(`${nginx.url}${sokvag}`))!.headers()["x-cache"] ?? "";
      visningar += 1;
    }
    expect(cache, javaScriptEnabled ? "med JavaScript" : "utan").toMatch(/HIT|UPDATING|STALE/);
    await expect.poll(antal, { timeout: 10_000 }).toBe(fore + visningar);
    await context.close();
  }
  // The beacon (a POST, never cached anyway) and the no-JS image (a GET nginx must never answer itself).
  const kanda = { "user-agent": userAgent, "sec-fetch-site": "same-origin" };
  const beacon = await fetch(`${nginx.url}/api/besok`, {
    method: "POST",
    headers: { ...kanda, "content-type": "application/x-www-form-urlencoded" },
    body: `s=${sokvag}`,
  });
  expect(beacon.status).toBe(204);
  for (let i = 0; i < 2; i++) {
    const bild = await fetch(`${nginx.url}/api/besok`, { headers: { ...kanda, referer: `${nginx.url}${sokvag}` } });
    expect(bild.status).toBe(204);
    expect(bild.headers.get("x-cache")).toBe("BYPASS");
  }
  await expect.poll(antal).toBe(fore + visningar + 3);
});

test("with PostgreSQL stopped, public pages still answer 200 through nginx and the form says what happened in Swedish", async () => {
  const sidor = ["/", "/jamlikt-goteborg", SIDA];
  for (const s of sidor) expect((await fetch(`${nginx.url}${s}`)).status).toBe(200);
  const formular = await hamtaFormular(nginx.url);
  await pgServer.stop("immediate");
  try {
    await new Promise((r) => setTimeout(r, 1_500)); // every cached copy is now past its second
    for (const s of sidor) {
      const svar = await fetch(`${nginx.url}${s}`);
      expect(svar.status, s).toBe(200);
      expect(await svar.text()).toContain("Grundskoleförvaltningen");
    }
    const text = "Hej! Fungerar formuläret när databasen är nere? /Åke";
    const svar = await skicka(nginx.url, formular, { meddelande: text });
    expect(svar.kvitto).toBeNull();
    expect(svar.body).toContain("Vi kunde inte ta emot ditt meddelande just nu");
    expect(svar.body).toContain("Fungerar formuläret när databasen är nere?");

    // Every instance gone as well: nginx answers from what it has.
    await Promise.all([a.stop(), b.stop()]);
    await new Promise((r) => setTimeout(r, 1_500));
    for (const s of sidor) {
      const svar = await fetch(`${nginx.url}${s}`);
      expect(svar.status, s).toBe(200);
      expect(await svar.text()).toContain("Grundskoleförvaltningen");
      // From nginx's own cache, whatever state it counts the copy in: no instance is there to ask.
      expect(svar.headers.get("x-cache"), s).toMatch(/^(HIT|STALE|UPDATING)$/);
    }
  } finally {
    await pgServer.start();
  }
});
