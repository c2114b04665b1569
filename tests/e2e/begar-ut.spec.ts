import { expect, test } from "@playwright/test";
import { axe } from "../support/axe";
import { inloggad } from "../support/logga-in";
import { sql } from "./db";

// A case in a year of its own, so the diarium's page for that year shows just it.
const AR = 2017;
async function nyttArende(typ: string, meddelande: string, skolaId: string | null, ar = AR) {
  const [rad] = await sql<{ lopnummer: number; diarieNr: number }>(
    `INSERT INTO "Synpunkt" (id, typ, meddelande, namn, epost, "skolaId", idempotensnyckel, skapad, andrad)
     VALUES ($1, $2, $3, 'Greta Gris', 'begar-e2e@exempel.se', $4, $5, make_timestamp($6, 3, 1, 10, 0, 0), now())
     RETURNING lopnummer, "diarieNr"`,
    [`e2e-begar-${crypto.randomUUID()}`, typ, meddelande, skolaId, crypto.randomUUID(), ar],
  );
  return rad;
}
const rektorsSkola = async () =>
  (await sql<{ skolaId: string }>(`SELECT "skolaId" FROM "User" WHERE email = 'rektor@demo.grundskoleportalen.test'`))[0].skolaId;

test("anyone requests a copy from a diarium row without JavaScript and gets a receipt; the handläggare decides", async ({ browser }) => {
  test.setTimeout(150_000);
  const arende = await nyttArende("FRAGA", "En fråga om skolval", null);
  const dnr = `GRF ${AR}/${String(arende.diarieNr).padStart(5, "0")}`;

  const publik = await browser.newContext({ javaScriptEnabled: false });
  const page = await publik.newPage();
  await page.goto(`/diarium?ar=${AR}`);
  await page.getByRole("link", { name: `Begär ut ${dnr}` }).click();
  await expect(page).toHaveURL(/\/diarium\/begar-ut\?dnr=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Begär ut en allmän handling");
  await expect(page.getByLabel("Diarienummer (om du vet det)")).toHaveValue(dnr);
  // A number that is not in the diarium is refused with the text kept.
  await page.getByLabel("Diarienummer (om du vet det)").fill("GRF 1990/00001");
  await page.getByLabel("Din e-postadress (frivilligt)").fill("journalist@exempel.se");
  await page.waitForTimeout(1100); // the server refuses forms filled in faster than a person could
  await page.getByRole("button", { name: "Skicka begäran" }).click();
  await expect(page.getByRole("alert", { name: "Det finns ett problem" })).toContainText("Vi hittar inget ärende med det diarienumret");
  await expect(page.getByLabel("Din e-postadress (frivilligt)")).toHaveValue("journalist@exempel.se");
  await page.getByLabel("Diarienummer (om du vet det)").fill(dnr);
  await page.waitForTimeout(1100);
  await page.getByRole("button", { name: "Skicka begäran" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tack, vi har tagit emot ditt meddelande");
  await expect(page.getByText("Typ: Begäran om allmän handling")).toBeVisible();
  await expect(page.getByText(/behandlar din begäran samma dag/)).toBeVisible();
  await publik.close();

  const [begaran] = await sql<{ lopnummer: number; arendemening: string }>(
    `SELECT lopnummer, arendemening FROM "Synpunkt" WHERE typ = 'BEGARAN' AND "begardHandling" = $1`,
    [dnr],
  );
  expect(begaran.arendemening).toBe(`Begäran om allmän handling (${dnr})`);

  // The handläggare records a refusal, without JavaScript; the reason is required.
  const { page: sida, context } = await inloggad(browser, "handlaggare", false);
  await sida.goto(`/personal/synpunkter/${begaran.lopnummer}`);
  await expect(sida.getByText(dnr, { exact: true })).toBeVisible();
  await sida.getByLabel("Avslag", { exact: true }).check();
  await sida.getByRole("button", { name: "Spara och skicka beslutet" }).click();
  await expect(sida.getByRole("alert", { name: "Det finns ett problem" })).toContainText("Skriv skälet till avslaget");
  await sida.getByLabel("Avslag", { exact: true }).check();
  await sida.getByLabel("Skäl för avslag").fill("Handlingen omfattas av sekretess enligt 23 kap. 2 § OSL.");
  await sida.getByRole("button", { name: "Spara och skicka beslutet" }).click();
  await expect(sida.getByRole("status")).toHaveText(/^Beslutet är sparat/);
  await expect(sida.getByRole("heading", { name: "Svar till avsändaren: Avslag" })).toBeVisible();
  await expect(sida.getByText(/kammarrätten i Göteborg/)).toBeVisible();
  await context.close();
});

test("a rektor sees a case forwarded to their school and answers it, and no other case", async ({ browser }) => {
  test.setTimeout(150_000);
  const skola = await rektorsSkola();
  const arende = await nyttArende("KLAGOMAL", "Det saknas lärare i klass 5B", skola, new Date().getFullYear());
  const annat = await nyttArende("KLAGOMAL", "Ett annat ärende", skola, new Date().getFullYear());

  const { page: handl, context: hc } = await inloggad(browser, "handlaggare");
  await handl.goto(`/personal/synpunkter/${arende.lopnummer}`);
  await handl.getByRole("button", { name: "Skicka vidare till rektor" }).click();
  await expect(handl.getByRole("status")).toHaveText(/^Ärendet är skickat vidare/);
  await expect(handl.getByRole("heading", { name: "Skickat vidare till skolans rektor" })).toBeVisible();
  expect(await axe(handl)).toEqual([]);

  const { page: rektor, context: rc } = await inloggad(browser, "rektor");
  await rektor.getByRole("link", { name: "Inkorg" }).first().click();
  await expect(rektor.getByRole("heading", { level: 1 })).toHaveText("Ärenden till din skola");
  expect(await axe(rektor)).toEqual([]);
  await expect(rektor.getByRole("link", { name: new RegExp(`${String(annat.lopnummer).padStart(5, "0")}$`) })).toHaveCount(0);
  await rektor.getByRole("link", { name: new RegExp(`${String(arende.lopnummer).padStart(5, "0")}$`) }).click();
  await expect(rektor.getByText("Det saknas lärare i klass 5B")).toBeVisible();
  await expect(rektor.getByLabel("Handläggare")).toHaveCount(0);
  await expect(rektor.getByLabel("Status")).toHaveCount(0);
  expect(await axe(rektor)).toEqual([]);
  await rektor.getByLabel("Svar till avsändaren").fill("Vi har anställt en ny lärare som börjar på måndag.");
  await rektor.getByRole("button", { name: "Skicka svar" }).click();
  await expect(rektor.getByRole("status")).toHaveText(/^Svaret är sparat/);
  await expect(rektor.getByText("Vi har anställt en ny lärare som börjar på måndag.")).toBeVisible();

  // Another case of the same school, not forwarded: no.
  await rektor.goto(`/personal/synpunkter/${annat.lopnummer}`);
  await expect(rektor.getByRole("heading", { level: 1 })).toHaveText("Du har inte behörighet till sidan");

  // Taken back: no longer.
  await handl.reload();
  await handl.getByRole("button", { name: "Ta tillbaka från skolan" }).click();
  await expect(handl.getByRole("status")).toHaveText(/^Ärendet är tillbakataget/);
  await rektor.goto(`/personal/synpunkter/${arende.lopnummer}`);
  await expect(rektor.getByRole("heading", { level: 1 })).toHaveText("Du har inte behörighet till sidan");
  await hc.close();
  await rc.close();
});

test("axe finds nothing on the request form, with and without errors", async ({ page }) => {
  await page.goto("/diarium/begar-ut");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Begär ut en allmän handling");
  expect(await axe(page)).toEqual([]);
  await page.waitForTimeout(1100);
  await page.getByRole("button", { name: "Skicka begäran" }).click();
  await expect(page.getByRole("alert", { name: "Det finns ett problem" })).toContainText("Skriv diarienumret eller beskriv");
  expect(await axe(page)).toEqual([]);
  // The contact form offers no request as a choice.
  await page.goto("/kontakt");
  await expect(page.getByLabel("Begäran om allmän handling")).toHaveCount(0);
});
