import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { inloggad, loggaInSom } from "../support/logga-in";
import { actionFormular } from "../system/support";
import { sql } from "./db";

const felruta = (page: Page) => page.getByRole("alert", { name: "Det finns ett problem" });

async function item(nyckel: string) {
  const [rad] = await sql<{ version: number; utkast: Record<string, unknown> | null; publicerad: Record<string, unknown> | null }>(
    `SELECT version, utkast, publicerad FROM "Innehall" WHERE typ = 'sida' AND nyckel = $1`,
    [nyckel],
  );
  return rad;
}

for (const js of [true, false]) {
  test(`an editor creates, previews and publishes a page, and the public sees it ${js ? "with" : "without"} JavaScript`, async ({
    browser,
  }) => {
    const { page, context } = await inloggad(browser, "redaktor", js);
    const titel = js ? "Lovskola i sommar" : "Läxhjälp på biblioteket";
    const slug = js ? "lovskola-i-sommar" : "laxhjalp-pa-biblioteket";
    await page.goto("/personal/innehall/ny");
    await page.getByRole("button", { name: "Skapa sidan som utkast" }).click();
    await expect(felruta(page)).toContainText("Skriv en rubrik.");
    await page.getByLabel("Rubrik").fill(titel);
    await page.getByRole("button", { name: "Skapa sidan som utkast" }).click();
    await expect(page).toHaveURL(new RegExp(`/personal/innehall/sida/${slug}\\?sparad=skapad$`));

    // A broken internal link: the draft is kept, publishing is refused in Swedish with the text kept.
    const text = `## Anmälan\n\nAnmäl dig via [kontaktsidan](/kontakt) eller [sidan](/finns-inte-${slug}).\n\n<img src=x onerror="window.__xss=1">\n\n[farlig](javascript:window.__xss=2)`;
    await page.getByLabel("Ingress").fill("Skolan är öppen på loven.");
    await page.getByLabel("Brödtext").fill(text);
    await page.getByRole("button", { name: "Publicera" }).click();
    await expect(felruta(page)).toContainText(`Länken /finns-inte-${slug} leder ingenstans`);
    await expect(page.getByLabel("Brödtext")).toHaveValue(text);
    const rättad = text.replace(` eller [sidan](/finns-inte-${slug})`, "");
    await page.getByLabel("Brödtext").fill(rättad);

    // Preview: the public page with the draft, a banner, noindex; the public address is still empty.
    await page.getByRole("button", { name: "Förhandsvisa" }).click();
    await expect(page).toHaveURL(new RegExp(`/forhandsvisning/sida/${slug}$`));
    await expect(page.getByText("Förhandsvisning – inte publicerad")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titel);
    await expect(page.getByRole("heading", { level: 2, name: "Anmälan" })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    expect((await page.request.get(`/${slug}`)).status()).toBe(404);

    await page.getByRole("link", { name: "Tillbaka till redigeringen" }).click();
    await page.getByLabel("Visa i huvudmenyn").check();
    if (!js) await page.getByLabel("Ligger under sidan (adress)").fill("om-forvaltningen");
    await page.getByLabel("Kommentar till versionen (valfri)").fill("Första versionen");
    await page.getByRole("button", { name: "Publicera" }).click();
    await expect(page.getByRole("status")).toHaveText("Ändringarna är publicerade.");

    // The public page, for anyone: the text, sanitized.
    const publik = await browser.newContext({ javaScriptEnabled: js });
    const besok = await publik.newPage();
    await besok.goto(`/${slug}`);
    await expect(besok.getByRole("heading", { level: 1 })).toHaveText(titel);
    await expect(besok.getByText("Skolan är öppen på loven.")).toBeVisible();
    await expect(besok.getByRole("link", { name: "kontaktsidan" })).toHaveAttribute("href", "/kontakt");
    await expect(besok.getByText("Senast uppdaterad")).toBeVisible();
    await expect(besok.locator(".brodtext img")).toHaveCount(0);
    await expect(besok.getByText("farlig")).not.toHaveAttribute("href", /.*/);
    await expect(besok.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: titel })).toBeVisible();
    if (!js) {
      await expect(
        besok.getByRole("navigation", { name: "Du är här" }).getByRole("link", { name: "Om grundskoleförvaltningen" }),
      ).toBeVisible();
      await besok.goto("/om-forvaltningen");
      await expect(besok.getByRole("navigation", { name: /Mer om/ }).getByRole("link", { name: titel })).toBeVisible();
    }
    if (js) expect(await besok.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await publik.close();

    // The history shows the versions and a diff between them.
    await page.goto(`/personal/innehall/sida/${slug}/historik`);
    await expect(page.getByText("Första versionen")).toBeVisible();
    await expect(page.locator("ins.andring").first()).toBeVisible();
    await context.close();
  });
}

test("an old version restored becomes a draft, and the public page keeps the published text until publishing", async ({ browser }) => {
  const { page, context } = await inloggad(browser, "admin");
  await page.goto("/personal/innehall/sida/arbeta-hos-oss");
  const publicerad = await page.getByLabel("Rubrik").inputValue();
  await page.getByLabel("Rubrik").fill("Jobba hos oss");
  await page.getByRole("button", { name: "Publicera", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Ändringarna är publicerade.");
  await page.getByRole("link", { name: "Historik och tidigare versioner" }).click();
  // Only the heading changed: the body's line breaks, sent by the browser as CRLF, are not a change.
  await expect(page.locator("dd ins.andring")).toHaveCount(1);
  await expect(page.locator("dd ins.andring")).toContainText("Jobba");
  await page.getByRole("button", { name: "Återställ version 1 som utkast" }).click();
  await expect(page.getByRole("status")).toContainText("Version 1 är nu ett utkast");
  await expect(page.getByLabel("Rubrik")).toHaveValue(publicerad);
  await page.goto("/arbeta-hos-oss");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jobba hos oss");
  await context.close();
});

test("the later of two editors is refused and sees both texts; nothing is lost", async ({ browser }) => {
  const a = await inloggad(browser, "redaktor");
  const b = await inloggad(browser, "admin");
  for (const p of [a.page, b.page]) await p.goto("/personal/innehall/startsida/startsida");
  await a.page.getByLabel("Rubrik").fill("Välkommen till grundskolan");
  await a.page.getByRole("button", { name: "Spara utkast" }).click();
  await expect(a.page.getByRole("status")).toHaveText("Utkastet är sparat. Inget har ändrats publikt.");
  await b.page.getByLabel("Rubrik").fill("Grundskolan i Göteborg");
  await b.page.getByRole("button", { name: "Spara utkast" }).click();
  await expect(felruta(b.page)).toContainText("Rasmus Redaktör (demo) sparade startsidans texter medan du skrev");
  await expect(b.page.getByLabel("Rubrik")).toHaveValue("Grundskolan i Göteborg");
  await expect(b.page.getByRole("region", { name: /Den sparade texten/ })).toContainText("Välkommen till grundskolan");
  await a.context.close();
  await b.context.close();
});

test("a direct POST from a rektor, a handläggare or a signed-out browser changes nothing", async ({ browser, playwright }) => {
  const red = await inloggad(browser, "redaktor");
  const adress = "/personal/innehall/sida/styr-och-stodkedjan";
  const html = await (await red.page.request.get(adress)).text();
  const form = actionFormular(html).find((f) => f.falt.includes("brodtext"));
  expect(form).toBeTruthy();
  const fore = await item("styr-och-stodkedjan");
  const falt = {
    ...form!.dolda,
    titel: "Kapad",
    ingress: "",
    brodtext: "Kapad",
    foralder: "",
    kommentar: "",
    handling: "utkast",
    version: String(fore.version),
  };
  const skicka = (req: { post: (url: string, o: object) => Promise<{ status(): number }> }) =>
    req.post(adress, { multipart: falt, headers: { origin: new URL(red.page.url()).origin }, maxRedirects: 0 });
  for (const roll of ["rektor", "handlaggare"]) {
    const { page, context } = await inloggad(browser, roll);
    await skicka(page.request);
    await context.close();
  }
  const utloggad = await playwright.request.newContext({ baseURL: new URL(red.page.url()).origin });
  await skicka(utloggad);
  await utloggad.dispose();
  expect(await item("styr-och-stodkedjan")).toEqual(fore);
  // The same request from the editor does save (a draft, so the public page is left alone): the test could have failed.
  await skicka(red.page.request);
  expect((await item("styr-och-stodkedjan")).utkast).toMatchObject({ titel: "Kapad" });
  await red.context.close();
});

test("a handläggare is turned away from the editor and the preview", async ({ browser }) => {
  const { page, context } = await inloggad(browser, "handlaggare");
  for (const path of [
    "/personal/innehall",
    "/personal/innehall/sida/om-forvaltningen",
    "/forhandsvisning/sida/om-forvaltningen",
    "/personal/innehall/granskning",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Du har inte behörighet till sidan");
  }
  await context.close();
});

test("the editor's pages have no axe violations", async ({ browser }) => {
  const { page, context } = await inloggad(browser, "redaktor");
  for (const path of [
    "/personal/innehall",
    "/personal/innehall/ny",
    "/personal/innehall/granskning",
    "/personal/innehall/sida/om-forvaltningen",
    "/personal/innehall/sida/om-forvaltningen/historik?fran=1&till=2",
    "/personal/innehall/kontaktuppgifter/forvaltningen",
    "/personal/innehall/nyckeltal/elever",
    "/personal/innehall/forstarkningsomrade/okad-kvalitet-i-undervisningen",
    "/personal/innehall/program/framtidsrustad-skola",
    "/forhandsvisning/sida/om-forvaltningen",
    "/forhandsvisning/startsida/startsida",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(result.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  }
  await context.close();
});

test.describe("scheduled publishing, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an editor schedules the draft, sees it under Schemalagt, cancels one, and the other runs once when due", async ({ page }) => {
    const { svensktDatum } = await import("../../lib/datum");
    const imorgon = svensktDatum(new Date(Date.now() + 24 * 60 * 60 * 1000));
    await loggaInSom(page, "redaktor");
    await page.goto("/personal/innehall/nyckeltal/skolenheter");
    await page.getByLabel("Värde").fill("201");
    await page.getByRole("button", { name: "Spara utkast" }).click();
    await expect(page.getByRole("status")).toContainText("Utkastet är sparat");

    await page.getByLabel("Datum").fill("2020-01-01");
    await page.getByLabel("Klockslag (svensk tid)").fill("08:00");
    await page.getByRole("button", { name: "Schemalägg publicering" }).click();
    await expect(felruta(page)).toContainText("Tidpunkten har redan varit.");
    await expect(page.getByLabel("Datum")).toHaveValue("2020-01-01");

    for (const klockslag of ["07:00", "08:00"]) {
      await page.getByLabel("Datum").fill(imorgon);
      await page.getByLabel("Klockslag (svensk tid)").fill(klockslag);
      await page.getByRole("button", { name: "Schemalägg publicering" }).click();
      await expect(page.getByRole("status")).toContainText("Publiceringen är schemalagd");
    }
    await page.goto("/personal/innehall");
    const schemalagt = page.getByRole("region", { name: "Schemalagt" });
    await expect(schemalagt.getByText(/publiceras .* kl\. 07:00/)).toBeVisible();
    await schemalagt.getByRole("button", { name: /Avbryt publiceringen .* kl\. 07:00/ }).click();
    await expect(page.getByRole("status")).toHaveText("Den schemalagda publiceringen är avbruten.");
    await expect(page.getByText(/kl\. 07:00/)).toHaveCount(0);

    // Time passes: the remaining one becomes due and the server's job publishes it, once.
    await sql(`UPDATE "SchemalagdPublicering" SET tidpunkt = now() - interval '1 minute' WHERE avbruten IS NULL AND utford IS NULL`);
    await expect
      .poll(async () => (await sql(`SELECT varde FROM "Nyckeltal" WHERE nyckel = 'skolenheter'`))[0].varde, { timeout: 20_000 })
      .toBe("201");
    await page.goto("/personal/innehall/nyckeltal/skolenheter/historik");
    await expect(page.getByText("Schemalagd publicering")).toHaveCount(1);
  });
});

test("leaving the edit form with unsaved changes asks first, with JavaScript", async ({ browser }) => {
  const { page, context } = await inloggad(browser, "redaktor");
  await page.goto("/personal/innehall/nyckeltal/chefer");
  await page.getByLabel("Värde").fill("281");
  const dialog = page.waitForEvent("dialog");
  const lamna = page.goto("/personal/innehall").catch(() => null);
  const d = await dialog;
  expect(d.type()).toBe("beforeunload");
  await d.dismiss();
  await lamna;
  await expect(page.getByLabel("Värde")).toHaveValue("281");
  await context.close();
});
