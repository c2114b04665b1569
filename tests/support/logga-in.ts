import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_LOSENORD = "Demo-lösenord-2026";
export const demoEpost = (roll: string) => `${roll}@demo.grundskoleportalen.test`;

/**
 * Signs in as a demo account through the sign-in form, as a person does, and waits for the
 * staff overview. `bas` is for a server other than Playwright's baseURL.
 */
export async function loggaInSom(page: Page, roll: string, bas = "") {
  await page.goto(`${bas}/logga-in`);
  await page.getByLabel("E-postadress").fill(demoEpost(roll));
  await page.getByLabel("Lösenord").fill(DEMO_LOSENORD);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(page).toHaveURL(/\/personal$/);
}

/** A new browser context signed in as a demo role, with or without JavaScript (the form works either way). */
export async function inloggad(browser: Browser, roll: string, javaScriptEnabled = true) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await loggaInSom(page, roll);
  return { page, context };
}
