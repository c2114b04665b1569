import { expect, test, type Page } from "@playwright/test";
import { axe } from "../support/axe";
import { loggaInSom } from "../support/logga-in";
import { sql } from "./db";

const rubriker = [
  "Insatser per förstärkningsområde",
  "Statusändringar per månad",
  "Insatser vid skolorna i varje stadsområde",
  "Framtidsrustad skola: pilotskolorna genom projektets delar",
];

/** The number in a chart's table, by the row's key and the series' key. */
const cell = (page: Page, diagram: string, rad: string, serie: string) =>
  page.locator(`table[data-diagram="${diagram}"] tr[data-kategori="${rad}"] td[data-serie="${serie}"]`);

test.describe("Så går det without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor finds the page from the start page and reads every chart, its message and its table", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Så går det" }).click();
    await expect(page).toHaveURL(/\/sa-gar-det$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Så går det");
    for (const rubrik of rubriker) {
      const figur = page.getByRole("figure", { name: rubrik });
      await expect(figur.getByRole("heading", { name: rubrik })).toBeVisible();
      // The picture is drawn by the server and named by its message; the table holds its numbers.
      await expect(figur.getByRole("img")).toHaveAccessibleName(/\S/);
      await expect(figur.getByRole("table", { name: rubrik })).toBeVisible();
    }
    await expect(page.getByRole("figure", { name: rubriker[0] }).locator("p").first()).toHaveText(
      /^\d+ av \d+ insatser är klara och \d+ pågår\./,
    );
  });

  test("each förstärkningsområde links to it, and the open-data page lists its files", async ({ page, request }) => {
    await page.goto("/forstarkningsomraden/okad-likvardighet-mellan-skolor");
    await page.getByRole("link", { name: "Så går det" }).last().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Så går det");

    await page.goto("/oppna-data");
    const json = await page.getByRole("link", { name: "Så går det som JSON" }).getAttribute("href");
    const csv = await page.getByRole("link", { name: "Så går det som CSV" }).getAttribute("href");
    expect([json, csv]).toEqual(["/api/oppna-data/sa-gar-det.json", "/api/oppna-data/sa-gar-det.csv"]);
    const data = await (await request.get(json!)).json();
    expect(data.licens).toBe("CC0 1.0");
    expect(data.perForstarkningsomrade.map((o: { slug: string | null }) => o.slug)).toContain("okad-likvardighet-mellan-skolor");
    const fil = await request.get(csv!);
    expect(fil.headers()["content-type"]).toContain("text/csv");
    expect((await fil.text()).split("\r\n")[0]).toBe("\uFEFFdiagram;grupp;gruppnamn;status;antal");
  });
});

test("the page has no WCAG 2.2 AA violation, printed or on a phone", async ({ page }) => {
  await page.goto("/sa-gar-det");
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("figure", { name: rubriker[0] }).getByRole("img")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Du är här" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 320, height: 800 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await axe(page)).toEqual([]);
});

test("a redaktör's status change shows in the charts and the open data at once", async ({ page }) => {
  const slug = "kultur-likvardig-tillgang-upplevelser-och-aktiviteter";
  const klara = async () =>
    (
      await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Insats" i JOIN "Forstarkningsomrade" f ON f.id = i."forstarkningsomradeId"
        WHERE f.slug = 'okad-likvardighet-mellan-skolor' AND i.arkiverad IS NULL AND i.status = 'KLAR'`,
      )
    )[0].n;
  await page.goto("/sa-gar-det"); // fills the cache first
  const fore = await klara();
  await expect(cell(page, "per-forstarkningsomrade", "okad-likvardighet-mellan-skolor", "KLAR")).toHaveText(String(fore));

  await loggaInSom(page, "redaktor");
  await page.goto(`/personal/insatser/${slug}`);
  await page.getByLabel("Status", { exact: true }).selectOption("KLAR");
  await page.getByLabel("Hur många procent är klart?").fill("100");
  await page.getByLabel("Vad har hänt?").fill("Alla skolor har nu tillgång till kulturutbudet.");
  await page.getByRole("button", { name: "Spara uppdatering" }).click();
  await expect(page.getByRole("status")).toContainText("Uppdateringen är sparad");
  expect(await klara()).toBe(fore + 1);

  await page.goto("/sa-gar-det");
  await expect(cell(page, "per-forstarkningsomrade", "okad-likvardighet-mellan-skolor", "KLAR")).toHaveText(String(fore + 1));
  const data = await (await page.request.get("/api/oppna-data/sa-gar-det.json")).json();
  expect(data.perForstarkningsomrade.find((o: { slug: string }) => o.slug === "okad-likvardighet-mellan-skolor").antal.KLAR).toBe(fore + 1);
});
