import { createHash, randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { axe } from "../support/axe";
import { inloggad } from "../support/logga-in";
import { sql } from "./db";

const regex = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
const felruta = (page: Page) => page.getByRole("alert", { name: "Det finns ett problem" });

/** A case from a sender who asked for mail, and a working key to its private page. */
async function arendeMedNyckel(meddelande: string) {
  const id = `e2e-nisa-${randomUUID()}`;
  const [{ lopnummer }] = await sql<{ lopnummer: number }>(
    `INSERT INTO "Synpunkt" (id, typ, meddelande, epost, meddela, idempotensnyckel, andrad)
     VALUES ($1, 'SYNPUNKT', $2, 'nisa-e2e@exempel.se', true, $3, now()) RETURNING lopnummer`,
    [id, meddelande, randomUUID()],
  );
  const nyckel = randomBytes(24).toString("base64url");
  const hash = createHash("sha256").update(nyckel).digest("hex");
  await sql(`INSERT INTO "Arendenyckel" (id, "synpunktId", sok, hash) VALUES ($1, $2, $3, $4)`, [
    randomUUID(),
    id,
    hash.slice(0, 16),
    hash,
  ]);
  return { id, lopnummer, nyckel };
}

test.describe("Ni sa – vi gjorde", () => {
  test("a handläggare links a case to an insats without JavaScript; the sender's page and the insats page show it", async ({ browser }) => {
    // An insats no other test changes: the fourth top-level one by title.
    const [insats] = await sql<{ id: string; slug: string; titel: string }>(
      `SELECT id, slug, titel FROM "Insats" WHERE arkiverad IS NULL AND "parentId" IS NULL ORDER BY titel OFFSET 3 LIMIT 1`,
    );
    // Two cases already linked: the third link makes the public number appear.
    for (const n of [1, 2]) {
      const a = await arendeMedNyckel(`Tidigare synpunkt ${n}`);
      await sql(`INSERT INTO "SynpunktInsats" ("synpunktId", "insatsId") VALUES ($1, $2)`, [a.id, insats.id]);
    }
    const publik = await browser.newContext({ javaScriptEnabled: false });
    const besok = await publik.newPage();
    await besok.goto(`/insatser/${insats.slug}`);
    await expect(besok.getByRole("heading", { level: 1 })).toHaveText(insats.titel);
    await expect(besok.getByText(/synpunkter från invånare har kopplats/)).toHaveCount(0);

    const arende = await arendeMedNyckel("Min synpunkt om insatsen");
    const { page, context } = await inloggad(browser, "handlaggare", false);
    await page.goto(`/personal/synpunkter/${arende.lopnummer}`);
    const sektion = page.getByRole("region", { name: "Insatser som ärendet gäller" });
    await expect(sektion).toContainText("Ärendet är inte kopplat till någon insats.");
    await page.getByRole("button", { name: "Koppla till insatsen" }).click();
    await expect(page.getByText("Välj en insats.")).toBeVisible();
    await page.getByLabel("Insats", { exact: true }).selectOption({ label: insats.titel });
    await page.getByRole("button", { name: "Koppla till insatsen" }).click();
    await expect(page.getByRole("status")).toHaveText("Ärendet är kopplat till insatsen. Avsändaren ser den på sin ärendesida.");
    await expect(sektion.getByRole("link", { name: insats.titel })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Kopplat till insatsen" })).toBeVisible();
    await context.close();

    // The sender sees the insats with its status, linking to its public page.
    const avsandare = await publik.newPage();
    await avsandare.goto(`/arende/${arende.nyckel}`);
    const niSa = avsandare.getByRole("region", { name: "Ni sa – vi gjorde" });
    await expect(niSa.getByRole("link", { name: insats.titel })).toHaveAttribute("href", `/insatser/${insats.slug}`);
    await expect(avsandare.locator("main")).not.toContainText("Tidigare synpunkt");

    // The third link: the insats page shows the number, within seconds.
    await expect
      .poll(
        async () => {
          await besok.goto(`/insatser/${insats.slug}`);
          return besok.getByText("3 synpunkter från invånare har kopplats till den här insatsen.").count();
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    await publik.close();

    // axe runs in the page, so with JavaScript.
    const medJs = await browser.newContext();
    for (const adress of [`/arende/${arende.nyckel}`, `/insatser/${insats.slug}`]) {
      const p = await medJs.newPage();
      await p.goto(adress);
      expect(await axe(p), adress).toEqual([]);
    }
    await medJs.close();
    const h = await inloggad(browser, "handlaggare");
    for (const adress of [`/personal/synpunkter/${arende.lopnummer}`, "/personal/synpunkter/statistik"]) {
      await h.page.goto(adress);
      expect(await axe(h.page), adress).toEqual([]);
    }
    await expect(
      h.page.getByRole("table", { name: "Kopplade ärenden per insats" }).getByRole("row", { name: regex(insats.titel) }),
    ).toContainText("3");
    await h.context.close();
  });

  test("an editor publishes a significant change without JavaScript; the page shows the note and its list of changes", async ({
    browser,
  }) => {
    // A page of its own, new on every run.
    const n = String(Date.now()).slice(-6);
    const slug = `skolskjuts-i-goteborg-${n}`;
    const { page, context } = await inloggad(browser, "redaktor", false);
    await page.goto("/personal/innehall/ny");
    await page.getByLabel("Rubrik").fill(`Skolskjuts i Göteborg ${n}`);
    await page.getByRole("button", { name: "Skapa sidan som utkast" }).click();
    await expect(page).toHaveURL(new RegExp(`/personal/innehall/sida/${slug}\\?sparad=skapad$`));
    await page.getByLabel("Ingress").fill("Så fungerar skolskjutsen.");
    const redigering = page.locator("form", { has: page.getByRole("button", { name: "Spara utkast" }) });
    await redigering.getByRole("radio", { name: /^Väsentlig ändring/ }).check();
    await page.getByRole("button", { name: "Publicera", exact: true }).click();
    await expect(felruta(page)).toContainText("Skriv en kort ändringsnot: vad som ändrats. Den visas på sidan.");
    await expect(page.getByLabel("Ingress")).toHaveValue("Så fungerar skolskjutsen.");
    await expect(redigering.getByRole("radio", { name: /^Väsentlig ändring/ })).toBeChecked();
    await redigering.getByLabel("Ändringsnot (krävs vid väsentlig ändring)").fill("Nya regler för ansökan om skolskjuts.");
    await page.getByRole("button", { name: "Publicera", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("Ändringarna är publicerade.");
    // A minor change afterwards shows no note of its own; the significant one stays.
    await page.getByLabel("Ingress").fill("Så fungerar skolskjutsen för elever i grundskolan.");
    await page.getByRole("button", { name: "Publicera", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("Ändringarna är publicerade.");
    await context.close();

    const publik = await browser.newContext({ javaScriptEnabled: false });
    const besok = await publik.newPage();
    await besok.goto(`/${slug}`);
    const rad = besok.getByText(/^Senast ändrad .*: Nya regler för ansökan om skolskjuts\. –/);
    await expect(rad).toBeVisible();
    await rad.getByRole("link", { name: "Se alla ändringar" }).click();
    await expect(besok).toHaveURL(new RegExp(`/${slug}/andringar$`));
    await expect(besok.getByRole("heading", { level: 1 })).toHaveText(`Ändringar i Skolskjuts i Göteborg ${n}`);
    await expect(besok.getByRole("listitem").filter({ hasText: "Nya regler" })).toHaveCount(1);
    // Dates and notes only: never the text itself.
    await expect(besok.locator("main")).not.toContainText("Så fungerar skolskjutsen");
    await besok.goto("/senaste-andringar");
    await expect(besok.getByRole("region", { name: "Ändringar på webbplatsens sidor" })).toContainText(
      "Nya regler för ansökan om skolskjuts.",
    );
    await publik.close();

    const medJs = await browser.newContext();
    for (const adress of [`/${slug}`, `/${slug}/andringar`, "/senaste-andringar"]) {
      const p = await medJs.newPage();
      await p.goto(adress);
      expect(await axe(p), adress).toEqual([]);
    }
    await medJs.close();
    const red = await inloggad(browser, "redaktor");
    await red.page.goto(`/personal/innehall/sida/${slug}`);
    expect(await axe(red.page)).toEqual([]);
    await red.context.close();
  });

  test("an editor publishes an område's Ni sa – vi gjorde; the område page shows it", async ({ browser }) => {
    const [omrade] = await sql<{ slug: string }>(`SELECT slug FROM "Forstarkningsomrade" ORDER BY nummer DESC LIMIT 1`);
    const { page, context } = await inloggad(browser, "redaktor");
    await page.goto(`/personal/innehall/ni-sa-vi-gjorde/${omrade.slug}`);
    await page.getByLabel("Ni sa – vi gjorde", { exact: true }).fill("Ni sa att skolgården var för liten.\n\n- Vi byggde ut den.");
    await page.getByRole("button", { name: "Publicera", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("Ändringarna är publicerade.");
    expect(await axe(page)).toEqual([]);
    await context.close();
    const publik = await browser.newContext();
    const besok = await publik.newPage();
    await besok.goto(`/forstarkningsomraden/${omrade.slug}`);
    const sektion = besok.getByRole("region", { name: "Ni sa – vi gjorde" });
    await expect(sektion).toContainText("Ni sa att skolgården var för liten.");
    await expect(sektion.getByRole("listitem")).toHaveText("Vi byggde ut den.");
    expect(await axe(besok)).toEqual([]);
    await publik.close();
  });

  test("the staff insats list shows Försenad like the public pages", async ({ browser }) => {
    const [insats] = await sql<{ id: string; titel: string; status: string; planeradSlut: string | null }>(
      `SELECT id, titel, status::text AS status, to_char("planeradSlut", 'YYYY-MM-DD') AS "planeradSlut"
         FROM "Insats" WHERE arkiverad IS NULL AND "parentId" IS NULL ORDER BY titel DESC LIMIT 1`,
    );
    // Late on the staff list only for the test's length: the public pages are never made from it.
    await sql(`UPDATE "Insats" SET "planeradSlut" = DATE '2020-01-31', status = 'PAGAR' WHERE id = $1`, [insats.id]);
    try {
      const { page, context } = await inloggad(browser, "redaktor");
      await page.goto(`/personal/insatser?q=${encodeURIComponent(insats.titel)}`);
      await expect(page.getByRole("row", { name: regex(insats.titel) }).first()).toContainText("Försenad");
      await context.close();
    } finally {
      await sql(`UPDATE "Insats" SET "planeradSlut" = $2::date, status = $3::"InsatsStatus" WHERE id = $1`, [
        insats.id,
        insats.planeradSlut,
        insats.status,
      ]);
    }
  });
});
