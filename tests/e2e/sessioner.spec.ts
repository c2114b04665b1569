import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import bcrypt from "bcryptjs";
import { loggaInSom } from "../support/logga-in";
import { sql } from "./db";

const LOSENORD = "Rätt-lösenord-1";

async function nyttKonto(email: string, namn = "Sara Sessionsson") {
  const hash = await bcrypt.hash(LOSENORD, 10);
  await sql(`INSERT INTO "User" (id, email, name, roll, "losenordHash", andrad) VALUES ($1, $2, $3, 'REDAKTOR', $4, now())`, [
    kontoId(email),
    email,
    namn,
    hash,
  ]);
}

const kontoId = (email: string) => `e2e-${email.replace(/\W/g, "-")}`;

/** Opens an account's page from the admin's account list. */
async function oppnaKonto(page: Page, namn: string) {
  await page.goto("/personal/konton");
  await page.getByRole("link", { name: namn }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(namn);
}

async function loggaIn(page: Page, email: string) {
  await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(LOSENORD);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page).toHaveURL(/\/personal$/);
}

const sessionskaka = async (page: Page) => (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"))!;

/** A new browser that has nothing but a copy of another browser's session cookie. */
async function medKaka(browser: Browser, kaka: Awaited<ReturnType<typeof sessionskaka>>) {
  const context = await browser.newContext();
  await context.addCookies([kaka]);
  return context.newPage();
}

test.describe("sessions end on the server", () => {
  test("after Logga ut, a replayed cookie opens nothing and the session endpoint does not revive it", async ({ page, browser }) => {
    await nyttKonto("replay-e2e@exempel.se");
    await loggaIn(page, "replay-e2e@exempel.se");
    const kaka = await sessionskaka(page);
    await page.getByRole("button", { name: "Logga ut" }).click();
    await expect(page).toHaveURL(/\/logga-in\?utloggad=1$/);
    await expect(page.getByRole("status")).toHaveText("Du är utloggad.");

    const angripare = await medKaka(browser, kaka);
    await angripare.goto("/personal/insatser");
    await expect(angripare).toHaveURL(/\/logga-in$/);
    const svar = await angripare.request.get("/api/auth/session", { headers: { cookie: `${kaka.name}=${kaka.value}` } });
    expect(await svar.json()).toBeNull();
    expect(svar.headers()["set-cookie"] ?? "").not.toMatch(/session-token=[^;]+;.*Expires/i);
    await angripare.context().close();
  });

  test("reading the session keeps it alive but never moves its absolute end", async ({ page }) => {
    await nyttKonto("absolut-e2e@exempel.se");
    await loggaIn(page, "absolut-e2e@exempel.se");
    const slut = async () =>
      (
        await sql<{ expires: Date }>(`SELECT expires FROM "Session" WHERE "userId" = $1`, [kontoId("absolut-e2e@exempel.se")])
      )[0].expires.getTime();
    const fore = await slut();
    const svar = await page.request.get("/api/auth/session");
    expect(await svar.json()).toMatchObject({ user: { id: kontoId("absolut-e2e@exempel.se") } });
    expect(await slut()).toBe(fore);
  });

  test("a session past its end sends the browser to the sign-in page", async ({ page }) => {
    await nyttKonto("gammal-e2e@exempel.se");
    await loggaIn(page, "gammal-e2e@exempel.se");
    await sql(`UPDATE "Session" SET "senastAnvand" = now() - interval '31 minutes' WHERE "userId" = $1`, [
      kontoId("gammal-e2e@exempel.se"),
    ]);
    await page.goto("/personal");
    await expect(page).toHaveURL(/\/logga-in$/);
  });

  test("an admin's Logga ut överallt ends the account's sessions in every browser at once", async ({ page, browser }) => {
    await nyttKonto("overallt-e2e@exempel.se", "Öllegård Överallt");
    const andra = await (await browser.newContext()).newPage();
    await loggaIn(andra, "overallt-e2e@exempel.se");
    await loggaInSom(page, "admin");
    await oppnaKonto(page, "Öllegård Överallt");
    await expect(page.getByText("Kontot är inloggat på 1 enhet.")).toBeVisible();
    await page.getByRole("button", { name: "Logga ut överallt" }).click();
    await expect(page.getByRole("status")).toHaveText("Kontot är utloggat överallt.");
    await andra.goto("/personal");
    await expect(andra).toHaveURL(/\/logga-in$/);
    await andra.context().close();
  });

  test("a role change ends the account's sessions", async ({ page, browser }) => {
    await nyttKonto("rollbyte-e2e@exempel.se", "Rolf Rollbytesson");
    const andra = await (await browser.newContext()).newPage();
    await loggaIn(andra, "rollbyte-e2e@exempel.se");
    await loggaInSom(page, "admin");
    await oppnaKonto(page, "Rolf Rollbytesson");
    await page.getByLabel("Roll").selectOption("HANDLAGGARE");
    await page.getByRole("button", { name: "Spara", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("Ändringen är sparad.");
    await andra.goto("/personal");
    await expect(andra).toHaveURL(/\/logga-in$/);
    await andra.context().close();
  });

  test("a person sees where they are signed in and ends another device's session", async ({ page, browser }) => {
    await nyttKonto("mina-e2e@exempel.se");
    const andra = await (
      await browser.newContext({
        userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
      })
    ).newPage();
    await loggaIn(andra, "mina-e2e@exempel.se");
    await loggaIn(page, "mina-e2e@exempel.se");
    await page.getByRole("link", { name: "Mitt konto" }).click();
    const rader = page.getByRole("table", { name: "Enheter där du är inloggad" }).getByRole("row");
    await expect(rader).toHaveCount(3);
    await expect(page.getByText("(den här enheten)")).toBeVisible();
    await page.getByRole("button", { name: /Logga ut Safari på macOS/ }).click();
    await expect(page.getByRole("status")).toHaveText("Inloggningen är avslutad.");
    await expect(rader).toHaveCount(2);
    await andra.goto("/personal");
    await expect(andra).toHaveURL(/\/logga-in$/);
    await page.goto("/personal");
    await expect(page).toHaveURL(/\/personal$/);
    await andra.context().close();
  });
});

test.describe("Byt lösenord", () => {
  test("needs the current password, and ends the sessions on other devices", async ({ page, browser }) => {
    await nyttKonto("byt-e2e@exempel.se");
    const andra = await (await browser.newContext()).newPage();
    await loggaIn(andra, "byt-e2e@exempel.se");
    await loggaIn(page, "byt-e2e@exempel.se");
    await page.getByRole("link", { name: "Mitt konto" }).click();
    await page.getByRole("link", { name: "Byt lösenord" }).click();
    await page.getByLabel("Nuvarande lösenord").fill("inte-mitt-lösenord");
    await page.getByLabel("Nytt lösenord", { exact: true }).fill("ett helt nytt och långt lösenord");
    await page.getByLabel("Upprepa det nya lösenordet").fill("ett helt nytt och långt lösenord");
    await page.getByRole("button", { name: "Byt lösenord" }).click();
    await expect(page.getByRole("link", { name: /Det nuvarande lösenordet stämmer inte/ })).toBeVisible();
    await expect(page.getByLabel("Nuvarande lösenord")).toHaveValue("");

    await page.getByLabel("Nuvarande lösenord").fill(LOSENORD);
    await page.getByLabel("Nytt lösenord", { exact: true }).fill("x".repeat(129));
    await page.getByLabel("Upprepa det nya lösenordet").fill("x".repeat(129));
    await page.getByRole("button", { name: "Byt lösenord" }).click();
    await expect(page.getByRole("link", { name: "Lösenordet får vara högst 128 tecken. Välj ett kortare." })).toBeVisible();

    await page.getByLabel("Nuvarande lösenord").fill(LOSENORD);
    await page.getByLabel("Nytt lösenord", { exact: true }).fill("ett helt nytt och långt lösenord");
    await page.getByLabel("Upprepa det nya lösenordet").fill("ett helt nytt och långt lösenord");
    await page.getByRole("button", { name: "Byt lösenord" }).click();
    await expect(page.getByRole("status")).toContainText("Lösenordet är bytt.");
    await andra.goto("/personal");
    await expect(andra).toHaveURL(/\/logga-in$/);
    await page.goto("/personal");
    await expect(page).toHaveURL(/\/personal$/);

    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await page.goto("/personal/mitt-konto/losenord");
    const sida = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(sida.violations.map((v) => v.id)).toEqual([]);
    await andra.context().close();
  });
});

test.describe("Auth.js's own endpoints", () => {
  test("never show its English pages, and redirect only to the configured address", async ({ page, baseURL }) => {
    const egen = new URL(baseURL!).origin;
    for (const [path, till] of [
      ["/api/auth/signout", "/logga-ut"],
      ["/api/auth/signin", "/logga-in"],
      ["/api/auth/error?error=Configuration", "/logga-in?error=Configuration"],
    ]) {
      const svar = await page.request.get(path, {
        maxRedirects: 0,
        headers: { "x-forwarded-host": "angripare.example", "x-forwarded-proto": "https" },
      });
      const location = svar.headers().location ?? "";
      expect(location, path).toMatch(new RegExp(`^(${egen})?${till.replace(/[?]/g, "\\?")}`));
      expect(location, path).not.toContain("angripare.example");
      expect(location, path).not.toContain("0.0.0.0");
    }
    await page.goto("/api/auth/signout");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du är utloggad");
    await page.goto("/api/auth/error?error=AccessDenied");
    await expect(page.getByText("det finns inget aktivt konto här med din e-postadress")).toBeVisible();
  });

  test("a sign-in posted with a forged X-Forwarded-Host never leads to that host", async ({ browser, baseURL }) => {
    await nyttKonto("vidarebefordrad-e2e@exempel.se");
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-host": "angripare.example" } });
    const page = await context.newPage();
    const dit: string[] = [];
    page.on("request", (r) => void (new URL(r.url()).hostname === "angripare.example" && dit.push(r.url())));
    await page.goto("/logga-in");
    await page.getByLabel("E-postadress").fill("vidarebefordrad-e2e@exempel.se");
    await page.getByLabel("Lösenord").fill(LOSENORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForLoadState("networkidle");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(dit).toEqual([]);
    await context.close();
  });

  test("the sign-out and account pages have no axe violations", async ({ page }) => {
    await nyttKonto("axe-sessioner-e2e@exempel.se");
    await loggaIn(page, "axe-sessioner-e2e@exempel.se");
    for (const path of ["/personal/mitt-konto", "/logga-ut"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(result.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
    }
    await page.getByRole("button", { name: "Logga ut" }).last().click();
    await expect(page).toHaveURL(/\/logga-in\?utloggad=1$/);
    for (const path of ["/logga-ut", "/logga-in?utloggad=1", "/logga-in?error=AccessDenied"]) {
      await page.goto(path);
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(result.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
    }
  });
});
