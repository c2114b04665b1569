// One publish makes again only what shows the changed item (lib/taggar.ts). Several public pages
// are kept in the page cache; a content page that is not in the menu is published; then each page
// is asked for once. A page whose cache entry the publish expired is rendered for that request
// (x-nextjs-cache: MISS); every other page is answered from the cache (HIT, or STALE while the
// layout's one-second revalidation runs in the background, which it does with or without a
// publish). With one tag for all content (the old `innehall`) every page here was a MISS.
// A Redis of its own gives the instance an empty page cache.
import { expect, test, type Page } from "@playwright/test";
import type { TestDatabase } from "../support/databases";
import { loggaInSom } from "../support/logga-in";
import { instanser, query, redisServer, type AppServer, type Instanser } from "./support";

test.describe.configure({ mode: "serial" });

const SIDA = "styr-och-stodkedjan";
const FORALDER = "om-forvaltningen";

test.describe("one publish expires what it changed", () => {
  test.skip(!process.env.CI && !redisServer(), "redis-server finns inte på den här maskinen");
  let miljo: Instanser;
  let database: TestDatabase;
  let app: AppServer;
  let sidor: string[];

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    miljo = await instanser("en-publicering", 1, { BAKGRUNDSJOBB: "av" });
    ({
      database,
      appar: [app],
    } = miljo);
    const [skola] = await query<{ slug: string }>(database.url, `SELECT slug FROM "Skola" ORDER BY namn LIMIT 1`);
    const [omrade] = await query<{ slug: string }>(database.url, `SELECT slug FROM "Forstarkningsomrade" ORDER BY nummer LIMIT 1`);
    sidor = [
      "/",
      `/${SIDA}`,
      `/${FORALDER}`,
      `/${FORALDER}/en`,
      `/${FORALDER}/lattlast`,
      "/arbeta-hos-oss",
      "/tillganglighet",
      "/jamlikt-goteborg",
      "/framtidsrustad-skola",
      "/forstarkningsomraden",
      `/forstarkningsomraden/${omrade.slug}`,
      "/insatser/systematiskt-kvalitetsarbete",
      `/skolor/${skola.slug}`,
      "/sa-gar-det",
    ];
  });
  test.afterAll(async () => {
    await miljo?.stop();
  });
  test.afterEach(async ({}, info) => {
    if (info.status !== info.expectedStatus) await info.attach("instansen", { body: app.output(), contentType: "text/plain" });
  });

  const cache = async (sokvag: string) => {
    const svar = await fetch(`${app.url}${sokvag}`);
    await svar.arrayBuffer();
    expect(svar.status, sokvag).toBe(200);
    return svar.headers.get("x-nextjs-cache") ?? "";
  };

  /** Every page kept in the page cache: asked for until it is answered from there. */
  async function varma() {
    for (const s of sidor) await expect.poll(() => cache(s), { message: s, timeout: 20_000 }).toMatch(/HIT|STALE/);
  }

  /** The pages that had to be rendered for their next request after a publish. */
  async function gjordaOm(): Promise<string[]> {
    const svar = await Promise.all(sidor.map(async (s) => [s, await cache(s)] as const));
    return svar.filter(([, c]) => c === "MISS").map(([s]) => s);
  }

  async function publicera(page: Page, falt: { rubrik?: string; foralder?: string; brodtext?: string }) {
    await page.goto(`${app.url}/personal/innehall/sida/${SIDA}`);
    if (falt.rubrik) await page.getByLabel("Rubrik").fill(falt.rubrik);
    if (falt.foralder !== undefined) await page.getByLabel("Ligger under sidan (adress)").fill(falt.foralder);
    if (falt.brodtext) await page.getByLabel("Brödtext").fill(falt.brodtext);
    await page.getByRole("button", { name: "Publicera", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("Ändringarna är publicerade.");
  }

  test("a new title re-renders the page and its parent, which lists it; a new text only the page", async ({ page }) => {
    test.setTimeout(180_000);
    await loggaInSom(page, "redaktor", app.url);
    // The page goes under another before anything is cached, so that a page lists it.
    await publicera(page, { foralder: FORALDER });
    const [{ iNavigering }] = await query<{ iNavigering: boolean }>(database.url, `SELECT "iNavigering" FROM "Sida" WHERE slug = $1`, [
      SIDA,
    ]);
    expect(iNavigering).toBe(false);

    await varma();
    await publicera(page, { rubrik: "Styr- och stödkedjan i förvaltningen" });
    const efterRubrik = await gjordaOm();
    test.info().annotations.push({ type: "gjordes om efter en ny rubrik", description: efterRubrik.join(" ") });
    expect(efterRubrik.sort()).toEqual([`/${FORALDER}`, `/${SIDA}`]);
    expect(await (await fetch(`${app.url}/${FORALDER}`)).text()).toContain("Styr- och stödkedjan i förvaltningen");

    await varma();
    await publicera(page, { brodtext: "Styr- och stödkedjan går från förvaltningsdirektören till arbetslagen." });
    const efterText = await gjordaOm();
    test.info().annotations.push({ type: "gjordes om efter en ny text", description: efterText.join(" ") });
    expect(efterText).toEqual([`/${SIDA}`]);
    expect(await (await fetch(`${app.url}/${SIDA}`)).text()).toContain("går från förvaltningsdirektören till arbetslagen.");
  });
});
