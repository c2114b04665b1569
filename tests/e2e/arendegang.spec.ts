import { expect, test, type Browser } from "@playwright/test";
import { axe } from "../support/axe";
import { inloggad, loggaInSom } from "../support/logga-in";
import { sql } from "./db";

// One case's whole way through the förvaltning, as the people involved do it, without JavaScript:
// two parents write about the same matter at the rektor's school, the answer is late so the
// förvaltningslagen 11 § notice goes out, the later case is linked to the earlier, the answer
// is written from a template and reaches both senders, and the case is forwarded to the rektor.

const rektorsSkola = async () =>
  (
    await sql<{ id: string; namn: string }>(
      `SELECT s.id, s.namn FROM "Skola" s JOIN "User" u ON u."skolaId" = s.id WHERE u.email = 'rektor@demo.grundskoleportalen.test'`,
    )
  )[0];

let klient = 0;
async function skicka(browser: Browser, skola: string, meddelande: string, namn: string, epost: string) {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  // A client of its own, so the contact form's per-client limit is this test's alone.
  await ctx.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${(Date.now() + klient++) % 250}` });
  const page = await ctx.newPage();
  await page.goto("/kontakt");
  await page.getByRole("radio", { name: /^Klagomål/ }).check();
  await page.getByLabel("Gäller det en skola? (frivilligt)").selectOption({ label: skola });
  await page.getByLabel("Ditt meddelande").fill(meddelande);
  await page.getByLabel("Ditt namn (frivilligt)").fill(namn);
  await page.getByLabel("Din e-postadress (frivilligt)").fill(epost);
  await page.getByLabel(/^Meddela mig när ärendet ändras/).check();
  await page.waitForTimeout(1100); // the server refuses forms filled in faster than a person could
  await page.getByRole("button", { name: "Skicka" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tack, vi har tagit emot ditt meddelande");
  const nummer = (await page.getByText(/^GF-\d{4}-\d{5}$/).textContent())!;
  await ctx.close();
  const [rad] = await sql<{ id: string; lopnummer: number }>(`SELECT id, lopnummer FROM "Synpunkt" WHERE meddelande = $1`, [meddelande]);
  return { ...rad, nummer };
}

const mejl = (synpunktId: string) =>
  sql<{ till: string; amne: string; text: string }>(`SELECT till, amne, text FROM "Utskick" WHERE "synpunktId" = $1 ORDER BY skapad, id`, [
    synpunktId,
  ]);

test("a case from arrival through the 11 § notice, linking, a template answer and forwarding to the rektor", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const skola = await rektorsSkola();
  const tag = Date.now();
  const forsta = await skicka(browser, skola.namn, `Skolgården är mörk på morgonen ${tag}.`, "Ingrid Först", `ingrid-${tag}@exempel.se`);
  const andra = await skicka(browser, skola.namn, `Ingen belysning på skolgården ${tag}.`, "Olle Sen", `olle-${tag}@exempel.se`);
  const mall = `Belysning ${tag}`;
  await sql(`INSERT INTO "Svarsmall" (id, namn, typ, text, andrad) VALUES ($1, $2, 'KLAGOMAL', $3, now())`, [
    `e2e-${crypto.randomUUID()}`,
    mall,
    "Hej {namn}!\n\nTack för ditt klagomål om {skola} ({ärendenummer}). Belysningen på skolgården lagas nästa vecka.\n\nVänliga hälsningar\n{handläggare}",
  ]);
  // Time passes: the first answer was due yesterday.
  await sql(`UPDATE "Synpunkt" SET "svarSenast" = CURRENT_DATE - 1, frist = CURRENT_DATE - 1 WHERE id = $1`, [forsta.id]);

  const { page, context } = await inloggad(browser, "handlaggare", false);

  // The case page says in words that the case is late.
  await page.goto(`/personal/synpunkter/${forsta.lopnummer}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ärende ${forsta.nummer}`);
  await expect(page.getByText("Försenad", { exact: true })).toBeVisible();

  // The förvaltningslagen 11 § notice.
  await expect(page.getByRole("heading", { name: "Ärendet är försenat" })).toBeVisible();
  await page
    .getByLabel("Besked om försening")
    .fill("Hej! Svaret dröjer eftersom vi väntar på fastighetsförvaltningen. Du får svar inom en vecka.");
  await page.getByRole("button", { name: "Skicka beskedet" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Beskedet är skickat\./);
  await expect(page.getByRole("heading", { name: "Besked om försening (förvaltningslagen 11 §)" })).toBeVisible();

  // The later case is the same matter: linked to the first, closed as linked.
  await page.goto(`/personal/synpunkter/${andra.lopnummer}`);
  await page.getByLabel("Samma ärende som").fill(forsta.nummer);
  await page.getByRole("button", { name: "Koppla ärendena" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Ärendena är kopplade\./);
  await page.getByRole("region", { name: "Samma ärende" }).getByRole("link", { name: forsta.nummer }).click();
  await expect(page.getByRole("region", { name: "Samma ärende" }).getByRole("link", { name: andra.nummer })).toBeVisible();

  // The answer from a template, filled in for this case and edited before sending.
  await page.getByLabel("Svarsmall").selectOption({ label: mall });
  await page.getByRole("button", { name: "Använd mallen" }).click();
  const svar = page.getByLabel("Svar till avsändaren");
  await expect(svar).toHaveValue(new RegExp(`^Hej Ingrid Först!\\n\\nTack för ditt klagomål om ${skola.namn} \\(${forsta.nummer}\\)\\.`));
  await svar.fill(`${await svar.inputValue()}\nPS. Tills dess finns en vuxen vid grinden.`);
  await page.getByRole("button", { name: "Skicka svar" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Svaret är sparat\./);

  // Forwarded to the school's rektor.
  await page.getByRole("button", { name: "Skicka vidare till rektor" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Ärendet är skickat vidare/);
  await expect(page.getByRole("heading", { name: "Skickat vidare till skolans rektor" })).toBeVisible();

  // Each sender got what concerns them, under their own name and number, and nothing of the other.
  const tillForsta = await mejl(forsta.id);
  expect(tillForsta.map((m) => m.amne)).toEqual([
    `Vi har tagit emot ditt ärende ${forsta.nummer}`,
    `Besked om ditt ärende ${forsta.nummer}`,
    `Svar på ditt ärende ${forsta.nummer}`,
  ]);
  expect(tillForsta.every((m) => m.till === `ingrid-${tag}@exempel.se`)).toBe(true);
  const tillAndra = await mejl(andra.id);
  expect(tillAndra.at(-1)).toMatchObject({ till: `olle-${tag}@exempel.se`, amne: `Svar på ditt ärende ${andra.nummer}` });
  expect(tillAndra.at(-1)!.text).toMatch(new RegExp(`^Hej Olle Sen!\\n\\nTack för ditt klagomål om ${skola.namn} \\(${andra.nummer}\\)`));
  expect(tillAndra.at(-1)!.text).toContain("Tills dess finns en vuxen vid grinden.");
  // The main case's number is named (the linked sender follows it), never its sender or their text.
  for (const m of tillAndra) for (const annat of ["Ingrid", `ingrid-${tag}`, "mörk på morgonen"]) expect(m.text).not.toContain(annat);

  // The rektor reads the forwarded case and writes an internal note; the thread holds every step.
  const { page: rektor, context: rc } = await inloggad(browser, "rektor", false);
  await rektor.goto(`/personal/synpunkter/${forsta.lopnummer}`);
  await expect(rektor.getByRole("heading", { level: 1 })).toHaveText(`Ärende ${forsta.nummer}`);
  await expect(rektor.getByText(`Skolgården är mörk på morgonen ${tag}.`)).toBeVisible();
  await rektor.getByLabel("Intern anteckning").fill("Vaktmästaren har beställt nya armaturer.");
  await rektor.getByRole("button", { name: "Spara anteckning" }).click();
  await expect(rektor.getByRole("status")).toHaveText(/^Anteckningen är sparad\./);
  await rc.close();

  const handelser = await sql<{ typ: string }>(`SELECT typ FROM "SynpunktHandelse" WHERE "synpunktId" = $1 ORDER BY tidpunkt, id`, [
    forsta.id,
  ]);
  const steg = ["SKAPAD", "FORSENINGSBESKED", "KOPPLAD", "SVAR_SKICKAT", "VIDAREBEFORDRAD", "ANTECKNING"];
  expect(handelser.map((h) => h.typ).filter((t) => steg.includes(t))).toEqual(steg);

  // The case page at the end of the walk passes axe (axe needs JavaScript: a context of its own).
  const granska = await browser.newContext({ baseURL, javaScriptEnabled: true });
  const g = await granska.newPage();
  await loggaInSom(g, "handlaggare");
  await g.goto(`/personal/synpunkter/${forsta.lopnummer}`);
  expect(await axe(g)).toEqual([]);
  await granska.close();
  await context.close();
});
