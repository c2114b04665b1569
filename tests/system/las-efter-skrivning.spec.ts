// Read-your-writes: the first public request after a staff save shows the change, even when a
// render of the same page was under way during the save. The test holds such a render open on
// purpose: the school page reads the school first and its insatser second, and a lock on the
// insatser keeps the render waiting between the two reads while the save commits and expires
// the cache tag. Stored after the expiry, that render's copy would look newer than the save.
// A Redis of its own gives the instance an empty page cache (the build folder's on-disk cache
// holds pages other tests rendered).
import { expect, test } from "@playwright/test";
import pg from "pg";
import { loggaInSom } from "../support/logga-in";
import type { TestDatabase } from "../support/databases";
import { instanser, query, redisServer, type AppServer, type Instanser } from "./support";

test.describe.configure({ mode: "serial" });

test.describe("read-your-writes through the page cache", () => {
  test.skip(!process.env.CI && !redisServer(), "redis-server finns inte på den här maskinen");
  let miljo: Instanser;
  let database: TestDatabase;
  let app: AppServer;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    miljo = await instanser("las", 1, { BAKGRUNDSJOBB: "av" });
    ({
      database,
      appar: [app],
    } = miljo);
  });
  test.afterAll(async () => {
    await miljo?.stop();
  });

  test("a render that began before a save is not kept: the first request after the save shows the change", async ({ page }) => {
    const [skola] = await query<{ slug: string; namn: string }>(
      database.url,
      `SELECT s.slug, s.namn FROM "Skola" s WHERE s."framtidsrustadPilot" ORDER BY s.namn LIMIT 1`,
    );
    const sokvag = `${app.url}/skolor/${skola.slug}`;
    await loggaInSom(page, "redaktor", app.url);
    await page.goto(`${app.url}/personal/pilotskolor`);
    const rad = page.locator("main li").filter({ has: page.getByRole("heading", { level: 2, name: skola.namn }) });
    await expect(rad.getByLabel("Kompetensutveckling")).not.toHaveValue("KLAR");

    const las = new pg.Client({ connectionString: database.url });
    await las.connect();
    await las.query("BEGIN");
    await las.query(`LOCK TABLE "Insats" IN ACCESS EXCLUSIVE MODE`);
    let pagaende: Promise<string>;
    try {
      // A visitor's request, whose render has read the school and now waits for its insatser.
      pagaende = fetch(sokvag).then((r) => r.text());
      await expect
        .poll(
          async () =>
            (
              await query<{ n: number }>(
                database.url,
                `SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = '"Insats"'::regclass`,
              )
            )[0].n,
          {
            timeout: 15_000,
          },
        )
        .toBeGreaterThan(0);

      await rad.getByLabel("Kompetensutveckling").selectOption("KLAR");
      await rad.getByRole("button", { name: `Spara läget för ${skola.namn}` }).click();
      await expect(page.getByRole("status")).toHaveText("Pilotskolans läge är sparat.");
    } finally {
      await las.query("ROLLBACK");
      await las.end();
    }
    // The held render finishes with what it read before the save: right for its own visitor.
    expect(await pagaende!).toContain(skola.namn);

    const efter = await (await fetch(sokvag)).text();
    const steg = efter.match(/Kompetensutveckling(?:<!-- -->)?: <strong>([^<]*)<\/strong>/)?.[1];
    expect(steg, "Kompetensutveckling på den publika sidan").toBe("Klar");
  });
});
