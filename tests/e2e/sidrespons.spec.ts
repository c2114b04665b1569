import { expect, test, type Browser } from "@playwright/test";
import { axe } from "../support/axe";
import { loggaInSom } from "../support/logga-in";

/** axe runs as a script in the page: the same address in a context with JavaScript on. */
async function axeMedJs(browser: Browser, baseURL: string | undefined, url: string, roll?: string) {
  const ctx = await browser.newContext({ baseURL, javaScriptEnabled: true });
  const sida = await ctx.newPage();
  if (roll) await loggaInSom(sida, roll);
  await sida.goto(url);
  const fel = await axe(sida);
  await ctx.close();
  return fel;
}

let n = 0;
test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${(n++ % 200) + 1}-sidrespons-${test.info().title.length}` });
});

test.describe("'Hittade du det du letade efter?'", () => {
  test.use({ javaScriptEnabled: false });

  test("a Nej and a comment without JavaScript reach the editors; the page stays cached", async ({ page, browser, baseURL }) => {
    const svar = await page.goto("/om-forvaltningen");
    // The question is a plain form: the page is still one shared, cached answer.
    expect(svar?.headers()["cache-control"]).toMatch(/s-maxage/);
    const fraga = page.getByRole("group", { name: "Hittade du det du letade efter?" });
    await fraga.getByRole("button", { name: "Nej" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tack för ditt svar");
    const adress = new URL(page.url()).pathname;
    expect(adress).toMatch(/^\/hittade-du\/[a-z0-9]+$/);
    const kommentar = page.getByLabel("Vad letade du efter? (frivilligt)");
    const lang = `Skolskjuts ${"a".repeat(500)}`;
    await kommentar.fill(lang);
    await page.getByRole("button", { name: "Skicka kommentaren" }).click();
    await expect(page.getByText("Kommentaren får vara högst 500 tecken.").first()).toBeVisible();
    await expect(kommentar).toHaveValue(lang);
    expect(await axeMedJs(browser, baseURL, adress)).toEqual([]);
    const text = `Jag letade efter skolskjuts ${Date.now()}`;
    await kommentar.fill(text);
    await page.getByRole("button", { name: "Skicka kommentaren" }).click();
    await expect(page.getByRole("status")).toHaveText("Tack! Kommentaren är skickad till dem som skriver sidan.");
    await expect(page.getByRole("button", { name: "Skicka kommentaren" })).toHaveCount(0);

    await loggaInSom(page, "redaktor");
    // All pages: the editor may own pages made by other tests, and "Mina sidor" is then the default.
    await page.goto("/personal/sidrespons?visa=alla");
    await expect(page.getByRole("row", { name: /\/om-forvaltningen/ })).toContainText(text);
    expect(await axeMedJs(browser, baseURL, "/personal/sidrespons?visa=alla", "redaktor")).toEqual([]);
  });

  test("a Ja is thanked and offers no comment; a post from another site is refused", async ({ page, request }) => {
    await page.goto("/om-forvaltningen");
    await page.getByRole("group", { name: "Hittade du det du letade efter?" }).getByRole("button", { name: "Ja" }).click();
    await expect(page.getByText("Vad bra att du hittade det du letade efter.")).toBeVisible();
    await expect(page.getByLabel("Vad letade du efter? (frivilligt)")).toHaveCount(0);
    const fel = await request.post("/api/sidrespons", {
      form: { sida: "om-forvaltningen", svar: "nej" },
      headers: { "sec-fetch-site": "cross-site" },
      maxRedirects: 0,
    });
    expect(fel.status()).toBe(403);
    expect(await fel.text()).toContain("Svaret måste skickas från sidan det gäller.");
  });
});
