// Review before publishing, as plain forms without JavaScript: an admin asks that a new page be
// reviewed, the editor sends it, the admin sends it back with a comment (refused without one),
// the editor fixes it and sends again, the admin approves, and the page is public. axe checks the
// changed and new pages in a context with JavaScript on (axe runs as a script in the page).
import { expect, test, type Browser } from "@playwright/test";
import { axe } from "../support/axe";
import { inloggad, loggaInSom } from "../support/logga-in";

test.use({ javaScriptEnabled: false });

async function axeMedJs(browser: Browser, baseURL: string | undefined, roll: string, url: string) {
  const ctx = await browser.newContext({ baseURL, javaScriptEnabled: true });
  const sida = await ctx.newPage();
  await loggaInSom(sida, roll);
  await sida.goto(url);
  const fel = await axe(sida);
  await ctx.close();
  return fel;
}

test("an editor sends a page for review, it is sent back, fixed, approved and public", async ({ page, browser, baseURL, request }) => {
  // Two accounts, four forms each way and four axe runs: longer than the default minute under load.
  test.setTimeout(180_000);
  const titel = `Granskat lovprogram ${Date.now()}`;
  await loggaInSom(page, "redaktor");
  await page.goto("/personal/innehall/ny");
  await page.getByLabel("Rubrik").fill(titel);
  await page.getByRole("button", { name: "Skapa sidan som utkast" }).click();
  await expect(page).toHaveURL(/\?sparad=skapad$/);
  const redigera = new URL(page.url()).pathname;
  const adress = `/${redigera.split("/").pop()}`;

  // The admin asks that this page be reviewed before publishing.
  const admin = await inloggad(browser, "admin", false);
  await admin.page.goto(redigera);
  await admin.page.getByRole("button", { name: "Kräv granskning före publicering" }).click();
  await expect(admin.page.getByRole("status")).toHaveText("Innehållet granskas nu före publicering.");

  // The editor has no Publicera button now, and sends the draft for review.
  await page.goto(redigera);
  await expect(page.getByRole("button", { name: "Publicera", exact: true })).toHaveCount(0);
  await page.getByLabel("Ingress").fill("Lovprogrammet är öppet för alla elever.");
  await page.getByRole("button", { name: "Skicka för granskning" }).click();
  await expect(page.getByRole("status")).toHaveText("Utkastet är skickat för granskning. Det publiceras när någon annan har godkänt det.");
  await expect(page.getByText(/^Väntar på granskning: version \d+, skickad av/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Godkänn och publicera/ })).toHaveCount(0);
  expect(await axeMedJs(browser, baseURL, "redaktor", redigera)).toEqual([]);

  // The admin finds it on the start page, and cannot send it back without a comment.
  await admin.page.goto("/personal");
  await admin.page.getByRole("region", { name: "Väntar på din granskning" }).getByRole("link", { name: titel }).click();
  await expect(admin.page).toHaveURL(new RegExp(`${redigera}$`));
  await admin.page.getByRole("button", { name: "Skicka tillbaka" }).click();
  await expect(admin.page.getByRole("alert").first()).toContainText("Skriv vad som behöver ändras.");
  await admin.page.getByLabel("Vad behöver ändras?").fill("Skriv vilka veckor lovprogrammet gäller.");
  await admin.page.getByRole("button", { name: "Skicka tillbaka" }).click();
  await expect(admin.page.getByRole("status")).toHaveText("Utkastet är skickat tillbaka. Författaren har fått ett mejl.");
  expect((await request.get(adress, { maxRedirects: 0 })).status()).toBe(404);

  // The editor sees it on the start page, fixes the draft and sends it again.
  await page.goto("/personal");
  const tillbaka = page.getByRole("region", { name: "Dina sidor som skickats tillbaka" });
  await expect(tillbaka).toContainText("Skriv vilka veckor lovprogrammet gäller.");
  expect(await axeMedJs(browser, baseURL, "redaktor", "/personal")).toEqual([]);
  await tillbaka.getByRole("link", { name: titel }).click();
  await expect(page.getByText("Skriv vilka veckor lovprogrammet gäller.").first()).toBeVisible();
  await page.getByLabel("Ingress").fill("Lovprogrammet är öppet för alla elever vecka 26–28.");
  await page.getByRole("button", { name: "Skicka för granskning" }).click();
  await expect(page.getByRole("status")).toContainText("skickat för granskning");

  // The admin approves: the reviewed version is public.
  await admin.page.goto("/personal/innehall/granskning");
  await expect(admin.page.getByRole("link", { name: titel })).toBeVisible();
  expect(await axeMedJs(browser, baseURL, "admin", "/personal/innehall/granskning")).toEqual([]);
  // The content list with the admin's "Kräver granskning" per type (not switched here: other tests publish pages directly).
  await admin.page.goto("/personal/innehall");
  await expect(admin.page.getByRole("button", { name: "Kräv granskning: Sidor (sidan)" })).toBeVisible();
  expect(await axeMedJs(browser, baseURL, "admin", "/personal/innehall")).toEqual([]);
  expect(await axeMedJs(browser, baseURL, "admin", redigera)).toEqual([]);
  await admin.page.goto(redigera);
  // A time is asked for when approving for later; without one nothing is decided.
  await admin.page.getByRole("button", { name: "Godkänn och publicera vid tidpunkten" }).click();
  await expect(admin.page.getByRole("alert").first()).toContainText("Skriv datumet som år-månad-dag");
  await admin.page.getByRole("button", { name: "Godkänn och publicera nu" }).click();
  await expect(admin.page.getByRole("status")).toHaveText("Versionen är godkänd och publicerad.");
  await expect.poll(async () => (await request.get(adress)).status(), { timeout: 4_000 }).toBe(200);
  expect(await (await request.get(adress)).text()).toContain("vecka 26–28");
  await admin.context.close();
});
