// A content page's life as plain forms, without JavaScript: a new address (the old one answers
// 301 to it), a refused address with the text kept, unpublishing (404), publishing again,
// archiving (410 with a Swedish page, also at the old address) and restoring as a draft.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { loggaInSom } from "../support/logga-in";

test.use({ javaScriptEnabled: false });

const status = (page: Page) => page.getByRole("status");

/** The public status of an address, as a visitor without a session sees it (through the page cache). */
async function svar(besokare: APIRequestContext, adress: string) {
  const res = await besokare.get(adress, { maxRedirects: 0 });
  return { status: res.status(), location: res.headers().location ?? "", text: res.status() === 410 ? await res.text() : "" };
}

test("a page gets a new address, is unpublished, published again, archived and restored, all as plain forms", async ({ page, request }) => {
  await loggaInSom(page, "redaktor");

  await page.goto("/personal/innehall/ny");
  await page.getByLabel("Rubrik").fill("Sommarskola i Angered");
  await page.getByRole("button", { name: "Skapa sidan som utkast" }).click();
  await expect(page).toHaveURL(/\/personal\/innehall\/sida\/sommarskola-i-angered\?sparad=skapad$/);
  await page.getByLabel("Ingress").fill("Sommarskolan är öppen för alla elever i årskurs 6–9.");
  await page.getByRole("button", { name: "Publicera", exact: true }).click();
  await expect(status(page)).toHaveText("Ändringarna är publicerade.");
  await expect.poll(async () => (await svar(request, "/sommarskola-i-angered")).status, { timeout: 2_000 }).toBe(200);

  // An address the site already uses is refused in Swedish, with what was typed kept.
  await page.getByLabel("Ny adress").fill("kontakt");
  await page.getByRole("button", { name: "Byt adress" }).click();
  await expect(page.getByRole("alert").first()).toContainText("/kontakt");
  await expect(page.getByLabel("Ny adress")).toHaveValue("kontakt");

  // å, ä and ö become a, a and o; the old address answers 301 to the new one.
  await page.getByLabel("Ny adress").fill("Sommarskola i Göteborg");
  await page.getByRole("button", { name: "Byt adress" }).click();
  await expect(page).toHaveURL(/\/personal\/innehall\/sida\/sommarskola-i-goteborg\?/);
  await expect(status(page)).toContainText("Den gamla adressen /sommarskola-i-angered leder hit.");
  await expect
    .poll(async () => svar(request, "/sommarskola-i-angered"), { timeout: 4_000 })
    .toMatchObject({ status: 301, location: expect.stringMatching(/\/sommarskola-i-goteborg$/) });
  expect((await svar(request, "/sommarskola-i-goteborg")).status).toBe(200);

  await page.getByRole("button", { name: "Avpublicera sidan" }).click();
  await expect(status(page)).toContainText("Sidan är avpublicerad");
  await expect.poll(async () => (await svar(request, "/sommarskola-i-goteborg")).status, { timeout: 2_000 }).toBe(404);

  await page.getByRole("button", { name: "Publicera", exact: true }).click();
  await expect(status(page)).toHaveText("Ändringarna är publicerade.");
  await expect.poll(async () => (await svar(request, "/sommarskola-i-goteborg")).status, { timeout: 2_000 }).toBe(200);

  await page.getByRole("button", { name: "Arkivera sidan" }).click();
  await expect(status(page)).toHaveText("Sidan är arkiverad.");
  for (const adress of ["/sommarskola-i-goteborg", "/sommarskola-i-angered"]) {
    await expect.poll(async () => (await svar(request, adress)).status, { timeout: 4_000 }).toBe(410);
    expect((await svar(request, adress)).text).toContain("Sidan har tagits bort");
  }

  await page.getByRole("button", { name: "Återställ som utkast" }).click();
  await expect(status(page)).toContainText("Sidan är återställd som utkast");
  await expect.poll(async () => (await svar(request, "/sommarskola-i-goteborg")).status, { timeout: 4_000 }).toBe(404);
});
