// Two instances of the portal behind one PostgreSQL and one Redis, as behind a load balancer:
// a change made through instance A shows on instance B's cached public page within two seconds,
// a session from A is valid on B, and the form's rate limit counts across both.
import { expect, test } from "@playwright/test";
import { createClient as createRedisClient } from "redis";
import type { TestDatabase } from "../support/databases";
import { loggaInSom } from "../support/logga-in";
import { hamtaFormular, query, redisServer, skicka, tvaInstanser, type AppServer, type OwnRedis, type TvaInstanser } from "./support";

test.describe.configure({ mode: "serial" });
test.skip(!process.env.CI && !redisServer(), "redis-server finns inte på den här maskinen");

let instanser: TvaInstanser;
let database: TestDatabase;
let redis: OwnRedis;
let a: AppServer;
let b: AppServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  instanser = await tvaInstanser("instanser", { SYNPUNKT_GRANS: "4" });
  ({ database, redis, a, b } = instanser);
});

test.afterAll(async () => {
  await instanser?.stop();
});

const insatsStatus = async (slug: string) =>
  (await query<{ status: string }>(database.url, `SELECT status FROM "Insats" WHERE slug = $1`, [slug]))[0]?.status;

test("a status change made through instance A shows on instance B's cached page within two seconds", async ({ page }) => {
  const slug = "systematiskt-kvalitetsarbete";
  const sida = `${b.url}/insatser/${slug}`;
  const fore = await (await fetch(sida)).text();
  expect(fore).not.toContain("Nämnden har pausat insatsen i väntan på ny budget.");
  // The whole page is kept: the next request is answered from the page cache, not rendered.
  expect((await fetch(sida)).headers.get("x-nextjs-cache")).toMatch(/HIT|STALE/);
  // A's first request, past the page's one-second revalidate, is answered from the copy B made.
  await new Promise((r) => setTimeout(r, 2_000));
  expect((await fetch(`${a.url}/insatser/${slug}`)).headers.get("x-nextjs-cache")).toMatch(/HIT|STALE/);

  // B's page and its data are now in the shared cache, in Redis, not only in B's memory.
  const r = createRedisClient({ url: redis.url });
  await r.connect();
  const nycklar = await r.keys("grundskoleportalen:*");
  await r.quit();
  expect(nycklar.length).toBeGreaterThan(0);

  // A change written straight to the database (bypassing the app) does not show on B: B serves
  // its cached copy. This is what makes the next step a test of the shared expiry.
  await query(database.url, `UPDATE "Insats" SET titel = titel || ' (ändrad i databasen)' WHERE slug = $1`, [slug]);
  expect(await (await fetch(sida)).text()).not.toContain("(ändrad i databasen)");

  // A redaktör signs in on A and records a status change there.
  await loggaInSom(page, "redaktor", a.url);
  await page.goto(`${a.url}/personal/insatser/${slug}`);
  await page.getByLabel("Status", { exact: true }).selectOption("PAUSAD");
  await page.getByLabel("Vad har hänt?").fill("Nämnden har pausat insatsen i väntan på ny budget.");
  await page.getByRole("button", { name: "Spara uppdatering" }).click();
  await expect(page.getByRole("status")).toContainText("Uppdateringen är sparad");
  expect(await insatsStatus(slug)).toBe("PAUSAD");

  // B shows it within two seconds, without a restart and without waiting for the cache's lifetime.
  await expect
    .poll(async () => (await fetch(sida)).text(), { timeout: 2_000, intervals: [100] })
    .toContain("Nämnden har pausat insatsen i väntan på ny budget.");
  expect(await (await fetch(sida)).text()).toContain("(ändrad i databasen)");
});

test("a session signed in on A is valid on B: the instances keep no sessions of their own", async ({ page }) => {
  // Cookies are per host, not per port: the browser sends A's session cookie to B as well.
  await loggaInSom(page, "handlaggare", a.url);
  await page.goto(`${b.url}/personal/synpunkter`);
  await expect(page).toHaveURL(/\/personal\/synpunkter$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the contact form's rate limit counts submissions to both instances together", async () => {
  const klient = "198.51.100.77";
  const utfall = [];
  // SYNPUNKT_GRANS is 4: two accepted on each instance, then the fifth is refused wherever it goes.
  for (const url of [a.url, b.url, a.url, b.url, a.url, b.url]) {
    utfall.push(await skicka(url, await hamtaFormular(url), { meddelande: "Fråga om skolskjuts till Hjällboskolan." }, klient));
  }
  expect(utfall.map((u) => Boolean(u.kvitto))).toEqual([true, true, true, true, false, false]);
  expect(utfall[4].body).toContain("Du har skickat många meddelanden på kort tid");
  expect(utfall[4].body).toContain("Fråga om skolskjuts till Hjällboskolan.");
});
