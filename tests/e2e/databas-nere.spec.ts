// When the database cannot be reached, the contact form must say so in Swedish and keep what the
// visitor wrote, with and without JavaScript. This file starts a second production server of
// the same build whose DATABASE_URL points at a port where nothing listens.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { freePort, startApp, type AppServer } from "../../scripts/app-server";

test.describe.configure({ mode: "serial" });

let server: AppServer | undefined;
let bas = "";
const utskrift = () => server?.output() ?? "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  const databasport = await freePort(); // free a moment ago, and nothing is started on it
  const redisport = await freePort();
  bas = `http://127.0.0.1:${port}`;
  server = await startApp({
    port,
    timeoutMs: 90_000,
    env: {
      DATABASE_URL: `postgresql://portal@127.0.0.1:${databasport}/portal`,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      PUBLIC_URL: bas,
      LOG_LEVEL: "warn",
      SYNPUNKT_MIN_SEKUNDER: "1",
      BAKGRUNDSJOBB: "av",
      // A cache that never answers: the main server's cached data (same build, same cache
      // folder) must not stand in for the database. Every read goes to the database.
      REDIS_URL: `redis://127.0.0.1:${redisport}`,
    },
  });
  const svar = await fetch(`${bas}/api/health`);
  expect(svar.status, "the database must really be unreachable").toBe(503);
});

test.afterAll(async () => {
  await server?.stop();
});

test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus) await info.attach("serverns utskrift", { body: utskrift(), contentType: "text/plain" });
});

const TEXT = "Hej! Min dotter i årskurs 4 har inte fått någon skolskjuts på två veckor.\nVad gör vi nu? /Åsa";

async function skicka(page: Page) {
  await page.goto(`${bas}/kontakt`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontakta grundskoleförvaltningen");
  // The page says it is short of data, and the form works without the school list.
  await expect(page.getByRole("status")).toContainText("Vi har tekniska problem just nu");
  await expect(page.getByText("Listan över skolor kan inte visas just nu")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("031-365 09 60");
  await page.getByRole("radio", { name: /^Klagomål/ }).check();
  await page.getByLabel("Ditt meddelande").fill(TEXT);
  await page.getByLabel("Din e-postadress (frivilligt)").fill("asa@exempel.se");
  await page.waitForTimeout(1100); // the server refuses forms filled in faster than a person could
  await page.getByRole("button", { name: "Skicka" }).click();
}

async function felOchTextKvar(page: Page) {
  const fel = page.getByRole("alert", { name: "Det finns ett problem" });
  await expect(fel).toContainText("Vi kunde inte ta emot ditt meddelande just nu på grund av ett tekniskt fel hos oss.");
  await expect(page.locator("#formular")).toContainText("Din text finns kvar nedan");
  await expect(page.locator("#formular")).toContainText("031-365 09 60");
  await expect(page.getByLabel("Ditt meddelande")).toHaveValue(TEXT);
  await expect(page.getByLabel("Din e-postadress (frivilligt)")).toHaveValue("asa@exempel.se");
  await expect(page.getByRole("radio", { name: /^Klagomål/ })).toBeChecked();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontakta grundskoleförvaltningen");
  await expect(page.locator("body")).not.toContainText(/Application error|Internal Server Error|\bat \S+ \(|PrismaClient|ECONNREFUSED/);
}

test("with JavaScript, the form says the message could not be received and keeps the text", async ({ page }) => {
  await skicka(page);
  await felOchTextKvar(page);
  // Sending again while the database is still down says the same, and the text is still there.
  await page.getByRole("button", { name: "Skicka" }).click();
  await felOchTextKvar(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the posted form comes back with the message and the text kept", async ({ page }) => {
    await skicka(page);
    await felOchTextKvar(page);
  });
});

test("a public page that needs the database shows the Swedish error page, not a blank one", async ({ page }) => {
  // The search is never cached, so it always needs the database.
  await page.goto(`${bas}/sok?q=skolgård`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Något gick fel hos oss");
  await expect(page.getByRole("contentinfo")).toContainText("031-365 09 60");
  await expect(page.locator("body")).not.toContainText(/Application error|\bat \S+ \(|ECONNREFUSED/);
});
