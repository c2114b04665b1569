import { expect, test } from "@playwright/test";
import { axe } from "../support/axe";
import { loggaInSom } from "../support/logga-in";

test("an editor schedules driftinformation; every public page shows it at once, and it is gone when ended", async ({
  page,
  browser,
  baseURL,
}) => {
  const text = `Planerat underhåll ${Date.now()}: kontaktformuläret kan vara stängt en stund.`;
  await loggaInSom(page, "redaktor");
  await page.goto("/personal/driftinformation");
  expect(await axe(page)).toEqual([]);
  // Today from 00:00 to 23:59, Swedish time: on now.
  await page.getByLabel("Meddelande", { exact: true }).fill(text);
  const start = page.getByRole("group", { name: "Visas från (svensk tid)" });
  const slut = page.getByRole("group", { name: "Visas till (svensk tid)" });
  await start.getByLabel("Klockslag").fill("00:00");
  await slut.getByLabel("Klockslag").fill("00:00");
  await page.getByRole("button", { name: "Schemalägg meddelandet" }).click();
  await expect(page.getByText("Slutet måste vara efter starten.").first()).toBeVisible();
  await expect(page.getByLabel("Meddelande", { exact: true })).toHaveValue(text);
  await slut.getByLabel("Klockslag").fill("23:59");
  await page.getByRole("button", { name: "Schemalägg meddelandet" }).click();
  await expect(page.getByRole("status")).toHaveText("Meddelandet är schemalagt.");

  const besokare = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const publik = await besokare.newPage();
  for (const adress of ["/", "/jamlikt-goteborg", "/skolor"]) {
    await expect
      .poll(async () => {
        await publik.goto(adress);
        return publik.getByRole("region", { name: "Driftinformation" }).textContent();
      })
      .toContain(text);
  }
  const medJs = await browser.newContext({ baseURL });
  const granska = await medJs.newPage();
  await granska.goto("/jamlikt-goteborg");
  expect(await axe(granska)).toEqual([]);
  await medJs.close();

  const rad = page.getByRole("listitem").filter({ hasText: text });
  await rad.getByRole("button", { name: "Avsluta nu" }).click();
  await expect(page.getByRole("status")).toHaveText("Meddelandet är avslutat och visas inte längre.");
  await expect
    .poll(async () => {
      await publik.goto("/jamlikt-goteborg");
      return (await publik.content()).includes(text);
    })
    .toBe(false);
  await besokare.close();
});
