import { expect, test } from "@playwright/test";
import { axe } from "../support/axe";
import { inloggad } from "../support/logga-in";
import { sql } from "./db";

test.describe("the background jobs' page", () => {
  test("an admin sees every job with how often it runs, its last run and its last failure", async ({ browser }) => {
    // A failure recorded as the runner records it, so the page has one to show; this job runs only
    // at the server's start, so nothing overwrites it during the run.
    await sql(
      `INSERT INTO "Jobbkorning" (namn, startad, klar, resultat, meddelande, millisekunder, "senasteFel", "senasteFelmeddelande")
       VALUES ('totp-omkryptering', '2026-12-01T09:00:00Z', '2026-12-01T09:00:01Z', 'fel', 'Databasen svarade inte', 1200, '2026-12-01T09:00:01Z', 'Databasen svarade inte')
       ON CONFLICT (namn) DO UPDATE SET resultat = EXCLUDED.resultat, meddelande = EXCLUDED.meddelande, startad = EXCLUDED.startad, klar = EXCLUDED.klar,
         millisekunder = EXCLUDED.millisekunder, "senasteFel" = EXCLUDED."senasteFel", "senasteFelmeddelande" = EXCLUDED."senasteFelmeddelande"`,
    );
    const { page, context } = await inloggad(browser, "admin");
    await page.getByRole("navigation", { name: "Personalmeny" }).getByRole("link", { name: "Bakgrundsjobb" }).click();
    await expect(page).toHaveURL(/\/personal\/jobb$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bakgrundsjobb");
    const tabell = page.getByRole("table", { name: "Bakgrundsjobben och deras senaste körning" });
    for (const namn of ["utskick", "schemalagd-publicering", "totp-omkryptering", "rensa-sessioner", "gallring"]) {
      // Anchored: "sidrespons-gallring" also ends in "gallring".
      await expect(tabell.getByRole("rowheader", { name: new RegExp(`^${namn}`) })).toBeVisible();
    }
    await expect(tabell.getByRole("row", { name: /^gallring/ })).toContainText("en gång om dygnet, och 10 minuter efter start");
    const totp = tabell.getByRole("row", { name: /^totp-omkryptering/ });
    await expect(totp).toContainText("en gång, vid start");
    await expect(totp).toContainText("2026-12-01 10:00:00");
    await expect(totp).toContainText("Fel");
    await expect(totp).toContainText("Databasen svarade inte");
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  test("a redaktör is refused, and has no link to it", async ({ browser }) => {
    const { page, context } = await inloggad(browser, "redaktor");
    await expect(page.getByRole("navigation", { name: "Personalmeny" }).getByRole("link", { name: "Bakgrundsjobb" })).toHaveCount(0);
    await page.goto("/personal/jobb");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har inte behörighet till sidan");
    await context.close();
  });
});
