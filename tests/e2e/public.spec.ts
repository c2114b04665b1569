import { expect, test } from "@playwright/test";
import { axe } from "../support/axe";
import { crawl } from "./crawl";

const required = [
  "/",
  "/forstarkningsomraden",
  "/forstarkningsomraden/okad-kvalitet-i-undervisningen",
  "/forstarkningsomraden/tydligare-ansvar-styrning-och-ledning",
  "/forstarkningsomraden/okad-likvardighet-mellan-skolor",
  "/jamlikt-goteborg",
  "/framtidsrustad-skola",
  "/om-forvaltningen",
  "/styr-och-stodkedjan",
  "/arbeta-hos-oss",
  "/skolor",
  "/kontakt",
  "/tillganglighet",
  "/personuppgifter",
  "/sok",
  "/oppna-data",
  "/sa-gar-det",
];

test.describe("the public site", () => {
  test("the start page shows the förvaltning and its key figures from the database", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Grundskoleförvaltningen/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grundskoleförvaltningen i Göteborg");
    await expect(page.getByText("48 900")).toBeVisible();
    await expect(page.getByRole("link", { name: "Ökad likvärdighet mellan skolor" }).first()).toBeVisible();
    expect(await page.locator("html").getAttribute("lang")).toBe("sv");
  });

  test("every page is reachable from the start page by following links", async ({ request }) => {
    const pages = await crawl(request);
    for (const path of required) expect(pages, path).toContain(path);
    expect(pages.some((p) => p.startsWith("/insatser/"))).toBe(true);
    expect(pages.some((p) => p.startsWith("/skolor/"))).toBe(true);
  });

  for (const part of [0, 1]) {
    test(`axe finds no WCAG 2.2 AA violation on any page (part ${part + 1} of 2)`, async ({ page, request }) => {
      test.setTimeout(240_000);
      const pages = (await crawl(request)).filter((_, i) => i % 2 === part);
      for (const path of pages) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
        expect((await axe(page)).map((v) => `${path}: ${v}`)).toEqual([]);
      }
    });
  }

  test("a keyboard user can skip straight to the main content", async ({ page }) => {
    await page.goto("/forstarkningsomraden");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Till huvudinnehållet" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });

  test("the school filter can be used with the keyboard alone", async ({ page }) => {
    await page.goto("/skolor");
    await page.getByLabel("Stadsområde").focus();
    await page.keyboard.press("ArrowDown"); // Centrum
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Bara pilotskolor i Framtidsrustad skola")).toBeFocused();
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Visa skolor" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/skolor\?stadsomrade=centrum&pilot=ja$/);
  });

  test("prints content pages without the menus and with link addresses", async ({ page }) => {
    await page.emulateMedia({ media: "print" });
    await page.goto("/forstarkningsomraden/okad-likvardighet-mellan-skolor");
    await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Du är här" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const after = await page
      .getByRole("link", { name: "Tydligare ansvar, styrning och ledning" })
      .last()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toContain("/forstarkningsomraden/tydligare-ansvar-styrning-och-ledning");
  });

  test("an unknown address gets a Swedish 404 page that helps the visitor on", async ({ page }) => {
    const res = await page.goto("/det-har-finns-inte");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
    await expect(page.getByRole("link", { name: "Sök på webbplatsen" }).first()).toBeVisible();
    expect((await page.goto("/insatser/finns-inte"))?.status()).toBe(404);
  });

  test("the school list filters by stadsområde, grade and pilot status", async ({ page }) => {
    await page.goto("/skolor");
    const alla = await page.locator("main li a[href^='/skolor/']").count();
    await page.getByLabel("Stadsområde").selectOption("nordost");
    await page.getByLabel("Bara pilotskolor i Framtidsrustad skola").check();
    await page.getByRole("button", { name: "Visa skolor" }).click();
    await expect(page).toHaveURL(/\/skolor\?stadsomrade=nordost&pilot=ja$/);
    const farre = await page.locator("main li a[href^='/skolor/']").count();
    expect(farre).toBeGreaterThan(0);
    expect(farre).toBeLessThan(alla);
    for (const text of await page.locator("main li p.text-sm:not(.text-muted)").allTextContents()) {
      expect(text).toContain("Nordost");
      expect(text).toContain("pilotskola");
    }
  });

  test("search in Swedish finds likvärdighet from likvärdig", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Sök på webbplatsen" }).fill("likvärdig");
    await page.getByRole("searchbox", { name: "Sök på webbplatsen" }).press("Enter");
    await expect(page.getByRole("link", { name: "Ökad likvärdighet mellan skolor" }).first()).toBeVisible();
  });

  test("an insats page shows delinsatser and a dated history", async ({ page }) => {
    await page.goto("/jamlikt-goteborg");
    await page.getByRole("link", { name: "Skapa likvärdig fysisk skolmiljö och materiell standard" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Skapa likvärdig fysisk skolmiljö och materiell standard");
    await expect(page.getByRole("heading", { name: "Delinsatser" })).toBeVisible();
    await expect(page.locator("#historik ~ ol time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  });

  test("fits a 320 px wide screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ["/", "/jamlikt-goteborg", "/skolor"]) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every page renders and the forms still work", async ({ page, request }) => {
    test.setTimeout(120_000);
    for (const path of await crawl(request)) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
    }
    await page.goto("/skolor");
    await page.getByLabel("Stadsområde").selectOption("hisingen");
    await page.getByRole("button", { name: "Visa skolor" }).click();
    // The form sends every field, the empty ones too: the redirect to the one address drops them.
    await expect(page).toHaveURL(/\/skolor\?stadsomrade=hisingen$/);
    await expect(page.getByLabel("Stadsområde")).toHaveValue("hisingen");
    await page.goto("/sok?q=f%C3%B6r%C3%A4ldrast%C3%B6d");
    await expect(page.getByRole("heading", { name: /träffar på/ })).toBeVisible();
    // However the query is typed, the results are at its one address, and the query is kept.
    await page.getByLabel("Vad letar du efter?").fill("  Föräldrastöd   i  SKOLAN ");
    await page.locator("main").getByRole("button", { name: "Sök" }).click();
    await expect(page).toHaveURL(/\/sok\?q=f%C3%B6r%C3%A4ldrast%C3%B6d\+i\+skolan$/);
    await expect(page.getByLabel("Vad letar du efter?")).toHaveValue("föräldrastöd i skolan");
    await page.goto(`/sok?q=${"skola+".repeat(40)}`);
    await expect(page.getByRole("alert")).toContainText("Sökningen får vara högst 200 tecken");
  });
});

test("axe finds nothing on search results with a suggestion and a language version's hit", async ({ page }) => {
  for (const adress of ["/sok?q=johanebergskolan", "/sok?q=about+the+administration", "/sok?q=grundskoleforvaltningen"]) {
    await page.goto(adress);
    await expect(page.getByRole("heading", { name: /träffar på/ }), adress).toBeVisible();
    expect((await axe(page)).map((v) => `${adress}: ${v}`)).toEqual([]);
  }
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("suggests a spelling, follows it, and marks a language version's hit with its language", async ({ page }) => {
    const traffar = page.getByRole("region", { name: /träffar på/ }).getByRole("listitem");
    await page.goto("/sok?q=johanebergskolan");
    await expect(traffar.first().getByRole("link")).toHaveText("Johannebergsskolan");
    const forslag = page.getByText("Menade du").getByRole("link");
    await expect(forslag).toHaveText("johannebergsskolan");
    await forslag.click();
    await expect(page).toHaveURL(/\/sok\?q=johannebergsskolan$/);
    await expect(page.getByText("Menade du")).toHaveCount(0);

    await page.goto("/sok?q=about+the+administration");
    const traff = traffar.first();
    await expect(traff.getByText("In English")).toHaveAttribute("lang", "en");
    await expect(traff.getByRole("link")).toHaveAttribute("lang", "en");
    await expect(traff.getByRole("link")).toHaveAttribute("href", "/om-forvaltningen/en");

    await page.goto("/sok?q=grundskoleforvaltningen");
    // The start page's lättläst version is a hit too ("Grundskoleförvaltningen i Göteborg").
    await expect(traffar.filter({ hasText: "Lättläst" }).getByRole("link", { name: "Om grundskoleförvaltningen" })).toHaveAttribute(
      "href",
      "/om-forvaltningen/lattlast",
    );
  });
});

test.describe("machine-readable", () => {
  test("open data as JSON and CSV at stable addresses", async ({ request }) => {
    const json = await request.get("/api/oppna-data/insatser");
    expect(json.ok()).toBe(true);
    const body = await json.json();
    expect(body.insatser.length).toBeGreaterThan(20);
    expect(body.insatser[0]).toHaveProperty("historik");
    const csv = await request.get("/api/oppna-data/insatser?format=csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("Vidareutveckla föräldrastödet");
    expect((await request.get("/api/oppna-data/insatser?format=xml")).status()).toBe(400);
  });

  test("sitemap, robots and health answer", async ({ request }) => {
    expect(await (await request.get("/sitemap.xml")).text()).toContain("/forstarkningsomraden/okad-likvardighet-mellan-skolor");
    expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");
    const health = await request.get("/api/health");
    expect(await health.json()).toEqual({ status: "ok", databas: "ok" });
    expect(health.headers()["x-request-id"]).toMatch(/^[\w-]{8,64}$/);
    const kept = await request.get("/api/health", { headers: { "x-request-id": "lastbalanserare-123" } });
    expect(kept.headers()["x-request-id"]).toBe("lastbalanserare-123");
  });
});

test("the privacy page states the retention period the gallring uses", async ({ page }) => {
  await page.goto("/personuppgifter");
  await expect(
    page.getByText("Ditt namn och din e-postadress tas bort (gallras) 12 månader efter att ärendet avslutats.", { exact: false }),
  ).toBeVisible();
  await page.goto("/kontakt");
  await expect(page.getByText("tas bort 12 månader efter att ärendet avslutats", { exact: false })).toBeVisible();
});
