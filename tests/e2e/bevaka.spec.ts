// Bevaka in Chromium without JavaScript: follow an insats, confirm from the mail, get the staff's
// change by mail and in the insats's Atom feed, and unsubscribe with one click (RFC 8058) the way a
// mail program does.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { axe } from "../support/axe";
import { loggaInSom } from "../support/logga-in";
import { lasMejl } from "../support/mejl";
import { sql } from "./db";

// scripts/app-server.ts points the server's mail folder at the project's .data/utskick.
const MAPP = path.resolve(".data", "utskick");

/** The mails to `till` whose text matches, once the outbox has sent one. */
async function mejlTill(till: string, monster: RegExp): Promise<string> {
  let traff: string | undefined;
  await expect(async () => {
    for (const fil of (await readdir(MAPP).catch(() => [])).filter((f) => f.endsWith(".eml"))) {
      const mejl = lasMejl(await readFile(path.join(MAPP, fil), "utf8"));
      if (mejl.includes(`To: ${till}`) && monster.test(mejl)) traff = mejl;
    }
    expect(traff).toBeDefined();
  }).toPass({ timeout: 30_000 });
  return traff!;
}

const atom = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (namn) => ["entry", "link"].includes(namn) });

/** axe runs in the page, so it needs JavaScript: the same address in a browser that has it. */
async function axeMedJs(browser: Browser, page: Page) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const medJs = await context.newPage();
    await medJs.goto(page.url());
    return await axe(medJs);
  } finally {
    await context.close();
  }
}

test.describe("Bevaka without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("follow an insats, confirm from the mail, get a staff change by mail and in the feed, unsubscribe with one click", async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(180_000);
    const epost = `bevakare-${Date.now()}@exempel.se`;
    const [{ slug, titel }] = await sql<{ slug: string; titel: string }>(
      `SELECT slug, titel FROM "Insats" WHERE arkiverad IS NULL AND "parentId" IS NULL ORDER BY slug DESC LIMIT 1`,
    );

    await page.goto(`/insatser/${slug}`);
    await page.getByRole("link", { name: "Bevaka med e-post" }).click();
    await expect(page).toHaveURL(new RegExp(`/bevaka\\?insats=${slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bevaka med e-post");
    expect(await axeMedJs(browser, page)).toEqual([]);

    // A wrong address: a Swedish message in the summary and at the field.
    await page.getByLabel("Din e-postadress").fill("inte-en-adress");
    await page.getByRole("button", { name: "Bevaka" }).click();
    await expect(page.getByRole("alert")).toContainText("Skriv e-postadressen i formatet namn@exempel.se.");
    await expect(page.getByRole("alert")).toContainText("Välj hur ofta du vill få e-post.");
    await expect(page.getByLabel("Din e-postadress")).toHaveValue("inte-en-adress");

    await page.getByLabel("Din e-postadress").fill(epost);
    await page.getByLabel(/^Direkt/).check();
    await page.getByRole("button", { name: "Bevaka" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontrollera din e-post");
    expect(await axeMedJs(browser, page)).toEqual([]);

    const bekraftelse = await mejlTill(epost, /\/bevaka\/bekrafta\//);
    expect(bekraftelse).toContain(`Bekräfta att du vill bevaka insatsen ${titel}`);
    const lank = /https?:\/\/\S+\/bevaka\/bekrafta\/[A-Za-z0-9_-]{32}/.exec(bekraftelse)![0];
    // Opening the link only asks: nothing is confirmed yet.
    await page.goto(new URL(lank).pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bekräfta bevakning");
    expect(await axeMedJs(browser, page)).toEqual([]);
    expect(
      await sql(
        `SELECT 1 FROM "Bevakning" b JOIN "Prenumerant" p ON p.id = b."prenumerantId" WHERE p.epost = $1 AND b.bekraftad IS NOT NULL`,
        [epost],
      ),
    ).toHaveLength(0);
    await page.getByRole("button", { name: "Bekräfta" }).click();
    await expect(page.getByRole("status")).toHaveText("Tack! Bevakningen är bekräftad.");
    await expect(page.getByRole("heading", { name: `Insatsen ${titel}` })).toBeVisible();
    expect(page.url()).toMatch(/\/bevaka\/hantera\//);
    const hantera = new URL(page.url()).pathname;
    const svar = await request.get(hantera);
    expect(svar.headers()["cache-control"]).toContain("no-store");
    expect(svar.headers()["referrer-policy"]).toBe("no-referrer");
    expect(await axeMedJs(browser, page)).toEqual([]);

    // The staff change the status: the subscriber gets it by mail.
    const kommentar = `Bevakningstest ${Date.now()}: första skolorna har börjat.`;
    const personal = await browser.newContext({ javaScriptEnabled: false });
    const p = await personal.newPage();
    await loggaInSom(p, "redaktor");
    await p.goto(`/personal/insatser/${slug}`);
    await p.getByLabel("Status", { exact: true }).selectOption("PAGAR");
    await p.getByLabel("Hur många procent är klart?").fill("37");
    await p.getByLabel("Vad har hänt?").fill(kommentar);
    await p.getByRole("button", { name: "Spara uppdatering" }).click();
    await expect(p.getByRole("status")).toContainText("Uppdateringen är sparad");
    await personal.close();

    const andring = await mejlTill(epost, new RegExp(kommentar));
    expect(andring).toContain(`${titel}: pågår, 37 % klart`);
    expect(andring).toContain(`/insatser/${slug}`);
    expect(andring).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

    // The same change in the insats's Atom feed, linked from its page (which has no JavaScript here).
    await page.goto(`/insatser/${slug}`);
    const flodeslank = page.getByRole("link", { name: "Prenumerera via Atom-flöde" });
    await expect(flodeslank).toHaveAttribute("href", `/insatser/${slug}/atom`);
    const flodet = await request.get((await flodeslank.getAttribute("href"))!);
    expect(flodet.status()).toBe(200);
    expect(flodet.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await flodet.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const [nyast] = atom.parse(xml).feed.entry;
    expect(nyast.summary["#text"]).toBe(kommentar);
    expect(nyast.title["#text"]).toContain("37 % klart");
    expect(new URL(nyast.link[0]["@href"]).pathname).toBe(`/insatser/${slug}`);
    const avregistrera = /List-Unsubscribe: <(https?:\/\/[^>]+)>/.exec(andring)![1];
    const adress = new URL(avregistrera).pathname;

    // A link scanner's GET unsubscribes nobody: it is sent to the page that asks.
    const get = await request.get(adress, { maxRedirects: 0 });
    expect(get.status()).toBe(303);
    expect(await sql(`SELECT 1 FROM "Prenumerant" WHERE epost = $1`, [epost])).toHaveLength(1);
    // The mail program's one-click POST, without cookies.
    const post = await request.post(adress, { form: { "List-Unsubscribe": "One-Click" } });
    expect(post.status()).toBe(200);
    expect(await sql(`SELECT 1 FROM "Prenumerant" WHERE epost = $1`, [epost])).toHaveLength(0);
    expect(
      await sql(`SELECT 1 FROM "Bevakning" b JOIN "Prenumerant" p ON p.id = b."prenumerantId" WHERE p.epost = $1`, [epost]),
    ).toHaveLength(0);

    await page.goto(hantera);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du bevakar ingenting");
  });

  test("the private page changes the frequency and ends a subscription; axe finds nothing there", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const epost = `hanterar-${Date.now()}@exempel.se`;
    await page.goto("/sa-gar-det");
    await page.getByRole("link", { name: "Bevaka med e-post" }).click();
    await expect(page.getByText("Få e-post när alla insatser ändras")).toBeVisible();
    await page.getByLabel("Din e-postadress").fill(epost);
    await page.getByLabel(/^En gång i veckan/).check();
    await page.getByRole("button", { name: "Bevaka" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontrollera din e-post");
    const lank = /https?:\/\/\S+\/bevaka\/bekrafta\/[A-Za-z0-9_-]{32}/.exec(await mejlTill(epost, /\/bevaka\/bekrafta\//))![0];
    await page.goto(new URL(lank).pathname);
    await page.getByRole("button", { name: "Bekräfta" }).click();
    await expect(page.getByRole("heading", { name: "Alla insatser" })).toBeVisible();
    await expect(page.locator("p", { hasText: /^En gång i veckan$/ })).toBeVisible();
    await page.getByLabel("Hur ofta", { exact: true }).selectOption("DIREKT");
    await page.getByRole("button", { name: "Spara hur ofta: Alla insatser" }).click();
    await expect(page.getByRole("status")).toHaveText("Ändringen är sparad.");
    expect(
      await sql(`SELECT frekvens FROM "Bevakning" b JOIN "Prenumerant" p ON p.id = b."prenumerantId" WHERE p.epost = $1`, [epost]),
    ).toEqual([{ frekvens: "DIREKT" }]);
    expect(await axeMedJs(browser, page)).toEqual([]);
    await page.getByRole("button", { name: "Sluta bevaka: Alla insatser" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du bevakar ingenting");
    expect(await sql(`SELECT 1 FROM "Prenumerant" WHERE epost = $1`, [epost])).toHaveLength(0);
  });
});
