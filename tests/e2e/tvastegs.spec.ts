import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import { generate } from "otplib";
import { sql } from "./db";

const LOSENORD = "Rätt-lösenord-1";
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map((v) => v.id);
/** The code an authenticator app shows `sekunder` from now. */
const kod = (hemlighet: string, sekunder = 0) => generate({ secret: hemlighet, epoch: Math.floor(Date.now() / 1000) + sekunder });

async function loggaIn(page: Page, email: string) {
  await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(LOSENORD);
  await page.getByRole("button", { name: "Logga in" }).click();
}

test("an admin must turn on the second factor, and then signs in with a code or a recovery code", async ({ page }) => {
  test.setTimeout(120_000);
  const email = "admin-tvastegs-e2e@exempel.se";
  await sql(
    `INSERT INTO "User" (id, email, name, roll, "losenordHash", andrad) VALUES ('e2e-admin-tvastegs', $1, 'Alva Administratör', 'ADMIN', $2, now())`,
    [email, await bcrypt.hash(LOSENORD, 10)],
  );
  await loggaIn(page, email);
  await expect(page).toHaveURL(/\/personal\/mitt-konto\/tvastegs$/);
  await expect(page.getByText("Administratörer måste använda tvåstegsverifiering.")).toBeVisible();
  await page.goto("/personal/konton");
  await expect(page).toHaveURL(/\/personal\/mitt-konto\/tvastegs$/);
  await expect(page.getByRole("img", { name: "QR-kod för autentiseringsappen" }).locator("svg")).toBeVisible();
  expect(await axe(page)).toEqual([]);

  const hemlighet = (await page.locator("figcaption code").textContent())!.replace(/\s/g, "");
  await page.getByLabel("Kod från appen").fill("123456");
  await page.getByRole("button", { name: "Slå på tvåstegsverifiering" }).click();
  await expect(page.getByRole("link", { name: /Koden stämmer inte/ })).toBeVisible();
  await page.getByLabel("Kod från appen").fill(await kod(hemlighet));
  await page.getByRole("button", { name: "Slå på tvåstegsverifiering" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Tvåstegsverifiering är på." })).toBeVisible();
  const koder = await page.getByRole("list", { name: "Reservkoder" }).getByRole("listitem").allTextContents();
  expect(koder).toHaveLength(10);
  expect(await axe(page)).toEqual([]);
  await page.goto("/personal/konton");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konton");

  // Next time: the password, then a code. A wrong code gets a Swedish message.
  await page.getByRole("button", { name: "Logga ut" }).click();
  // Sign-out is a form post: wait for it, or the next goto may cancel it and find the session alive.
  await expect(page).toHaveURL(/\/logga-in\?utloggad=1$/);
  await loggaIn(page, email);
  await expect(page.getByRole("heading", { name: "Steg 2 av 2: kod från appen" })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.getByLabel("Kod", { exact: true }).fill("000000");
  await page.getByRole("button", { name: "Fortsätt" }).click();
  await expect(page.getByRole("link", { name: /Koden stämmer inte/ })).toBeVisible();
  await page.getByLabel("Kod", { exact: true }).fill(koder[0]);
  await page.getByRole("button", { name: "Fortsätt" }).click();
  await expect(page).toHaveURL(/\/personal$/);

  // A recovery code works once; a code from the app (the next step's, as a phone a little ahead shows it) works too.
  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page).toHaveURL(/\/logga-in\?utloggad=1$/);
  await loggaIn(page, email);
  await page.getByLabel("Kod", { exact: true }).fill(koder[0]);
  await page.getByRole("button", { name: "Fortsätt" }).click();
  await expect(page.getByRole("link", { name: /Koden stämmer inte/ })).toBeVisible();
  await page.getByLabel("Kod", { exact: true }).fill(await kod(hemlighet, 30));
  await page.getByRole("button", { name: "Fortsätt" }).click();
  await expect(page).toHaveURL(/\/personal$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the code step works as a plain form", async ({ page }) => {
    const email = "tvastegs-utan-js-e2e@exempel.se";
    const hemlighet = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    await sql(
      `INSERT INTO "User" (id, email, name, roll, "losenordHash", "totpHemlighet", andrad) VALUES ('e2e-utan-js', $1, 'Ture Tvåsteg', 'REDAKTOR', $2, $3, now())`,
      [email, await bcrypt.hash(LOSENORD, 10), hemlighet],
    );
    await loggaIn(page, email);
    await page.getByLabel("Kod", { exact: true }).fill(await kod(hemlighet));
    await page.getByRole("button", { name: "Fortsätt" }).click();
    await expect(page).toHaveURL(/\/personal$/);
  });
});
