import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { axe } from "../support/axe";
import { loggaInSom } from "../support/logga-in";

// An insats no other browser test changes, of a förstärkningsområde, concerning three schools.
const INSATS = "/insatser/studiehandledning-kartlagga-och-kvalitetssakra";
const OMRADE = "/forstarkningsomraden/okad-likvardighet-mellan-skolor";
const SKOLA = "/skolor/angeredsskolan";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (namn) => ["entry", "link"].includes(namn) });

/** The feed at `adress`, checked to be well-formed Atom, as fast-xml-parser reads it. */
async function flode(request: APIRequestContext, adress: string) {
  const svar = await request.get(adress);
  expect(svar.status(), adress).toBe(200);
  expect(svar.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const text = await svar.text();
  expect(XMLValidator.validate(text), adress).toBe(true);
  return { feed: parser.parse(text).feed, headers: svar.headers() };
}

test.describe("Atom feeds", () => {
  test("each page names its feed in the head and links it in the body, and the feed parses", async ({ page, request }) => {
    for (const adress of [INSATS, OMRADE, SKOLA, "/senaste-andringar"]) {
      await page.goto(adress);
      const huvud = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(huvud, adress).toHaveCount(1);
      expect(new URL((await huvud.getAttribute("href"))!, page.url()).pathname).toBe(`${adress}/atom`);
      expect(await huvud.getAttribute("title")).toBeTruthy();
      const lank = page.getByRole("link", { name: "Prenumerera via Atom-flöde" });
      await expect(lank, adress).toHaveAttribute("href", `${adress}/atom`);

      const { feed, headers } = await flode(request, `${adress}/atom`);
      expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
      const lankar = Object.fromEntries(feed.link.map((l: Record<string, string>) => [l["@rel"], new URL(l["@href"]).pathname]));
      expect(lankar).toEqual({ self: `${adress}/atom`, alternate: adress });
      expect(feed.entry.length, adress).toBeGreaterThan(0);
      // Kept in the page cache and shared like the pages, not made per request.
      expect(headers["cache-control"], adress).toMatch(/s-maxage=/);
    }
  });

  test("a staff status change appears as the newest entry in every feed that follows the insats", async ({ page, request }) => {
    for (const adress of [INSATS, OMRADE, SKOLA, "/senaste-andringar"]) await flode(request, `${adress}/atom`); // fills the cache first
    const kommentar = `Kartläggningen är klar i Angered & Hammarkullen <fas 2> ${Date.now()}`;
    await loggaInSom(page, "redaktor");
    await page.goto(`/personal${INSATS}`);
    await page.getByLabel("Status", { exact: true }).selectOption("PAUSAD");
    await page.getByLabel("Hur många procent är klart?").fill("85");
    await page.getByLabel("Vad har hänt?").fill(kommentar);
    await page.getByRole("button", { name: "Spara uppdatering" }).click();
    await expect(page.getByRole("status")).toContainText("Uppdateringen är sparad");

    for (const adress of [INSATS, OMRADE, SKOLA, "/senaste-andringar"]) {
      const [forsta] = (await flode(request, `${adress}/atom`)).feed.entry;
      expect(forsta.summary["#text"], adress).toBe(kommentar);
      expect(forsta.title["#text"], adress).toContain("Status ändrad från pågår till pausad, 80 % → 85 % klart");
      const lank = new URL(forsta.link[0]["@href"]);
      expect(lank.pathname).toBe(INSATS);
      await page.goto(`${lank.pathname}${lank.hash}`);
      await expect(page.locator(lank.hash)).toContainText(kommentar);
    }
  });

  test("a feed for an unknown insats, område or school is a 404", async ({ request }) => {
    for (const adress of ["/insatser/finns-inte/atom", "/forstarkningsomraden/finns-inte/atom", "/skolor/finns-inte/atom"]) {
      expect((await request.get(adress)).status(), adress).toBe(404);
    }
  });

  test("Senaste ändringar lists the changes with links, works without JavaScript and passes axe", async ({ browser, page }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const utanJs = await context.newPage();
    await utanJs.goto("/");
    await utanJs.getByRole("link", { name: "Alla senaste ändringar i insatserna" }).click();
    await expect(utanJs).toHaveURL(/\/senaste-andringar$/);
    await expect(utanJs.getByRole("heading", { level: 1 })).toHaveText("Senaste ändringar");
    await expect(utanJs.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await context.close();

    // axe runs as a script in the page, so it needs JavaScript.
    await page.goto("/senaste-andringar");
    expect(await axe(page)).toEqual([]);
  });
});

test.describe("planned dates", () => {
  test("a late insats shows Försenad and its planned period, and Så går det lists it", async ({ page }) => {
    await page.goto("/insatser/studiehandledning-pa-modersmal");
    await expect(page.getByText("Försenad", { exact: true })).toBeVisible();
    await expect(page.getByText("Planerad period")).toBeVisible();
    await page.goto("/forstarkningsomraden/okad-likvardighet-mellan-skolor");
    const kort = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "Studiehandledning på modersmål", exact: true }) });
    await expect(kort.getByText("Försenad", { exact: true }).first()).toBeVisible();
    await page.goto("/sa-gar-det");
    const forsenade = page.getByRole("region", { name: "Försenade insatser" });
    await expect(forsenade.getByRole("link", { name: "Studiehandledning på modersmål" })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test("a redaktör sets the planned period; an end before the start gets a Swedish message and the dates stay", async ({ page }) => {
    const slug = "kultur-likvardig-tillgang-upplevelser-och-aktiviteter";
    await loggaInSom(page, "redaktor");
    await page.goto(`/personal/insatser/${slug}`);
    await page.getByLabel("Planerad start").fill("2027-08-01");
    await page.getByLabel("Planerat slut").fill("2027-06-30");
    await page.getByRole("button", { name: "Spara uppgifterna" }).click();
    await expect(page.getByText("Det planerade slutet kan inte vara före den planerade starten.").first()).toBeVisible();
    await expect(page.getByLabel("Planerad start")).toHaveValue("2027-08-01");

    await page.getByLabel("Planerat slut").fill("2028-06-30");
    await page.getByRole("button", { name: "Spara uppgifterna" }).click();
    await expect(page).toHaveURL(/sparad=1$/);
    await expect(page.getByLabel("Planerat slut")).toHaveValue("2028-06-30");
    await page.goto(`/insatser/${slug}`);
    await expect(page.getByText("1 augusti 2027 – 30 juni 2028")).toBeVisible();
    await expect(page.getByText("Försenad", { exact: true })).toHaveCount(0);
  });
});
