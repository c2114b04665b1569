import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { inloggad } from "../support/logga-in";
import { sql } from "./db";

const felruta = (page: Page) => page.getByRole("alert", { name: "Det finns ett problem" });

async function versioner(typ: string, nyckel: string) {
  const [{ n }] = await sql<{ n: string }>(
    `SELECT count(*) AS n FROM "InnehallVersion" v JOIN "Innehall" i ON i.id = v."innehallId" WHERE i.typ = $1 AND i.nyckel = $2`,
    [typ, nyckel],
  );
  return Number(n);
}

for (const js of [true, false]) {
  test(`an editor changes a förstärkningsområde's links, previews and publishes, and the cached public page shows it within 2 s, ${js ? "with" : "without"} JavaScript`, async ({
    browser,
  }) => {
    const slug = js ? "okad-kvalitet-i-undervisningen" : "tydligare-ansvar-styrning-och-ledning";
    const lanktext = js ? "Skolverket om kollegialt lärande" : "Skolverket om styrning";
    const publik = await browser.newContext({ javaScriptEnabled: js });
    const besok = await publik.newPage();
    // The public page is made and kept in the page cache before the change.
    await besok.goto(`/forstarkningsomraden/${slug}`);
    await expect(besok.getByRole("region", { name: "Relaterad information" }).getByRole("link")).not.toHaveCount(0);
    await expect(besok.getByRole("link", { name: lanktext })).toHaveCount(0);

    const { page, context } = await inloggad(browser, "redaktor", js);
    await page.goto(`/personal/innehall/forstarkningsomrade/${slug}`);
    const falt = page.getByLabel("Relaterad information (länkar)");
    const fore = await falt.inputValue();
    const farlig = `${fore}\nFarlig | javascript:alert(1)`;
    await falt.fill(farlig);
    await page.getByRole("button", { name: "Publicera" }).click();
    await expect(felruta(page)).toContainText("adressen ”javascript:alert(1)” går inte att använda");
    await expect(falt).toHaveValue(farlig);
    await falt.fill(`${fore}\n${lanktext} | https://www.skolverket.se/ | Stöd för skolans arbete.`);

    // Preview: the area's public page with the draft, the banner, noindex; the public page is unchanged.
    await page.getByRole("button", { name: "Förhandsvisa" }).click();
    await expect(page).toHaveURL(new RegExp(`/forhandsvisning/forstarkningsomrade/${slug}$`));
    await expect(page.getByText("Förhandsvisning – inte publicerad")).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByRole("link", { name: lanktext })).toHaveAttribute("href", "https://www.skolverket.se/");
    await besok.reload();
    await expect(besok.getByRole("link", { name: lanktext })).toHaveCount(0);

    await page.getByRole("link", { name: "Tillbaka till redigeringen" }).click();
    await page.getByRole("button", { name: "Publicera" }).click();
    await expect(page.getByRole("status").first()).toHaveText("Ändringarna är publicerade.");
    const publicerad = Date.now();
    await expect
      .poll(
        async () => {
          await besok.reload();
          return besok.getByRole("link", { name: lanktext }).count();
        },
        { timeout: 2_000, intervals: [100] },
      )
      .toBe(1);
    test.info().annotations.push({ type: "synligt efter", description: `${Date.now() - publicerad} ms` });
    await expect(besok.getByRole("link", { name: lanktext })).toHaveAttribute("href", "https://www.skolverket.se/");
    await publik.close();
    await context.close();
  });
}

test("autosave keeps the draft without a version per save, and leaving afterwards does not warn", async ({ browser }) => {
  const { page, context } = await inloggad(browser, "redaktor");
  const antal = await versioner("nyckeltal", "medarbetare");
  await page.goto("/personal/innehall/nyckeltal/medarbetare");
  await page.getByLabel("Källa och år").fill("Om grundskoleförvaltningen, 2026");
  await page.getByLabel("Värde").fill("9 010");
  // Before the autosave, leaving warns.
  const dialog = page.waitForEvent("dialog");
  const lamna = page.goto("/personal/innehall").catch(() => null);
  const d = await dialog;
  expect(d.type()).toBe("beforeunload");
  await d.dismiss();
  await lamna;
  await expect(page.getByText(/^Utkastet är sparat automatiskt kl\. \d\d\.\d\d\.$/)).toBeVisible();
  const [rad] = await sql<{ utkast: Record<string, string> }>(
    `SELECT utkast FROM "Innehall" WHERE typ = 'nyckeltal' AND nyckel = 'medarbetare'`,
  );
  expect(rad.utkast).toMatchObject({ varde: "9 010", kalla: "Om grundskoleförvaltningen, 2026" });
  expect(await versioner("nyckeltal", "medarbetare")).toBe(antal);

  // Saved: leaving does not ask, and the form shows the autosaved draft when opened again.
  page.on("dialog", (x) => {
    throw new Error(`Oväntad dialog: ${x.type()}`);
  });
  await page.goto("/personal/innehall");
  await expect(page).toHaveURL(/\/personal\/innehall$/);
  await page.goto("/personal/innehall/nyckeltal/medarbetare");
  await expect(page.getByLabel("Värde")).toHaveValue("9 010");
  // The explicit save is the one version.
  await page.getByRole("button", { name: "Spara utkast" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Utkastet är sparat. Inget har ändrats publikt.");
  expect(await versioner("nyckeltal", "medarbetare")).toBe(antal + 1);
  await context.close();
});

test("an autosave after someone else's save shows both texts, keeps the editor's own and stops autosaving", async ({ browser }) => {
  const a = await inloggad(browser, "admin");
  const b = await inloggad(browser, "redaktor");
  for (const p of [a.page, b.page]) await p.goto("/personal/innehall/nyckeltal/budget");
  await a.page.getByLabel("Enhet").fill("miljarder kronor per år");
  await expect(a.page.getByText(/Utkastet är sparat automatiskt/)).toBeVisible();
  await b.page.getByLabel("Enhet").fill("mdkr");
  await expect(b.page.getByText(/Alva Admin \(demo\) sparade nyckeltalet medan du skrev/)).toBeVisible();
  await expect(b.page.getByRole("region", { name: /Den sparade texten/ })).toContainText("miljarder kronor per år");
  await expect(b.page.getByLabel("Enhet")).toHaveValue("mdkr");
  const [rad] = await sql<{ utkast: Record<string, string> }>(
    `SELECT utkast FROM "Innehall" WHERE typ = 'nyckeltal' AND nyckel = 'budget'`,
  );
  expect(rad.utkast).toMatchObject({ enhet: "miljarder kronor per år" });
  // Having seen both, the editor saves on purpose, and that save goes through.
  await b.page.getByRole("button", { name: "Spara utkast" }).click();
  await expect(b.page.getByRole("status").first()).toHaveText("Utkastet är sparat. Inget har ändrats publikt.");
  await expect(b.page.getByLabel("Enhet")).toHaveValue("mdkr");
  await a.context.close();
  await b.context.close();
});

test("the edit page says who else has it open: on load without JavaScript, and by the heartbeat with it", async ({ browser }) => {
  const adress = "/personal/innehall/program/jamlikt-goteborg";
  const red = await inloggad(browser, "redaktor");
  await red.page.goto(adress);
  await expect(red.page.getByText("har också den här sidan öppen")).toHaveCount(0);
  const admin = await inloggad(browser, "admin", false);
  await admin.page.goto(adress);
  await expect(admin.page.getByText("Rasmus Redaktör (demo) har också den här sidan öppen.")).toBeVisible();
  // The editor who was first learns of the admin within one heartbeat.
  await expect(red.page.getByText("Alva Admin (demo) har också den här sidan öppen.")).toBeVisible({ timeout: 30_000 });
  await admin.context.close();
  await red.context.close();
});

test("every content type has a preview, and the editor's pages and previews have no axe violations", async ({ browser }) => {
  const { page, context } = await inloggad(browser, "redaktor");
  // The start page's heading is the seed's, or the draft innehall.spec.ts's two-editor test saves
  // on the same database while this runs.
  const startsidan = /Grundskoleförvaltningen i Göteborg|Välkommen till grundskolan/;
  const forhandsvisningar: [string, string | RegExp][] = [
    ["/forhandsvisning/startsida/startsida", startsidan],
    ["/forhandsvisning/kontaktuppgifter/forvaltningen", "Kontakta grundskoleförvaltningen"],
    ["/forhandsvisning/nyckeltal/elever", startsidan],
    ["/forhandsvisning/forstarkningsomrade/okad-likvardighet-mellan-skolor", "Ökad likvärdighet mellan skolor"],
    ["/forhandsvisning/program/jamlikt-goteborg", "Jämlikt Göteborg"],
    ["/forhandsvisning/program/framtidsrustad-skola", "Framtidsrustad skola"],
  ];
  for (const [path, rubrik] of forhandsvisningar) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(page.getByText("Förhandsvisning – inte publicerad"), path).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 }), path).toContainText(rubrik);
    await expect(page.locator('meta[name="robots"]'), path).toHaveAttribute("content", /noindex/);
  }
  const redigering = [
    "/personal/innehall/startsida/startsida",
    "/personal/innehall/program/jamlikt-goteborg",
    "/personal/innehall/forstarkningsomrade/okad-likvardighet-mellan-skolor",
    "/personal/innehall/nyckeltal/elever/historik",
  ];
  for (const path of [...redigering, ...forhandsvisningar.map(([p]) => p)]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(result.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  }
  await context.close();
});
