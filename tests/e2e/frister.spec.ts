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

    // The förvaltningslagen 11 § notice: the template's gaps must be filled, and nothing typed is lost.
    await expect(page.getByRole("heading", { name: "Ärendet är försenat" })).toBeVisible();
    const besked = page.getByLabel("Besked om försening");
    await expect(besked).toHaveValue(/förvaltningslagen \(2017:900\) 11 §/);
    await besked.fill(`${await besked.inputValue()}\nTillägg som ska finnas kvar.`);
    await page.getByRole("button", { name: "Skicka beskedet" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Fyll i det som står inom hakparentes" })).toBeVisible();
    await expect(besked).toHaveValue(/Tillägg som ska finnas kvar\./);
    await besked.fill("Hej! Svaret dröjer eftersom vi väntar på skolan. Du får svar senast 18 december.");
    await page.getByRole("button", { name: "Skicka beskedet" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Beskedet är skickat\./);
    await expect(page.getByRole("heading", { name: "Besked om försening (förvaltningslagen 11 §)" })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
});
