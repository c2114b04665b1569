import { expect, test } from "@playwright/test";
import { axe } from "../support/axe";
import { inloggad } from "../support/logga-in";
import { sql } from "./db";

// Two cases in a year of their own, so the page for that year shows just them.
const AR = 2019;
async function nyttArende(typ: string, meddelande: string, namn: string, dag: number) {
  const [rad] = await sql<{ lopnummer: number; diarieNr: number }>(
    `INSERT INTO "Synpunkt" (id, typ, meddelande, namn, epost, idempotensnyckel, skapad, andrad)
     VALUES ($1, $2, $3, $4, 'diarium-e2e@exempel.se', $5, make_timestamp(${AR}, 3, $6, 10, 0, 0), now())
     RETURNING lopnummer, "diarieNr"`,
    [`e2e-diarium-${crypto.randomUUID()}`, typ, meddelande, namn, crypto.randomUUID(), dag],
  );
  return rad;
}
const nummer = (nr: number) => `GRF ${AR}/${String(nr).padStart(5, "0")}`;

test.describe("the public diarium", () => {
  test("a handläggare edits the ärendemening and marks a case; the public page masks it and never names the sender", async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const oppet = await nyttArende("KLAGOMAL", "Min dotter Lisa blev utan lunch", "Greta Gris", 1);
    const markerat = await nyttArende("FRAGA", "Om min sons diagnos", "Pelle Svanslös", 2);

    // Staff, without JavaScript: both forms work as plain posts.
    const { page: sida, context: personal } = await inloggad(browser, "handlaggare", false);
    await sida.goto(`/personal/synpunkter/${oppet.lopnummer}`);
    await expect(sida.getByLabel("Ärendemening")).toHaveValue("Klagomål om grundskoleförvaltningen");
    await sida.getByLabel("Ärendemening").fill("");
    await sida.getByRole("button", { name: "Spara ärendemening" }).click();
    await expect(sida.getByText("Skriv en ärendemening.")).toBeVisible({ timeout: 15_000 });
    await sida.getByLabel("Ärendemening").fill("Skollunch vid friluftsdag");
    await sida.getByRole("button", { name: "Spara ärendemening" }).click();
    await expect(sida.getByRole("status")).toHaveText(/^Ärendemeningen är sparad/);
    await expect(sida.getByRole("heading", { name: "Ärendemeningen ändrad" })).toBeVisible();

    await sida.goto(`/personal/synpunkter/${markerat.lopnummer}`);
    await sida.getByLabel("Kan omfattas av sekretess").selectOption({ label: "OSL 25 kap. 1 § – hälso- och sjukvård" });
    await sida.getByRole("button", { name: "Spara sekretessmarkering" }).click();
    await expect(sida.getByRole("status")).toHaveText("Sekretessmarkeringen är sparad.");
    await expect(sida.getByRole("heading", { name: "Markerat: kan omfattas av sekretess" })).toBeVisible();
    await personal.close();

    // The public, without JavaScript and without a session.
    const publik = await browser.newContext({ javaScriptEnabled: false });
    const page = await publik.newPage();
    await page.goto("/");
    await page.getByRole("link", { name: /^Diariet/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diariet");
    await page.getByLabel("År").selectOption(String(AR));
    await page.getByRole("button", { name: "Visa" }).click();
    await expect(page).toHaveURL(new RegExp(`/diarium\\?ar=${AR}$`));

    const tabell = page.getByRole("table");
    const oppenRad = tabell.getByRole("row", { name: new RegExp(nummer(oppet.diarieNr)) });
    await expect(oppenRad).toContainText("Skollunch vid friluftsdag");
    await expect(oppenRad).toContainText("Klagomål");
    await expect(oppenRad).toContainText("Enskild");
    await expect(oppenRad).toContainText("2019-03-01");
    const maskeradRad = tabell.getByRole("row", { name: new RegExp(nummer(markerat.diarieNr)) });
    await expect(maskeradRad).toContainText("Handling som kan omfattas av sekretess");
    await expect(maskeradRad).not.toContainText("Fråga");
    const text = await page.locator("main").innerText();
    for (const hemligt of ["Greta", "Pelle", "diarium-e2e@exempel.se", "Lisa", "diagnos", "OSL"]) expect(text).not.toContain(hemligt);

    // A filter on type leaves the marked case out, so the filter cannot tell its type.
    await page.getByLabel("Typ").selectOption({ label: "Fråga" });
    await page.getByRole("button", { name: "Visa" }).click();
    await expect(page).toHaveURL(new RegExp(`/diarium\\?ar=${AR}&typ=fraga$`));
    await expect(page.getByText("Det finns inga registrerade handlingar som passar dina val.")).toBeVisible();

    // Any other spelling of a choice is sent to its one address, shared like a page.
    const svar = await page.request.get(`/diarium?typ=FRAGA&ar=${AR}&namn=x`, { maxRedirects: 0 });
    expect(svar.status()).toBe(308);
    expect(svar.headers().location).toBe(`/diarium?ar=${AR}&typ=fraga`);
    const kanonisk = await page.request.get(`/diarium?ar=${AR}`);
    expect(kanonisk.headers()["cache-control"]).toBe("s-maxage=1, stale-while-revalidate=86399");
    await publik.close();

    // axe runs in the page, so with JavaScript: the diarium, and the case page with its new forms.
    const medJs = await browser.newContext();
    const lasare = await medJs.newPage();
    await lasare.goto(`/diarium?ar=${AR}`);
    await expect(lasare.getByRole("table")).toBeVisible();
    expect(await axe(lasare)).toEqual([]);
    await medJs.close();
    const { page: arende, context } = await inloggad(browser, "handlaggare");
    await arende.goto(`/personal/synpunkter/${markerat.lopnummer}`);
    expect(await axe(arende)).toEqual([]);
    await context.close();
  });

  test("a redaktör's export withholds the marked case's ärendemening; a handläggare's shows it", async ({ browser }) => {
    const markerat = await nyttArende("KLAGOMAL", "Hemlig text", "Kajsa Anka", 3);
    await sql(`UPDATE "Synpunkt" SET sekretess = 'OSL_23_2', arendemening = 'Elevens situation i klass 4' WHERE lopnummer = $1`, [
      markerat.lopnummer,
    ]);
    const post = async (roll: string) => {
      const { context } = await inloggad(browser, roll);
      const svar = await context.request.get("/personal/diarium.json");
      expect(svar.status()).toBe(200);
      const { poster } = (await svar.json()) as { poster: Record<string, unknown>[] };
      await context.close();
      return poster.find((p) => p.diarienummer === nummer(markerat.diarieNr));
    };
    expect(await post("redaktor")).toMatchObject({ sekretess: true, arendemening: null, avsandare: "Enskild" });
    expect(await post("handlaggare")).toMatchObject({ sekretess: true, arendemening: "Elevens situation i klass 4" });

    const { context } = await inloggad(browser, "redaktor");
    const csv = await context.request.get("/personal/diarium.csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const innehall = await csv.text();
    expect(innehall).toContain(nummer(markerat.diarieNr));
    expect(innehall).not.toContain("Elevens situation");
    expect(innehall).not.toContain("Kajsa");
    expect((await context.request.get("/personal/diarium.json?sedan=igår")).status()).toBe(400);
    await context.close();
  });
});
