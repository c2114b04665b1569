import { expect, test } from "@playwright/test";
import { loggaInSom } from "../support/logga-in";
import { sql } from "./db";

async function arende() {
  const [{ lopnummer, id }] = await sql<{ lopnummer: number; id: string }>(
    `INSERT INTO "Synpunkt" (id, typ, meddelande, idempotensnyckel, andrad) VALUES ($1, 'FRAGA', 'Språkprov', $2, now()) RETURNING lopnummer, id`,
    [`e2e-${crypto.randomUUID()}`, crypto.randomUUID()],
  );
  return { lopnummer, id };
}
const lang = `Vi vill informera om att ${Array.from({ length: 30 }, () => "förvaltningsövergripande").join(" ")} gäller.`;

test.describe("the answer's plain language", () => {
  test("is shown as the handläggare writes, before anything is sent", async ({ page }) => {
    const { lopnummer } = await arende();
    await loggaInSom(page, "handlaggare");
    await page.goto(`/personal/synpunkter/${lopnummer}`);
    const ruta = page.getByRole("region", { name: "Språket i texten" }).first();
    await expect(ruta).toContainText("LIX visas när texten har minst tio ord.");
    await page.getByLabel("Svar till avsändaren").fill(lang);
    await expect(ruta).toContainText(/LIX \d+: mycket svår\./);
    await expect(ruta).toContainText("Meningen som börjar ”Vi vill informera om att förvaltningsövergripande …” har 36 ord.");
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("'Granska språket' shows the figures, keeps the text and sends nothing", async ({ page }) => {
      const { lopnummer, id } = await arende();
      await loggaInSom(page, "handlaggare");
      await page.goto(`/personal/synpunkter/${lopnummer}`);
      await page.getByLabel("Svar till avsändaren").fill(lang);
      await page.getByRole("button", { name: "Granska språket" }).first().click();
      await expect(page.getByLabel("Svar till avsändaren")).toHaveValue(lang);
      await expect(page.getByRole("region", { name: "Språket i texten" }).first()).toContainText(/LIX \d+: mycket svår\./);
      expect(await sql(`SELECT 1 FROM "SynpunktHandelse" WHERE "synpunktId" = $1 AND typ = 'SVAR_SKICKAT'`, [id])).toHaveLength(0);
      await page.getByRole("button", { name: "Skicka svar" }).click();
      await expect(page.getByRole("status")).toHaveText(/^Svaret är sparat\./);
      expect(await sql(`SELECT 1 FROM "SynpunktHandelse" WHERE "synpunktId" = $1 AND typ = 'SVAR_SKICKAT'`, [id])).toHaveLength(1);
    });
  });
});
