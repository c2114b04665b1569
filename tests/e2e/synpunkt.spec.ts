import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { axe } from "../support/axe";
import { loggaInSom } from "../support/logga-in";
import { sql } from "./db";

const fall = (meddelande: string) =>
  sql<{ typ: string; epost: string | null; namn: string | null }>(`SELECT typ, epost, namn FROM "Synpunkt" WHERE meddelande = $1`, [
    meddelande,
  ]);

async function fyllI(page: Page, { typ, meddelande, epost }: { typ: string; meddelande: string; epost?: string }) {
  await page.goto("/kontakt");
  await page.getByRole("radio", { name: new RegExp(`^${typ}`) }).check();
  await page.getByLabel("Ditt meddelande").fill(meddelande);
  if (epost) await page.getByLabel("Din e-postadress (frivilligt)").fill(epost);
  await page.waitForTimeout(1100); // the server refuses forms filled in faster than a person could
}

// Each test is its own client, so tests never share the per-client rate limit.
let n = 0;
test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${(n++ % 200) + 1}-${test.info().title.length}` });
});

test.describe("the contact form", () => {
  for (const typ of ["Fråga", "Synpunkt", "Klagomål", "Beröm"]) {
    test(`a ${typ.toLowerCase()} gets a case number and is stored once`, async ({ page }) => {
      const meddelande = `${typ}: testmeddelande ${Date.now()}`;
      await fyllI(page, { typ, meddelande, epost: "foralder@exempel.se" });
      await page.getByRole("button", { name: "Skicka" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tack, vi har tagit emot ditt meddelande");
      await expect(page.getByText(/^GF-\d{4}-\d{5}$/)).toBeVisible();
      await expect(page.getByText("Vi har skickat en bekräftelse till din e-postadress")).toBeVisible();
      expect(await fall(meddelande)).toHaveLength(1);
    });
  }

  test("bad input gets an error summary and inline messages, and keeps what was typed", async ({ page }) => {
    await fyllI(page, { typ: "Fråga", meddelande: "   ", epost: "inte-en-adress" });
    await page.getByLabel("Ditt namn (frivilligt)").fill("<b>Anna</b>");
    await page.getByRole("button", { name: "Skicka" }).click();
    const summering = page.getByRole("alert", { name: "Det finns ett problem" });
    await expect(summering.getByRole("link", { name: "Skriv ditt meddelande." })).toBeVisible();
    await expect(summering.getByRole("link", { name: /Skriv e-postadressen i formatet/ })).toBeVisible();
    await expect(page.getByLabel("Ditt namn (frivilligt)")).toHaveValue("<b>Anna</b>");
    await expect(page.getByLabel("Din e-postadress (frivilligt)")).toHaveValue("inte-en-adress");
    await expect(page.getByRole("radio", { name: /^Fråga/ })).toBeChecked();
    await summering.getByRole("link", { name: "Skriv ditt meddelande." }).click();
    await expect(page.getByLabel("Ditt meddelande")).toBeFocused();
  });

  test("a post whose key is not its form load's gets the try-again answer with the text kept, and the form shown again sends", async ({
    page,
  }) => {
    const meddelande = `Formulär med en annan nyckel ${Date.now()}`;
    await fyllI(page, { typ: "Fråga", meddelande });
    // As a replayed post with a new key would: this load's start time, another key.
    await page.locator('input[name="idempotensnyckel"]').evaluate((e: HTMLInputElement, v) => (e.value = v), randomUUID());
    await page.getByRole("button", { name: "Skicka" }).click();
    await expect(page.locator("#formular")).toHaveText(/^Formuläret har redan skickats eller är för gammalt/);
    await expect(page.getByLabel("Ditt meddelande")).toHaveValue(meddelande);
    await expect(page.getByRole("radio", { name: /^Fråga/ })).toBeChecked();
    expect(await fall(meddelande)).toHaveLength(0);
    // The answer carries a new load: sent as it is (after the minimum time), it makes the case.
    await page.waitForTimeout(1100);
    await page.getByRole("button", { name: "Skicka" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tack, vi har tagit emot ditt meddelande");
    expect(await fall(meddelande)).toHaveLength(1);
  });

  test("counts the characters left", async ({ page }) => {
    await page.goto("/kontakt");
    await page.getByLabel("Ditt meddelande").fill("Hej");
    await expect(page.getByText(/^4\s997 tecken kvar$/)).toBeVisible();
  });

  test("the contact page has no axe violations, also with errors shown", async ({ page }) => {
    await page.goto("/kontakt");
    expect(await axe(page)).toEqual([]);
    await page.getByRole("button", { name: "Skicka" }).click();
    await expect(page.getByRole("alert", { name: "Det finns ett problem" })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
});

test.describe("the contact form without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sends a fråga and shows the receipt", async ({ page }) => {
    const meddelande = `Utan JavaScript ${Date.now()}`;
    await fyllI(page, { typ: "Fråga", meddelande });
    await page.getByRole("button", { name: "Skicka" }).click();
    await expect(page.getByText(/^GF-\d{4}-\d{5}$/)).toBeVisible();
    await expect(page.getByText("Du lämnade ingen e-postadress")).toBeVisible();
    expect(await fall(meddelande)).toEqual([{ typ: "FRAGA", epost: null, namn: null }]);
  });

  test("a reload of the POST, or the same form sent twice, makes one case", async ({ page }) => {
    const meddelande = `Skickat två gånger ${Date.now()}`;
    await fyllI(page, { typ: "Synpunkt", meddelande });
    const skickat = page.waitForRequest((r) => r.method() === "POST");
    await page.getByRole("button", { name: "Skicka" }).click();
    const post = await skickat;
    await expect(page.getByText(/^GF-\d{4}-\d{5}$/)).toBeVisible();
    const forsta = await page.getByText(/^GF-\d{4}-\d{5}$/).textContent();
    // The very same POST again, as a reload, a second click or a retry after a timeout sends it.
    const igen = await page.request.post(post.url(), { headers: await post.allHeaders(), data: post.postDataBuffer()! });
    expect(igen.status()).toBeLessThan(400);
    expect(await igen.text()).toContain(forsta!);
    expect(await fall(meddelande)).toHaveLength(1);
  });
});

test.describe("handling cases without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an empty note gets a Swedish message on the case page, and a note is saved", async ({ page }) => {
    const [{ lopnummer }] = await sql<{ lopnummer: number }>(
      `INSERT INTO "Synpunkt" (id, typ, meddelande, idempotensnyckel, andrad) VALUES ($1, 'FRAGA', 'Utan JavaScript', $2, now()) RETURNING lopnummer`,
      [`e2e-nojs-${Date.now()}`, crypto.randomUUID()],
    );
    await loggaInSom(page, "handlaggare");
    await page.goto(`/personal/synpunkter/${lopnummer}`);
    await page.getByRole("button", { name: "Spara anteckning" }).click();
    await expect(page.getByText("Skriv anteckningen.")).toBeVisible({ timeout: 15_000 });
    await page.getByLabel("Intern anteckning").fill("Ringde skolan, återkommer.");
    await page.getByRole("button", { name: "Spara anteckning" }).click();
    await expect(page.getByText("Ringde skolan, återkommer.")).toBeVisible();
  });
});

test.describe("handling cases", () => {
  const loggaIn = (page: Page, roll: string) => loggaInSom(page, roll);

  test("a handläggare finds a case, sees its message as text, takes it and replies", async ({ page }) => {
    const meddelande = `<script>window.hackad = true</script><b>Fet?</b> Ärende ${Date.now()}`;
    const [{ lopnummer }] = await sql<{ lopnummer: number }>(
      `INSERT INTO "Synpunkt" (id, typ, meddelande, epost, idempotensnyckel, andrad) VALUES ($1, 'KLAGOMAL', $2, 'svar-e2e@exempel.se', $3, now()) RETURNING lopnummer`,
      [`e2e-${Date.now()}`, meddelande, crypto.randomUUID()],
    );
    await loggaIn(page, "handlaggare");
    await page.goto("/personal/synpunkter?typ=KLAGOMAL&status=MOTTAGEN");
    await page.getByRole("link", { name: new RegExp(`-${String(lopnummer).padStart(5, "0")}$`) }).click();
    await expect(page.getByText(meddelande)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { hackad?: boolean }).hackad)).toBeUndefined();
    await expect(page.locator("main b")).toHaveCount(0);

    await page.getByLabel("Handläggare", { exact: true }).selectOption({ label: "Hanna Handläggare (demo)" });
    await page.getByRole("button", { name: "Tilldela" }).click();
    await expect(page.getByRole("status")).toHaveText("Ärendet är tilldelat.");
    await page.getByLabel("Svar till avsändaren").fill("Tack, vi har åtgärdat det.");
    await page.getByRole("button", { name: "Skicka svar" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Svaret är sparat\./);
    await expect(page.getByRole("heading", { name: "Svar till avsändaren" })).toBeVisible();
    await expect
      .poll(async () => (await sql(`SELECT 1 FROM "Utskick" WHERE till = 'svar-e2e@exempel.se' AND skickad IS NOT NULL`)).length, {
        timeout: 15_000,
      })
      .toBe(1);

    expect(await axe(page)).toEqual([]);
    await page.goto("/personal/synpunkter");
    expect(await axe(page)).toEqual([]);
  });

  test("a redaktör cannot read cases", async ({ page }) => {
    await loggaIn(page, "redaktor");
    await page.goto("/personal/synpunkter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har inte behörighet till sidan");
    await page.goto("/personal/synpunkter/1");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har inte behörighet till sidan");
  });
});
