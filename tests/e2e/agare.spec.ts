import { expect, test, type Page } from "@playwright/test";
import { axe } from "../support/axe";
import { demoEpost, inloggad } from "../support/logga-in";
import { sql } from "./db";

const idag = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());
const fram = (dagar: number, manader = 0) => {
  const [a, m, d] = idag().split("-").map(Number);
  return new Date(Date.UTC(a, m - 1 + manader, d + dagar)).toISOString().slice(0, 10);
};
const svenskt = (d: string) =>
  new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Stockholm" }).format(
    new Date(`${d}T12:00:00Z`),
  );
const sektion = (page: Page) => page.getByRole("region", { name: "Ägare och granskning" });

test("an editor sets owner and date without JavaScript, finds the insats on Innehåll att se över and confirms it", async ({ browser }) => {
  const titel = `Ägartest ${Date.now()}`;
  const slug = `agartest-${Date.now()}`;
  await sql(`INSERT INTO "Insats" (id, slug, titel, beskrivning, "ansvarigEnhet") VALUES ($1, $2, $3, 'Test', 'Test')`, [
    `e2e${Date.now()}`,
    slug,
    titel,
  ]);
  const [redaktor] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [demoEpost("redaktor")]);
  const { page, context } = await inloggad(browser, "redaktor", false);

  // Without an owner it is on the list for everyone, not under Mina.
  await page.goto("/personal/innehall/se-over");
  await expect(page.getByRole("row").filter({ hasText: titel })).toContainText("Saknar ägare");
  await page.goto("/personal/innehall/se-over?visa=mina");
  await expect(page.getByRole("row").filter({ hasText: titel })).toHaveCount(0);

  await page.goto(`/personal/insatser/${slug}`);
  const s = sektion(page);
  await expect(s).toContainText("Ägare: ingen");
  // A past date is refused in Swedish, with the choice kept.
  await s.getByLabel("Ägare").selectOption(redaktor.id);
  await s.getByLabel("Granska senast").fill("2020-01-01");
  await s.getByRole("button", { name: "Spara ägare och datum" }).click();
  await expect(page.getByRole("alert", { name: "Det finns ett problem" })).toContainText("Datumet har redan varit.");
  await expect(sektion(page).getByLabel("Ägare")).toHaveValue(redaktor.id);
  const datum = fram(5);
  await sektion(page).getByLabel("Granska senast").fill(datum);
  await sektion(page).getByRole("button", { name: "Spara ägare och datum" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ägare och datum är sparade." })).toBeVisible();
  await expect(sektion(page)).toContainText(`Granska senast: ${svenskt(datum)}`);

  // Now it is the editor's own, due within 14 days.
  await page.goto("/personal");
  await page.getByRole("link", { name: "Innehåll att se över" }).click();
  await page.getByRole("link", { name: "Mina" }).click();
  const rad = page.getByRole("row").filter({ hasText: titel });
  await expect(rad).toContainText("Inom 14 dagar");
  await expect(rad).toContainText(svenskt(datum));
  await rad.getByRole("link", { name: titel }).click();
  await expect(page).toHaveURL(new RegExp(`/personal/insatser/${slug}$`));

  const versioner = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM "InsatsUppdatering" u JOIN "Insats" i ON i.id = u."insatsId" WHERE i.slug = $1`,
    [slug],
  );
  await sektion(page).getByRole("button", { name: "Bekräfta att innehållet stämmer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Innehållet är bekräftat" })).toBeVisible();
  await expect(sektion(page)).toContainText(`Granska senast: ${svenskt(fram(0, 12))}`);
  expect(
    await sql(`SELECT count(*)::int AS n FROM "InsatsUppdatering" u JOIN "Insats" i ON i.id = u."insatsId" WHERE i.slug = $1`, [slug]),
  ).toEqual(versioner);
  await page.goto("/personal/innehall/se-over?visa=mina");
  await expect(page.getByRole("row").filter({ hasText: titel })).toHaveCount(0);
  await context.close();
  await sql(`UPDATE "Insats" SET arkiverad = now() WHERE slug = $1`, [slug]);
});

test("axe finds nothing on Innehåll att se över and on the owner section", async ({ browser }) => {
  // A broken link as the job lankkontroll stores it: listed on both pages.
  await sql(
    `INSERT INTO "TrasigLank" (id, "innehallId", href, slag, orsak)
     SELECT 'e2e-trasig-lank', id, '/finns-inte-e2e', 'intern', 'Sidan finns inte' FROM "Innehall" WHERE typ = 'startsida'
     ON CONFLICT DO NOTHING`,
  );
  const { page, context } = await inloggad(browser, "redaktor");
  for (const adress of ["/personal/innehall/se-over", "/personal/innehall/se-over?visa=mina"]) {
    await page.goto(adress);
    await expect(page.getByRole("heading", { level: 1, name: "Innehåll att se över" })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  }
  await page.goto("/personal/innehall/se-over");
  await expect(
    page.getByRole("region", { name: "Trasiga länkar" }).getByRole("listitem").filter({ hasText: "Startsidans texter" }),
  ).toContainText("/finns-inte-e2e: Sidan finns inte");
  await page.goto("/personal/innehall/startsida/startsida");
  await expect(sektion(page)).toBeVisible();
  await expect(sektion(page)).toContainText("/finns-inte-e2e: Sidan finns inte");
  await sektion(page).getByLabel("Granska senast").fill("");
  await sektion(page).getByRole("button", { name: "Spara ägare och datum" }).click();
  await expect(page.getByRole("alert", { name: "Det finns ett problem" })).toContainText("Skriv ett datum för Granska senast.");
  expect(await axe(page)).toEqual([]);
  // Confirming a content item: the date moves a year on, and no version is written.
  const versioner = () =>
    sql(`SELECT count(*)::int AS n FROM "InnehallVersion" v JOIN "Innehall" i ON i.id = v."innehallId" WHERE i.typ = 'startsida'`);
  const fore = await versioner();
  await sektion(page).getByRole("button", { name: "Bekräfta att innehållet stämmer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Innehållet är bekräftat" })).toBeVisible();
  await expect(sektion(page)).toContainText(`Granska senast: ${svenskt(fram(0, 12))}`);
  expect(await versioner()).toEqual(fore);
  expect(await axe(page)).toEqual([]);
  await context.close();
  await sql(`DELETE FROM "TrasigLank" WHERE id = 'e2e-trasig-lank'`);
});
