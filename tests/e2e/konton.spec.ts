// An admin's password link and deleting an account as plain forms without JavaScript, and
// changing one's own second factor.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import { generate } from "otplib";
import { axe } from "../support/axe";
import { loggaInSom } from "../support/logga-in";
import { lasMejl } from "../support/mejl";
import { sql } from "./db";

const LOSENORD = "Rätt-lösenord-1";
// scripts/app-server.ts points the server's mail folder at the project's .data/utskick.
const MAPP = path.resolve(".data", "utskick");

async function nyttKonto(id: string, email: string, namn: string, extra: { totp?: string } = {}) {
  await sql(
    `INSERT INTO "User" (id, email, name, roll, "losenordHash", "totpHemlighet", andrad) VALUES ($1, $2, $3, 'REDAKTOR', $4, $5, now())`,
    [id, email, namn, await bcrypt.hash(LOSENORD, 10), extra.totp ?? null],
  );
}

/** The password link in the mail to `till`, once the outbox has sent it. */
async function lankI(till: string): Promise<string> {
  let lank: string | undefined;
  await expect(async () => {
    for (const fil of (await readdir(MAPP).catch(() => [])).filter((f) => f.endsWith(".eml"))) {
      const mejl = lasMejl(await readFile(path.join(MAPP, fil), "utf8"));
      if (mejl.includes(till)) lank = /https?:\/\/\S+\/nytt-losenord\/[A-Za-z0-9_-]{32}/.exec(mejl)?.[0];
    }
    expect(lank).toBeDefined();
  }).toPass({ timeout: 20_000 });
  return new URL(lank!).pathname;
}

/** axe runs in the page, so it needs JavaScript: the same address and cookies in a browser that has it. */
async function axeMedJs(browser: Browser, page: Page) {
  const context = await browser.newContext({ javaScriptEnabled: true, storageState: await page.context().storageState() });
  try {
    const medJs = await context.newPage();
    await medJs.goto(page.url());
    return await axe(medJs);
  } finally {
    await context.close();
  }
}

async function loggaIn(page: Page, email: string, losenord = LOSENORD) {
  await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(losenord);
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an admin sends a password link; it sets a new password once, and the old sessions end", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const email = `glomsk-${Date.now()}@exempel.se`;
    await nyttKonto("e2e-glomsk", email, "Greta Glömsk");
    // Greta is signed in somewhere; that session ends when the new password is chosen.
    const hennes = await browser.newContext({ javaScriptEnabled: false });
    const hennesSida = await hennes.newPage();
    await loggaIn(hennesSida, email);
    await expect(hennesSida).toHaveURL(/\/personal$/);

    await loggaInSom(page, "admin");
    await page.goto("/personal/konton/e2e-glomsk");
    await page.getByRole("button", { name: "Skicka länk för nytt lösenord" }).click();
    await expect(page.getByRole("status")).toContainText(`Länken för nytt lösenord skickas till ${email}`);
    expect(await axeMedJs(browser, page)).toEqual([]);

    const lank = await lankI(email);
    const nytt = await browser.newContext({ javaScriptEnabled: false });
    const sida = await nytt.newPage();
    await sida.goto(lank);
    await expect(sida.getByRole("heading", { level: 1 })).toHaveText("Välj ett nytt lösenord");
    expect(await axeMedJs(browser, sida)).toEqual([]);
    // A mismatch: the error summary links to the field, and nothing is used up.
    await sida.getByLabel("Nytt lösenord").fill("Tolv gröna äpplen i en korg");
    await sida.getByLabel("Upprepa det nya lösenordet").fill("Tolv gröna äpplen i en kor");
    await sida.getByRole("button", { name: "Spara det nya lösenordet" }).click();
    await expect(sida.getByRole("link", { name: /Lösenorden är inte likadana/ })).toHaveAttribute("href", "#upprepa");
    await expect(sida.getByLabel("Nytt lösenord")).toHaveValue("");
    await sida.getByLabel("Nytt lösenord").fill("Tolv gröna äpplen i en korg");
    await sida.getByLabel("Upprepa det nya lösenordet").fill("Tolv gröna äpplen i en korg");
    await sida.getByRole("button", { name: "Spara det nya lösenordet" }).click();
    await expect(sida).toHaveURL(/\/logga-in\?losenord=nytt$/);
    await expect(sida.getByRole("status")).toHaveText("Ditt nya lösenord är sparat. Logga in med det.");

    await hennesSida.goto("/personal");
    await expect(hennesSida).toHaveURL(/\/logga-in$/);
    await loggaIn(sida, email, "Tolv gröna äpplen i en korg");
    await expect(sida).toHaveURL(/\/personal$/);

    // The link works once; an unknown one gets the same Swedish message.
    for (const adress of [lank, `/nytt-losenord/${"A".repeat(32)}`]) {
      const res = await sida.goto(adress);
      expect(res?.headers()["referrer-policy"]).toBe("no-referrer");
      await expect(sida.getByRole("alert")).toContainText("Länken fungerar inte.");
      await expect(sida.getByLabel("Nytt lösenord")).toHaveCount(0);
    }
    const logg = await sql(`SELECT handling FROM "Granskningshandelse" WHERE "objektId" = 'e2e-glomsk' ORDER BY tidpunkt`);
    expect(logg.map((r) => r.handling)).toEqual(["anvandare.losenordslank-skickad", "anvandare.losenord-via-lank"]);
    await Promise.all([hennes.close(), nytt.close()]);
  });

  test("an admin deletes an account after confirming; the audit log shows a pseudonym", async ({ page, browser }) => {
    const email = `avgar-${Date.now()}@exempel.se`;
    await nyttKonto("e2e-avgar", email, "Arvid Avgår");
    await sql(
      `INSERT INTO "Granskningshandelse" (id, "aktorId", "aktorNamn", handling, "objektTyp", "objektId") VALUES ('e2e-avgar-g', 'e2e-avgar', 'Arvid Avgår', 'insats.status', 'insats', 'e2e')`,
    );
    await loggaInSom(page, "admin");
    await page.goto("/personal/konton/e2e-avgar");
    await page.getByRole("link", { name: "Ta bort kontot" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ta bort kontot för Arvid Avgår?");
    expect(await axeMedJs(browser, page)).toEqual([]);
    await page.getByRole("button", { name: "Ta bort kontot" }).click();
    await expect(page.getByRole("link", { name: /Kryssa i rutan/ })).toHaveAttribute("href", "#bekrafta");
    await expect(page.getByLabel("Ja, ta bort kontot för Arvid Avgår för gott")).not.toBeChecked();
    await page.getByLabel("Ja, ta bort kontot för Arvid Avgår för gott").check();
    await page.getByRole("button", { name: "Ta bort kontot" }).click();
    await expect(page).toHaveURL(/\/personal\/konton\?borttaget=1$/);
    await expect(page.getByRole("status")).toContainText("Kontot är borttaget.");
    await expect(page.getByText(email)).toHaveCount(0);

    const [rad] = await sql(`SELECT name, email, "losenordHash" FROM "User" WHERE id = 'e2e-avgar'`);
    expect(rad.name).toMatch(/^Borttaget konto [0-9a-f]{4}$/);
    expect(rad.losenordHash).toBeNull();
    await page.goto("/personal/granskningslogg");
    await expect(page.getByRole("cell", { name: rad.name }).first()).toBeVisible();
    await expect(page.getByText("Arvid Avgår")).toHaveCount(0);
    expect((await page.goto("/personal/konton/e2e-avgar"))?.status()).toBe(404);
  });
});

test("the delete confirmation's error, with JavaScript, is axe clean", async ({ page }) => {
  await nyttKonto("e2e-kvar", `kvar-${Date.now()}@exempel.se`, "Kalle Kvar");
  await loggaInSom(page, "admin");
  await page.goto("/personal/konton/e2e-kvar/ta-bort");
  await page.getByRole("button", { name: "Ta bort kontot" }).click();
  await expect(page.getByRole("link", { name: /Kryssa i rutan/ })).toHaveAttribute("href", "#bekrafta");
  expect(await axe(page)).toEqual([]);
  expect((await sql(`SELECT borttagen FROM "User" WHERE id = 'e2e-kvar'`))[0].borttagen).toBeNull();
});

test("an admin cannot delete their own account: no link, and the page refuses", async ({ page }) => {
  await loggaInSom(page, "admin");
  const [{ id }] = await sql(`SELECT id FROM "User" WHERE email = 'admin@demo.grundskoleportalen.test'`);
  await page.goto(`/personal/konton/${id}`);
  await expect(page.getByRole("link", { name: "Ta bort kontot" })).toHaveCount(0);
  await page.goto(`/personal/konton/${id}/ta-bort`);
  await expect(page).toHaveURL(new RegExp(`/personal/konton/${id}$`));
});

test("a redaktör makes new recovery codes and turns the second factor off, with password and code", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `tvasteg-${Date.now()}@exempel.se`;
  const hemlighet = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ";
  // Stored in clear text, as before encryption: it still works, and is encrypted when read.
  await nyttKonto("e2e-tvasteg", email, "Tea Tvåsteg", { totp: hemlighet });
  const kod = (sekunder = 0) => generate({ secret: hemlighet, epoch: Math.floor(Date.now() / 1000) + sekunder });
  await loggaIn(page, email);
  await page.getByLabel("Kod", { exact: true }).fill(await kod());
  await page.getByRole("button", { name: "Fortsätt" }).click();
  await expect(page).toHaveURL(/\/personal$/);
  const [lagrad] = await sql(`SELECT "totpHemlighet", "totpNyckel" FROM "User" WHERE id = 'e2e-tvasteg'`);
  expect(lagrad.totpHemlighet).not.toContain(hemlighet);
  expect(lagrad.totpNyckel).not.toBeNull();

  await page.goto("/personal/mitt-konto/tvastegs");
  await page.getByRole("link", { name: "Skapa nya reservkoder" }).click();
  expect(await axe(page)).toEqual([]);
  await page.getByLabel("Ditt lösenord").fill(LOSENORD);
  await page.getByLabel("Kod från appen").fill("000000");
  await page.getByRole("button", { name: "Skapa nya reservkoder" }).click();
  await expect(page.getByRole("link", { name: /Koden stämmer inte/ })).toHaveAttribute("href", "#kod");
  await expect(page.getByLabel("Ditt lösenord")).toHaveValue("");
  await page.getByLabel("Ditt lösenord").fill(LOSENORD);
  await page.getByLabel("Kod från appen").fill(await kod(30));
  await page.getByRole("button", { name: "Skapa nya reservkoder" }).click();
  await expect(page.getByRole("status")).toHaveText("Du har nya reservkoder. De gamla fungerar inte längre.");
  const koder = await page.getByRole("list", { name: "Reservkoder" }).getByRole("listitem").allTextContents();
  expect(koder).toHaveLength(10);
  expect(await axe(page)).toEqual([]);

  await page.goto("/personal/mitt-konto/tvastegs");
  await page.getByRole("link", { name: "Stäng av tvåstegsverifiering" }).click();
  expect(await axe(page)).toEqual([]);
  await page.getByLabel("Ditt lösenord").fill(LOSENORD);
  await page.getByLabel("Kod från appen").fill(koder[0]);
  await page.getByRole("button", { name: "Stäng av tvåstegsverifiering" }).click();
  await expect(page).toHaveURL(/\/personal\/mitt-konto\?tvastegs=av$/);
  await expect(page.getByRole("status")).toContainText("Tvåstegsverifiering är avstängd.");
  const logg = await sql(`SELECT handling FROM "Granskningshandelse" WHERE "objektId" = 'e2e-tvasteg' ORDER BY tidpunkt`);
  expect(logg.map((r) => r.handling)).toEqual(["anvandare.nya-reservkoder", "anvandare.tvastegs-av"]);
});

test("an admin who must use a second factor gets no way to turn it off", async ({ page }) => {
  const email = `admin-kravs-${Date.now()}@exempel.se`;
  const hemlighet = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXR";
  await sql(
    `INSERT INTO "User" (id, email, name, roll, "losenordHash", "totpHemlighet", andrad) VALUES ('e2e-admin-kravs', $1, 'Ada Krav', 'ADMIN', $2, $3, now())`,
    [email, await bcrypt.hash(LOSENORD, 10), hemlighet],
  );
  await loggaIn(page, email);
  await page.getByLabel("Kod", { exact: true }).fill(await generate({ secret: hemlighet, epoch: Math.floor(Date.now() / 1000) }));
  await page.getByRole("button", { name: "Fortsätt" }).click();
  await expect(page).toHaveURL(/\/personal$/);
  await page.goto("/personal/mitt-konto/tvastegs");
  await expect(page.getByRole("link", { name: "Skapa nya reservkoder" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Stäng av tvåstegsverifiering" })).toHaveCount(0);
  await page.goto("/personal/mitt-konto/tvastegs/stang-av");
  await expect(page.getByRole("status")).toContainText("Administratörer måste använda tvåstegsverifiering");
  await expect(page.getByLabel("Ditt lösenord")).toHaveCount(0);
});
