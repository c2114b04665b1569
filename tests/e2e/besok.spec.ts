// The usage figures (README "Besöksstatistik"): a view of a page served from the page cache is
// counted with JavaScript (the beacon) and without (the image), the endpoint honours Do Not Track
// and Global Privacy Control, leaves bots and other sites' requests out and writes no made-up path,
// and editors see the figures, also as CSV.
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { axe } from "../support/axe";
import { loggaInSom } from "../support/logga-in";
import { sql } from "./db";

// Headless Chromium says "HeadlessChrome", which the bot list leaves out (as it does every other test's views).
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

async function visningar(sokvag: string): Promise<number> {
  const [r] = await sql<{ n: number }>(`SELECT coalesce(sum(antal), 0)::int AS n FROM "BesokSida" WHERE sokvag = $1`, [sokvag]);
  return r.n;
}
async function sokningar(fraga: string): Promise<{ antal: number; utan: number }> {
  const [r] = await sql<{ antal: number; utan: number }>(
    `SELECT coalesce(sum(antal), 0)::int AS antal, coalesce(sum("utanTraffar"), 0)::int AS utan FROM "BesokSokning" WHERE fraga = $1`,
    [fraga],
  );
  return r;
}

/** A page in the page cache: asked for until Next answers it from there. */
async function iSidcachen(request: APIRequestContext, sokvag: string) {
  await expect
    .poll(async () => (await request.get(sokvag, { headers: { "user-agent": CHROME } })).headers()["x-nextjs-cache"], { timeout: 15_000 })
    .toMatch(/HIT|STALE/);
}

async function besokare(browser: Browser, baseURL: string | undefined, javaScriptEnabled: boolean) {
  return browser.newContext({ baseURL, javaScriptEnabled, userAgent: CHROME });
}

test("the endpoint counts a view, and nothing under DNT or GPC, from a bot, another site or for a page that does not exist", async ({
  request,
  baseURL,
}) => {
  const SIDA = "/sa-gar-det";
  const skicka = (kropp: string, extra: Record<string, string> = {}) =>
    request.post("/api/besok", {
      data: kropp,
      headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": CHROME, "sec-fetch-site": "same-origin", ...extra },
    });
  const fore = await visningar(SIDA);
  const svar = await skicka(`s=${encodeURIComponent(SIDA)}`);
  expect(svar.status()).toBe(204);
  expect(svar.headers()["cache-control"]).toBe("no-store");
  await expect.poll(() => visningar(SIDA)).toBe(fore + 1);

  expect((await skicka(`s=${SIDA}`, { dnt: "1" })).status()).toBe(204);
  expect((await skicka(`s=${SIDA}`, { "sec-gpc": "1" })).status()).toBe(204);
  expect(
    (await skicka(`s=${SIDA}`, { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" })).status(),
  ).toBe(204);
  expect((await skicka(`s=${SIDA}`, { "sec-fetch-site": "cross-site" })).status()).toBe(403);
  for (const okand of ["/finns-inte-" + Date.now(), "/arende/hemlignyckel", "/personal", "x".repeat(400)])
    expect((await skicka(`s=${encodeURIComponent(okand)}`)).status(), okand).toBeGreaterThanOrEqual(400);
  expect(await visningar(SIDA)).toBe(fore + 1);
  expect(await sql(`SELECT 1 FROM "BesokSida" WHERE sokvag LIKE '/finns-inte-%' OR sokvag LIKE '/arende/%'`)).toEqual([]);

  // The script every public page loads: from this site (the CSP's 'self'), kept an hour by browsers and nginx.
  const skript = await request.get("/besok.js");
  expect(skript.headers()["cache-control"]).toBe("public, max-age=3600");
  expect(skript.headers()["content-type"]).toContain("javascript");

  // The no-JS image: its page is the Referer.
  const bild = await request.get("/api/besok", {
    headers: { "user-agent": CHROME, "sec-fetch-site": "same-origin", referer: `${baseURL}${SIDA}` },
  });
  expect(bild.status()).toBe(204);
  expect(await visningar(SIDA)).toBe(fore + 2);
});

test("a view of a page from the page cache is counted, with JavaScript (also a change of page inside the app) and without; so is a search that found nothing", async ({
  browser,
  baseURL,
  request,
}) => {
  const SIDA = "/oppna-data";
  await iSidcachen(request, SIDA);
  const fore = await visningar(SIDA);
  const [google] = await sql<{ n: number }>(`SELECT coalesce(sum(antal), 0)::int AS n FROM "BesokKalla" WHERE doman = 'google.com'`);

  const medJs = await besokare(browser, baseURL, true);
  const sida = await medJs.newPage();
  const svar = await sida.goto(SIDA, { referer: "https://www.google.com/" });
  expect(svar!.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  await expect.poll(() => visningar(SIDA)).toBe(fore + 1);
  await expect
    .poll(
      async () => (await sql<{ n: number }>(`SELECT coalesce(sum(antal), 0)::int AS n FROM "BesokKalla" WHERE doman = 'google.com'`))[0].n,
    )
    .toBe(google.n + 1);

  // A page change inside the app (a Next.js link), and back again, counts too.
  const PROGRAM = "/framtidsrustad-skola";
  const foreProgram = await visningar(PROGRAM);
  await sida.getByRole("banner").getByRole("link", { name: "Framtidsrustad skola" }).click();
  await expect(sida).toHaveURL(new RegExp(`${PROGRAM}$`));
  await expect.poll(() => visningar(PROGRAM)).toBe(foreProgram + 1);
  await sida.goBack();
  await expect.poll(() => visningar(SIDA)).toBe(fore + 2);

  const utanJs = await besokare(browser, baseURL, false);
  const sida2 = await utanJs.newPage();
  expect((await sida2.goto(SIDA))!.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  await expect.poll(() => visningar(SIDA)).toBe(fore + 3);

  // A search with no hits, once with each: the query and its hits come with the page.
  // Letters only: six digits in a row would be kept as "[siffror]".
  const fraga = `qxzvw${[...String(Date.now())].map((d) => "abcdefghij"[Number(d)]).join("")}`;
  await sida.goto(`/sok?q=${fraga}`);
  await expect(sida.getByRole("heading", { name: `Inga träffar på ”${fraga}”` })).toBeVisible();
  await expect.poll(() => sokningar(fraga)).toEqual({ antal: 1, utan: 1 });
  await sida2.goto(`/sok?q=${fraga}`);
  await expect.poll(() => sokningar(fraga)).toEqual({ antal: 2, utan: 2 });
  await medJs.close();
  await utanJs.close();
});

test("editors see the figures with a chart and tables, per period and as CSV; a handläggare does not", async ({
  page,
  browser,
  baseURL,
}) => {
  await loggaInSom(page, "redaktor");
  await page.goto("/personal");
  await page.getByRole("navigation", { name: "Personalmeny" }).getByRole("link", { name: "Besöksstatistik" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Besöksstatistik");
  await expect(page.getByRole("heading", { name: "Sidvisningar per dag" })).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // A longer period is drawn per month.
  await page.goto("/personal/besok?fran=2026-01-01&till=2026-12-31");
  await expect(page.getByRole("heading", { name: "Sidvisningar per månad" })).toBeVisible();
  await page.goto("/personal/besok?fran=2026-13-01&till=");
  await expect(page.getByText("Skriv från-datumet som ÅÅÅÅ-MM-DD").first()).toBeVisible();

  const csv = await page.request.get("/personal/besok/tabell.csv?tabell=sidor");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toMatch(/^\uFEFF"sida";"sidvisningar"\r\n/);
  expect((await page.request.get("/personal/besok/tabell.csv?tabell=annat")).status()).toBe(404);

  const handlaggare = await browser.newContext({ baseURL });
  const h = await handlaggare.newPage();
  await loggaInSom(h, "handlaggare");
  await h.goto("/personal/besok");
  await expect(h).toHaveURL(/ingen-behorighet/);
  expect((await h.request.get("/personal/besok/tabell.csv?tabell=sidor")).status()).toBe(403);
  await handlaggare.close();
});
