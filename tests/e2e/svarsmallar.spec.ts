import { expect, test, type Browser } from "@playwright/test";
import { axe } from "../support/axe";
import { loggaInSom } from "../support/logga-in";
import { sql } from "./db";

/** axe runs as a script in the page, so it checks the same address in a context with JavaScript on. */
async function axeMedJs(browser: Browser, baseURL: string | undefined, roll: string, url: string) {
  const ctx = await browser.newContext({ baseURL, javaScriptEnabled: true });
  const sida = await ctx.newPage();
  await loggaInSom(sida, roll);
  await sida.goto(url);
  const fel = await axe(sida);
  await ctx.close();
  return fel;
}

test.describe("answer templates", () => {
  test.use({ javaScriptEnabled: false });

  test("an admin makes one without JavaScript; a bad placeholder is refused with the text kept", async ({ page, browser, baseURL }) => {
    const namn = `Mall ${Date.now()}`;
    await loggaInSom(page, "admin");
    await page.goto("/personal/svarsmallar");
    await page.getByLabel("Mallens namn").fill(namn);
    await page.getByLabel("Används för").selectOption({ label: "Fråga" });
    await page.getByLabel("Text").fill("Hej {förnamn}! Ärende {ärendenummer} gäller {skola}.");
    await page.getByRole("button", { name: "Skapa mallen" }).click();
    await expect(page.getByText(/Okänd platshållare \{förnamn\}/).first()).toBeVisible();
    await expect(page.getByLabel("Text")).toHaveValue("Hej {förnamn}! Ärende {ärendenummer} gäller {skola}.");
    await expect(page.getByLabel("Mallens namn")).toHaveValue(namn);
    await page.getByLabel("Text").fill("Hej {namn}! Ärende {ärendenummer} gäller {skola}. Hälsningar {handläggare}");
    await page.getByRole("button", { name: "Skapa mallen" }).click();
    await expect(page.getByRole("status")).toHaveText("Mallen är skapad.");
    await expect(page.getByRole("link", { name: namn })).toBeVisible();
    expect(await axeMedJs(browser, baseURL, "admin", "/personal/svarsmallar")).toEqual([]);
    await page.getByRole("link", { name: namn }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Svarsmall: ${namn}`);
    expect(await axeMedJs(browser, baseURL, "admin", new URL(page.url()).pathname)).toEqual([]);
  });

  test("a handläggare picks one for a case and gets it filled in, and may not edit templates", async ({ page, browser, baseURL }) => {
    const namn = `Handläggarmall ${Date.now()}`;
    await sql(`INSERT INTO "Svarsmall" (id, namn, typ, text, andrad) VALUES ($1, $2, 'FRAGA', $3, now())`, [
      `e2e-${crypto.randomUUID()}`,
      namn,
      "Hej {namn}! Om ärende {ärendenummer}. Hälsningar {handläggare}",
    ]);
    const [{ lopnummer }] = await sql<{ lopnummer: number }>(
      `INSERT INTO "Synpunkt" (id, typ, meddelande, namn, idempotensnyckel, andrad) VALUES ($1, 'FRAGA', 'Mallprov', 'Anna', $2, now()) RETURNING lopnummer`,
      [`e2e-${crypto.randomUUID()}`, crypto.randomUUID()],
    );
    await loggaInSom(page, "handlaggare");
    await page.goto(`/personal/synpunkter/${lopnummer}`);
    await page.getByLabel("Svarsmall").selectOption({ label: namn });
    await page.getByRole("button", { name: "Använd mallen" }).click();
    await expect(page.getByLabel("Svar till avsändaren")).toHaveValue(
      new RegExp(`^Hej Anna! Om ärende GF-\\d{4}-${String(lopnummer).padStart(5, "0")}\\. Hälsningar Hanna Handläggare \\(demo\\)$`),
    );
    expect(await axeMedJs(browser, baseURL, "handlaggare", new URL(page.url()).pathname + new URL(page.url()).search)).toEqual([]);
    await page.goto("/personal/svarsmallar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har inte behörighet till sidan");
  });
});
