import { createHash, randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { axe } from "../support/axe";
import { loggaInSom } from "../support/logga-in";
import { sql } from "./db";

/** A case received `minuterSedan` minutes ago, with a private link for its sender. */
async function arende(namn: string, epost: string, meddelande: string, minuterSedan: number) {
  const [s] = await sql<{ id: string; lopnummer: number; skapad: Date }>(
    `INSERT INTO "Synpunkt" (id, typ, meddelande, namn, epost, meddela, idempotensnyckel, skapad, andrad)
     VALUES ($1, 'FRAGA', $2, $3, $4, true, $5, now() - make_interval(mins => $6), now()) RETURNING id, lopnummer, skapad`,
    [`e2e-${crypto.randomUUID()}`, meddelande, namn, epost, crypto.randomUUID(), minuterSedan],
  );
  const nyckel = randomBytes(24).toString("base64url");
  const hash = createHash("sha256").update(nyckel).digest("hex");
  await sql(`INSERT INTO "Arendenyckel" (id, "synpunktId", sok, hash) VALUES ($1, $2, $3, $4)`, [
    `e2e-${crypto.randomUUID()}`,
    s.id,
    hash.slice(0, 16),
    hash,
  ]);
  const nummer = `GF-${new Date(s.skapad).getUTCFullYear()}-${String(s.lopnummer).padStart(5, "0")}`;
  return { ...s, nummer, sida: `/arende/${nyckel}` };
}

test.describe("samma ärende, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a handläggare links two cases; the linked sender follows the main case and gets its answer as their own", async ({ page }) => {
    const huvud = await arende("Anna Huvudsson", "anna-huvud@exempel.se", "Huvudärendets egen text om skolskjutsen.", 20);
    const kopplat = await arende("Bertil Kopplasson", "bertil-kopplad@exempel.se", "Samma fråga om skolskjutsen.", 10);
    await loggaInSom(page, "handlaggare");
    await page.goto(`/personal/synpunkter/${kopplat.lopnummer}`);
    const falt = page.getByLabel("Samma ärende som");

    // A number that is no case number: refused, the text kept.
    await falt.fill("skolskjutsen");
    await page.getByRole("button", { name: "Koppla ärendena" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Skriv ärendenumret (till exempel GF-2026-00042)" })).toBeVisible();
    await expect(page.getByLabel("Samma ärende som")).toHaveValue("skolskjutsen");

    await page.getByLabel("Samma ärende som").fill(huvud.nummer);
    await page.getByRole("button", { name: "Koppla ärendena" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Ärendena är kopplade\./);
    const samma = page.getByRole("region", { name: "Samma ärende" });
    await expect(samma).toContainText(`Kopplat till ärende ${huvud.nummer}`);
    await expect(samma.getByRole("button", { name: "Ta bort kopplingen" })).toBeVisible();

    // The main case lists it.
    await samma.getByRole("link", { name: huvud.nummer }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ärende ${huvud.nummer}`);
    await expect(page.getByRole("region", { name: "Samma ärende" }).getByRole("link", { name: kopplat.nummer })).toBeVisible();

    // An answer on the main case, greeting its own sender.
    await page.getByLabel("Svar till avsändaren").fill("Hej Anna Huvudsson!\n\nSkolskjutsen går som vanligt från måndag.");
    await page.getByRole("button", { name: "Skicka svar" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Svaret är sparat\./);

    // The linked sender's page: the main case's number and status, the answer with their own name,
    // and nothing of the other sender.
    await page.goto(kopplat.sida);
    await expect(page.getByRole("heading", { name: `Ditt ärende handläggs i ärende ${huvud.nummer}` })).toBeVisible();
    const ruta = page.getByRole("region", { name: `Ditt ärende handläggs i ärende ${huvud.nummer}` });
    await expect(ruta).toContainText(`Status i ärende ${huvud.nummer}`);
    await expect(ruta).toContainText("Besvarad");
    await expect(page.getByRole("region", { name: "Vad har hänt?" })).toContainText(
      "Hej Bertil Kopplasson!\n\nSkolskjutsen går som vanligt från måndag.",
    );
    const text = await page.locator("main").innerText();
    for (const annat of ["Anna", "anna-huvud@", "Huvudärendets egen text"]) expect(text).not.toContain(annat);
    const mejl = await sql<{ amne: string; text: string }>(`SELECT amne, text FROM "Utskick" WHERE "synpunktId" = $1 ORDER BY skapad`, [
      kopplat.id,
    ]);
    expect(mejl.map((m) => m.amne)).toEqual([
      `Ditt ärende ${kopplat.nummer} handläggs tillsammans med ett annat`,
      `Svar på ditt ärende ${kopplat.nummer}`,
    ]);
    expect(mejl[1].text).toMatch(/^Hej Bertil Kopplasson!/);

    // Undone: the linked case is open again.
    await page.goto(`/personal/synpunkter/${kopplat.lopnummer}`);
    await page.getByRole("button", { name: "Ta bort kopplingen" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Kopplingen är borttagen\./);
    await expect(page.getByRole("button", { name: "Koppla ärendena" })).toBeVisible();
    const [rad] = await sql<{ status: string; huvudarendeId: string | null }>(
      `SELECT status, "huvudarendeId" FROM "Synpunkt" WHERE id = $1`,
      [kopplat.id],
    );
    expect(rad).toEqual({ status: "UNDER_HANDLAGGNING", huvudarendeId: null });
  });
});

test.describe("samma ärende, accessible", () => {
  test("the changed pages pass axe: the form with an error, both staff case pages, the inbox and the linked sender's page", async ({
    page,
  }) => {
    const huvud = await arende("Cecilia Huvud", "cecilia-huvud@exempel.se", "Om matsalen.", 20);
    const kopplat = await arende("David Kopplad", "david-kopplad@exempel.se", "Också om matsalen.", 10);
    await loggaInSom(page, "handlaggare");
    await page.goto(`/personal/synpunkter/${kopplat.lopnummer}`);
    await page.getByRole("button", { name: "Koppla ärendena" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Skriv ärendenumret eller diarienumret för det andra ärendet." })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.getByLabel("Samma ärende som").fill(huvud.nummer);
    await page.getByRole("button", { name: "Koppla ärendena" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Ärendena är kopplade\./);
    expect(await axe(page)).toEqual([]);
    await page.goto(`/personal/synpunkter/${huvud.lopnummer}`);
    await expect(page.getByRole("region", { name: "Samma ärende" }).getByRole("link", { name: kopplat.nummer })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.goto(`/personal/synpunkter?q=${kopplat.nummer}`);
    await expect(page.getByRole("row", { name: new RegExp(kopplat.nummer) })).toContainText("Kopplat");
    expect(await axe(page)).toEqual([]);
    await page.goto(kopplat.sida);
    await expect(page.getByRole("heading", { name: `Ditt ärende handläggs i ärende ${huvud.nummer}` })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
});
