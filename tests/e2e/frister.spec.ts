import { expect, test } from "@playwright/test";
import { axe } from "../support/axe";
import { loggaInSom } from "../support/logga-in";
import { sql } from "./db";

test.describe("deadlines in the inbox", () => {
  test("'Mina ärenden' sorted by due date puts a late case first, marked in words", async ({ page }) => {
    const markor = `Frist-e2e ${Date.now()}`;
    // Due long before any case the other tests make, and assigned to the demo handläggare.
    const [{ lopnummer }] = await sql<{ lopnummer: number }>(
      `INSERT INTO "Synpunkt" (id, typ, meddelande, idempotensnyckel, andrad, "svarSenast", "avslutasSenast", frist, "handlaggareId", status)
       SELECT $1, 'KLAGOMAL', $2, $3, now(), '2001-01-03', '2001-01-17', '2001-01-03', id, 'UNDER_HANDLAGGNING'
       FROM "User" WHERE email = 'handlaggare@demo.grundskoleportalen.test' RETURNING lopnummer`,
      [`e2e-${crypto.randomUUID()}`, markor, crypto.randomUUID()],
    );
    await loggaInSom(page, "handlaggare");
    await page.goto("/personal/synpunkter");
    await page.getByRole("link", { name: "Mina ärenden" }).click();
    await expect(page.getByRole("link", { name: "Mina ärenden" })).toHaveAttribute("aria-current", "page");
    await page.getByRole("link", { name: "Sortera efter förfallodag" }).click();
    await expect(page).toHaveURL(/mina=1/);
    await expect(page).toHaveURL(/sortera=frist/);
    const forsta = page.getByRole("region", { name: "Ärenden" }).getByRole("row").nth(1);
    await expect(forsta).toContainText(`-${String(lopnummer).padStart(5, "0")}`);
    await expect(forsta).toContainText("2001-01-03");
    await expect(forsta).toContainText("Försenad: inget svar");
    expect(await axe(page)).toEqual([]);

    await forsta.getByRole("link").first().click();
    await expect(page.getByText("Försenad", { exact: true })).toBeVisible();
  });
});
