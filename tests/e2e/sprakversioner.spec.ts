import { expect, test, type Page } from "@playwright/test";
import { axe } from "../support/axe";
import { inloggad } from "../support/logga-in";
import { actionFormular } from "../system/support";
import { sql } from "./db";

/** The page's <link rel="alternate" hreflang> as language → path. */
async function alternativ(page: Page) {
  const lankar = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((ls) => ls.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname]));
  return Object.fromEntries(lankar);
}

const versioner = (page: Page) => page.getByRole("navigation", { name: "Sidan på lättläst svenska och andra språk" });

test("a page links its lättläst and English versions; the English page is marked English and both name each other as alternates", async ({
  page,
  request,
}) => {
  await page.goto("/om-forvaltningen");
  await expect(versioner(page).getByRole("link", { name: "Lättläst" })).toHaveAttribute("href", "/om-forvaltningen/lattlast");
  const inEnglish = versioner(page).getByRole("link", { name: "In English" });
  await expect(inEnglish).toHaveAttribute("lang", "en");
  await expect(inEnglish).toHaveAttribute("hreflang", "en");
  expect(await alternativ(page)).toEqual({ sv: "/om-forvaltningen", en: "/om-forvaltningen/en", "x-default": "/om-forvaltningen" });
  expect((await axe(page)).map((v) => `/om-forvaltningen: ${v}`)).toEqual([]);

  await inEnglish.click();
  await expect(page).toHaveURL(/\/om-forvaltningen\/en$/);
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText("About the Compulsory School Administration");
  await expect(h1).toHaveAttribute("lang", "en");
  await expect(page.locator(".brodtext")).toHaveAttribute("lang", "en");
  await expect(page.locator(".brodtext").getByRole("heading", { level: 2, name: "Our work and our culture" })).toBeVisible();
  await expect(page.getByText("Last updated")).toHaveAttribute("lang", "en");
  // The site around the text stays Swedish: the document's language, the menu, the breadcrumb.
  expect(await page.locator("html").getAttribute("lang")).toBe("sv");
  await expect(page.getByRole("navigation", { name: "Du är här" }).getByRole("link", { name: "Om grundskoleförvaltningen" })).toBeVisible();
  await expect(page).toHaveTitle("About the Compulsory School Administration – Grundskoleförvaltningen, City of Gothenburg");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Gothenburg's Compulsory School Administration/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/om-forvaltningen\/en$/);
  expect(await alternativ(page)).toEqual({ sv: "/om-forvaltningen", en: "/om-forvaltningen/en", "x-default": "/om-forvaltningen" });
  await expect(versioner(page).getByRole("link", { name: "På svenska" })).toHaveAttribute("lang", "sv");
  expect((await axe(page)).map((v) => `/om-forvaltningen/en: ${v}`)).toEqual([]);

  await versioner(page).getByRole("link", { name: "Lättläst" }).click();
  await expect(page).toHaveURL(/\/om-forvaltningen\/lattlast$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Om grundskoleförvaltningen");
  await expect(page.getByRole("heading", { level: 2, name: "Det här är vi" })).toBeVisible();
  await expect(page).toHaveTitle(/^Om grundskoleförvaltningen – lättläst/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/om-forvaltningen\/lattlast$/);
  await expect(versioner(page).getByRole("link", { name: "Sidan på vanlig svenska" })).toHaveAttribute("href", "/om-forvaltningen");
  expect((await axe(page)).map((v) => `/om-forvaltningen/lattlast: ${v}`)).toEqual([]);

  // A page without versions links none and names no alternates; other second segments are not pages.
  await page.goto("/styr-och-stodkedjan");
  await expect(versioner(page)).toHaveCount(0);
  expect(await alternativ(page)).toEqual({});
  for (const path of ["/om-forvaltningen/fr", "/styr-och-stodkedjan/lattlast", "/finns-inte/en"])
    expect((await request.get(path)).status(), path).toBe(404);

  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/om-forvaltningen/lattlast</loc>");
  expect(sitemap).toMatch(/<loc>[^<]*\/om-forvaltningen\/en<\/loc>[\s\S]*?hreflang="sv"[^>]*href="[^"]*\/om-forvaltningen"/);
});

test("an editor creates a page's English version from its edit view, previews it and publishes it; the page's next request links it", async ({
  browser,
}) => {
  const { page, context } = await inloggad(browser, "redaktor");
  await page.goto("/personal/innehall/sida/tillganglighet");
  const omraade = page.getByRole("region", { name: "Lättläst och engelska" });
  await omraade.getByRole("button", { name: "Skapa den engelska versionen" }).click();
  await expect(page).toHaveURL(/\/personal\/innehall\/sida-en\/tillganglighet\?sparad=sprakversion$/);
  await expect(page.getByRole("status")).toHaveText("Versionen är skapad som utkast. Skriv texten och publicera när den är klar.");
  await expect(page.getByRole("region", { name: "Sidan på vanlig svenska" })).toBeVisible();
  expect(await axe(page)).toEqual([]);

  await page.getByLabel("Rubrik (på engelska)").fill("Accessibility statement");
  await page.getByLabel("Ingress (på engelska)").fill("How accessible this website is, and what you can do if something does not work.");
  await page
    .getByLabel("Brödtext (på engelska)")
    .fill(
      "## Report a problem\n\nIf something on the website does not work for you, [contact us](/kontakt). We usually answer within a week, and we always read what you write to us.",
    );
  await page.getByRole("button", { name: "Förhandsvisa" }).click();
  await expect(page).toHaveURL(/\/forhandsvisning\/sida-en\/tillganglighet$/);
  await expect(page.getByText("Förhandsvisning – inte publicerad")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  expect(await axe(page)).toEqual([]);
  expect((await page.request.get("/tillganglighet/en")).status()).toBe(404);

  await page.getByRole("link", { name: "Tillbaka till redigeringen" }).click();
  // English text gets no Swedish readability index.
  await expect(page.getByRole("region", { name: "Klarspråk och struktur" })).toContainText(
    "LIX) mäter svensk text och visas inte för engelska",
  );
  const publik = await browser.newContext();
  const besok = await publik.newPage();
  await besok.goto("/tillganglighet");
  await expect(versioner(besok)).toHaveCount(0);
  await page.getByRole("button", { name: "Publicera" }).click();
  await expect(page.getByRole("status")).toHaveText("Ändringarna är publicerade.");
  const publicerad = Date.now();

  // The page was in the page cache without the link; publishing expires it, so the very next
  // request shows the link (no stale copy first). The time is the render on this machine.
  expect(await (await besok.request.get("/tillganglighet")).text()).toContain('href="/tillganglighet/en"');
  test.info().annotations.push({ type: "publicerad till publik", description: `${Date.now() - publicerad} ms` });
  await besok.goto("/tillganglighet");
  expect(await alternativ(besok)).toMatchObject({ en: "/tillganglighet/en" });
  await versioner(besok).getByRole("link", { name: "In English" }).click();
  await expect(besok.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
  await expect(besok.getByRole("link", { name: "contact us" })).toHaveAttribute("href", "/kontakt");
  await publik.close();

  // The staff list shows the page's versions and their state.
  await page.goto("/personal/innehall");
  const rad = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Tillgänglighetsredogörelse", exact: true }) });
  await expect(rad).toContainText(/Engelska[^:]*: publicerad/);
  await expect(rad).toContainText("Lättläst: finns inte");
  expect(await axe(page)).toEqual([]);
  await context.close();
});

test("a lättläst draft with long words shows the LIX warning, as advice: the draft is saved and can be published", async ({ browser }) => {
  const { page, context } = await inloggad(browser, "redaktor");
  await page.goto("/personal/innehall/sida/personuppgifter");
  await page.getByRole("region", { name: "Lättläst och engelska" }).getByRole("button", { name: "Skapa den lättlästa versionen" }).click();
  await expect(page).toHaveURL(/\/personal\/innehall\/sida-lattlast\/personuppgifter/);
  await page.getByLabel("Ingress").fill("Så hanterar förvaltningen personuppgifter.");
  await page
    .getByLabel("Brödtext")
    .fill(
      "Grundskoleförvaltningens personuppgiftsbehandling förutsätter rättslig grund enligt dataskyddsförordningen och kompletterande nationell lagstiftning avseende utbildningsverksamhet.",
    );
  await page.getByRole("button", { name: "Spara utkast" }).click();
  await expect(page.getByRole("status")).toHaveText("Utkastet är sparat. Inget har ändrats publikt.");
  const klarsprak = page.getByRole("region", { name: "Klarspråk och struktur" });
  await expect(klarsprak).toContainText(/Varning: LIX är \d+, över 30\./);
  await expect(klarsprak).toContainText("En lättläst text bör ha LIX 30 eller lägre.");
  expect(await axe(page)).toEqual([]);

  await page.getByRole("button", { name: "Publicera" }).click();
  await expect(page.getByRole("status")).toHaveText("Ändringarna är publicerade.");
  const [rad] = await sql(`SELECT brodtext FROM "SidaVariant" WHERE slug = 'personuppgifter' AND sprak = 'lattlast'`);
  expect(rad.brodtext).toContain("dataskyddsförordningen");
  await page.goto("/personal/innehall/sida-lattlast/personuppgifter/historik");
  await expect(page.getByText("Skapade den lättlästa versionen.")).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // The page itself has the same LIX rules as before: no lättläst warning.
  await page.goto("/personal/innehall/sida/om-forvaltningen");
  await expect(page.getByRole("region", { name: "Klarspråk och struktur" })).not.toContainText("Varning");
  await context.close();
});

test("only an editor creates a version: a direct POST from a rektor, a handläggare or a signed-out browser changes nothing", async ({
  browser,
  playwright,
}) => {
  const red = await inloggad(browser, "redaktor");
  const adress = "/personal/innehall/sida/arbeta-hos-oss";
  const form = actionFormular(await (await red.page.request.get(adress)).text()).find((f) => f.dolda.typ === "sida-en");
  expect(form).toBeTruthy();
  const skicka = (req: { post: (url: string, o: object) => Promise<{ status(): number }> }) =>
    req.post(adress, { multipart: form!.dolda, headers: { origin: new URL(red.page.url()).origin }, maxRedirects: 0 });
  const antal = async () =>
    (await sql(`SELECT count(*)::int AS n FROM "Innehall" WHERE typ = 'sida-en' AND nyckel = 'arbeta-hos-oss'`))[0].n;
  for (const roll of ["rektor", "handlaggare"]) {
    const { page, context } = await inloggad(browser, roll);
    await skicka(page.request);
    await context.close();
  }
  const utloggad = await playwright.request.newContext({ baseURL: new URL(red.page.url()).origin });
  await skicka(utloggad);
  await utloggad.dispose();
  expect(await antal()).toBe(0);
  // Values no honest page sends: a type that has no versions, an address that is not one.
  for (const dolda of [
    { typ: "nyckeltal", nyckel: "elever" },
    { typ: "sida-en", nyckel: "Öppet hus!" },
    { typ: "sida-fr", nyckel: "arbeta-hos-oss" },
  ]) {
    const res = await red.page.request.post(adress, {
      multipart: { ...form!.dolda, ...dolda },
      headers: { origin: new URL(red.page.url()).origin },
      maxRedirects: 0,
    });
    expect(res.status(), JSON.stringify(dolda)).toBeLessThan(500);
  }
  expect(
    (
      await sql(
        `SELECT count(*)::int AS n FROM "Innehall" WHERE typ NOT IN ('sida', 'sida-lattlast', 'sida-en', 'startsida', 'startsida-lattlast', 'startsida-en', 'kontaktuppgifter', 'nyckeltal', 'forstarkningsomrade', 'forstarkningsomrade-lattlast', 'forstarkningsomrade-en', 'program', 'ni-sa-vi-gjorde')`,
      )
    )[0].n,
  ).toBe(0);
  await skicka(red.page.request);
  expect(await antal()).toBe(1);
  await red.context.close();

  const { page, context } = await inloggad(browser, "handlaggare");
  for (const path of ["/personal/innehall/sida-en/om-forvaltningen", "/forhandsvisning/sida-lattlast/om-forvaltningen"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Du har inte behörighet till sidan");
  }
  await context.close();
});

test("the start page links its lättläst and English versions; the lättläst one leads back and both are in the sitemap", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await expect(versioner(page).getByRole("link", { name: "Lättläst" })).toHaveAttribute("href", "/lattlast");
  await expect(versioner(page).getByRole("link", { name: "In English" })).toHaveAttribute("lang", "en");
  expect(await alternativ(page)).toEqual({ sv: "/", en: "/en", "x-default": "/" });
  expect((await axe(page)).map((v) => `/: ${v}`)).toEqual([]);

  await versioner(page).getByRole("link", { name: "Lättläst" }).click();
  await expect(page).toHaveURL(/\/lattlast$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grundskoleförvaltningen i Göteborg");
  await expect(page.locator(".brodtext").getByRole("heading", { level: 2, name: "Det här gör vi" })).toBeVisible();
  await expect(page).toHaveTitle(/^Grundskoleförvaltningen i Göteborg – lättläst/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/lattlast$/);
  await expect(versioner(page).getByRole("link", { name: "Sidan på vanlig svenska" })).toHaveAttribute("href", "/");
  expect((await axe(page)).map((v) => `/lattlast: ${v}`)).toEqual([]);
  expect(await page.locator("html").getAttribute("lang")).toBe("sv");

  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/lattlast</loc>");
  expect(sitemap).toContain("/forstarkningsomraden/okad-kvalitet-i-undervisningen/en</loc>");
});

test("an editor publishes an område's English version; the område links it, the page is English, and the search marks it English", async ({
  browser,
  page,
}) => {
  const slug = "okad-likvardighet-mellan-skolor";
  const { page: red, context } = await inloggad(browser, "redaktor");
  await red.goto(`/personal/innehall/forstarkningsomrade/${slug}`);
  await red.getByRole("region", { name: "Lättläst och engelska" }).getByRole("link", { name: "Redigera den engelska versionen" }).click();
  await expect(red).toHaveURL(new RegExp(`/personal/innehall/forstarkningsomrade-en/${slug}$`));
  // The edit page names what the version belongs to: the område, not "the page".
  await expect(red.getByRole("region", { name: "Området på vanlig svenska" })).toContainText(
    "Den visas publikt när både den och området är publicerade.",
  );
  await red.getByLabel("Rubrik (på engelska)").fill("Equity between schools");
  await red
    .getByLabel("Brödtext (på engelska)")
    .fill(
      "## Newcomers\n\nPupils who are newcomers to Sweden attend more of the city's schools, so that no school is left alone with the task.",
    );
  await red.getByRole("button", { name: "Förhandsvisa" }).click();
  await expect(red).toHaveURL(new RegExp(`/forhandsvisning/forstarkningsomrade-en/${slug}$`));
  await expect(red.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  expect(await axe(red)).toEqual([]);
  await red.getByRole("link", { name: "Tillbaka till redigeringen" }).click();
  await red.getByRole("button", { name: "Publicera", exact: true }).click();
  await expect(red.getByRole("status")).toHaveText("Ändringarna är publicerade.");
  await context.close();

  await page.goto(`/forstarkningsomraden/${slug}`);
  const inEnglish = versioner(page).getByRole("link", { name: "In English" });
  await expect(inEnglish).toHaveAttribute("lang", "en");
  await expect(inEnglish).toHaveAttribute("href", `/forstarkningsomraden/${slug}/en`);
  expect(await alternativ(page)).toMatchObject({ en: `/forstarkningsomraden/${slug}/en` });
  await inEnglish.click();
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText("Equity between schools");
  await expect(h1).toHaveAttribute("lang", "en");
  await expect(page.locator(".brodtext")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("navigation", { name: "Du är här" }).getByRole("link", { name: "Ökad likvärdighet mellan skolor" }),
  ).toBeVisible();
  await expect(versioner(page).getByRole("link", { name: "På svenska" })).toHaveAttribute("href", `/forstarkningsomraden/${slug}`);
  expect((await axe(page)).map((v) => `${slug}/en: ${v}`)).toEqual([]);

  await page.goto("/sok?q=newcomers");
  const traff = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Equity between schools" }) });
  await expect(traff.getByRole("link", { name: "Equity between schools" })).toHaveAttribute("href", `/forstarkningsomraden/${slug}/en`);
  await expect(traff.getByText("In English")).toHaveAttribute("lang", "en");

  // Unpublished again: the område stops linking it at once, and its address is a 404.
  const igen = await inloggad(browser, "redaktor");
  await igen.page.goto(`/personal/innehall/forstarkningsomrade-en/${slug}`);
  await igen.page.getByRole("button", { name: "Avpublicera versionen" }).click();
  await expect(igen.page.getByRole("status")).toContainText("avpublicerad");
  await expect(igen.page.getByRole("button", { name: "Avpublicera versionen" })).toHaveCount(0);
  await igen.context.close();
  await page.goto(`/forstarkningsomraden/${slug}`);
  await expect(versioner(page).getByRole("link", { name: "Lättläst" })).toBeVisible();
  await expect(versioner(page).getByRole("link", { name: "In English" })).toHaveCount(0);
  expect((await page.request.get(`/forstarkningsomraden/${slug}/en`)).status()).toBe(404);
});
