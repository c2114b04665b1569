import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { axe } from "../support/axe";
import { loggaInSom } from "../support/logga-in";
import { sql } from "./db";

const loggaIn = (page: Page, roll: string) => loggaInSom(page, roll);

async function nyttArende(typ: string, meddelande: string, minuterSedan: number) {
  await sql(
    `INSERT INTO "Synpunkt" (id, typ, meddelande, namn, epost, idempotensnyckel, skapad, andrad)
     VALUES ($1, $2, $3, 'Anna Andersson', 'anna-e2e@exempel.se', $4, now() - make_interval(mins => $5), now())`,
    [`e2e-${crypto.randomUUID()}`, typ, meddelande, crypto.randomUUID(), minuterSedan],
  );
}

/** A case received at a given Swedish local time ("2025-03-01 00:30"). */
async function arendeMottaget(meddelande: string, svenskTid: string) {
  await sql(
    `INSERT INTO "Synpunkt" (id, typ, meddelande, namn, epost, idempotensnyckel, skapad, andrad)
     VALUES ($1, 'FRAGA', $2, 'Anna Andersson', 'anna-e2e@exempel.se', $3, ($4::timestamp AT TIME ZONE 'Europe/Stockholm'), now())`,
    [`e2e-${crypto.randomUUID()}`, meddelande, crypto.randomUUID(), svenskTid],
  );
}

test.describe("statistics", () => {
  test("a handläggare reaches the statistics from the inbox; the tables are accessible", async ({ page }) => {
    await loggaIn(page, "handlaggare");
    await page.goto("/personal/synpunkter");
    await page.getByRole("link", { name: "Statistik" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistik: frågor och synpunkter");
    for (const namn of ["Ärenden per typ", "Ärenden per status", "Ärenden per skola", "Ärenden per månad"]) {
      await expect(page.getByRole("table", { name: namn })).toBeVisible();
    }
    await expect(page.getByRole("table", { name: /Tid till första svar/ }).getByRole("rowheader", { name: "Alla typer" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Ärenden per månad" }).getByRole("row")).toHaveCount(13);
    expect(await axe(page)).toEqual([]);

    await page.getByLabel("Mottagna från och med").fill("2026-02-01");
    await page.getByLabel("Mottagna till och med").fill("2026-01-01");
    await page.getByRole("button", { name: "Visa" }).click();
    await expect(page.getByRole("alert", { name: "Det finns ett problem" })).toContainText("Till-datumet kan inte vara före från-datumet.");
    expect(await axe(page)).toEqual([]);
  });

  test("a handläggare exports the period's cases from the statistics page", async ({ page }) => {
    const markor = `periodexport${Date.now()}`;
    await arendeMottaget(`${markor} periodens första`, "2024-02-10 00:30");
    await arendeMottaget(`${markor} periodens sista`, "2024-02-20 23:30");
    await arendeMottaget(`${markor} före perioden`, "2024-02-09 23:30");
    await arendeMottaget(`${markor} efter perioden`, "2024-02-21 00:30");
    await loggaIn(page, "handlaggare");
    await page.goto("/personal/synpunkter/statistik?fran=2024-02-10&till=2024-02-20");
    const knapp = page.getByRole("button", { name: "Exportera ärendena för perioden som CSV" });
    const [nedladdning] = await Promise.all([page.waitForEvent("download"), knapp.click()]);
    expect(nedladdning.suggestedFilename()).toMatch(/^synpunkter-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await nedladdning.path())!, "utf8");
    const rader = csv.slice(1).trim().split("\r\n");
    expect(rader[0]).toBe('"Ärendenummer";"Typ";"Status";"Skola";"Mottagen";"Första svar";"Avslutad";"Handläggare";"Meddelande"');
    const mina = rader.filter((r) => r.includes(markor));
    expect(mina).toHaveLength(2);
    expect(mina[0]).toContain(`"2024-02-20 23:30";"";"";"";"${markor} periodens sista"`);
    expect(mina[1]).toContain(`"2024-02-10 00:30";"";"";"";"${markor} periodens första"`);
    // Every case in the file was received in the period.
    for (const rad of rader.slice(1)) expect(rad).toMatch(/^"[^"]*";"[^"]*";"[^"]*";"[^"]*";"2024-02-(1\d|20) /);
    const logg = await sql(
      `SELECT 1 FROM "Granskningshandelse" WHERE handling = 'synpunkt.exportera' AND "objektId" = 'fran=2024-02-10&till=2024-02-20'`,
    );
    expect(logg).toHaveLength(1);
  });

  test("a redaktör cannot see the statistics", async ({ page }) => {
    await loggaIn(page, "redaktor");
    await page.goto("/personal/synpunkter/statistik");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har inte behörighet till sidan");
  });
});

test.describe("the CSV export", () => {
  test("a handläggare downloads the filtered inbox, and it is in the audit log", async ({ page }) => {
    const markor = `exportprov${Date.now()}`;
    await nyttArende("KLAGOMAL", `=1+1 ${markor} klagomål`, 2);
    await nyttArende("KLAGOMAL", `${markor} andra; med "citat"`, 1);
    await nyttArende("FRAGA", `${markor} fråga`, 1);
    await loggaIn(page, "handlaggare");
    await page.goto(`/personal/synpunkter?typ=KLAGOMAL&q=${markor}`);
    const knapp = page.getByRole("button", { name: "Exportera som CSV" });
    const [nedladdning] = await Promise.all([page.waitForEvent("download"), knapp.click()]);
    expect(nedladdning.suggestedFilename()).toMatch(/^synpunkter-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await nedladdning.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rader = csv.slice(1).trim().split("\r\n");
    expect(rader[0]).toBe('"Ärendenummer";"Typ";"Status";"Skola";"Mottagen";"Första svar";"Avslutad";"Handläggare";"Meddelande"');
    expect(rader).toHaveLength(3);
    expect(rader[1]).toMatch(
      new RegExp(`^"GF-\\d{4}-\\d{5}";"Klagomål";"Mottagen";"";"[\\d-]+ [\\d:]+";"";"";"";"${markor} andra; med ""citat"""$`),
    );
    expect(rader[2]).toContain(`"'=1+1 ${markor} klagomål"`);
    expect(csv).not.toContain("anna-e2e@exempel.se");
    expect(csv).not.toContain("Anna Andersson");
    const logg = await sql<{ objektId: string }>(
      `SELECT "objektId" FROM "Granskningshandelse" WHERE handling = 'synpunkt.exportera' AND "objektId" LIKE $1`,
      [`%${markor}%`],
    );
    expect(logg).toEqual([{ objektId: `typ=KLAGOMAL&q=${markor}` }]);
  });

  test("NUL, control characters or values the inbox never sends are refused with a Swedish page, and nothing is logged", async ({
    page,
    baseURL,
  }) => {
    await loggaIn(page, "handlaggare");
    const markor = `felexport${Date.now()}`;
    const loggade = async () =>
      Number(
        (
          await sql<{ n: string }>(
            `SELECT count(*) AS n FROM "Granskningshandelse" WHERE handling = 'synpunkt.exportera' AND "objektId" LIKE $1`,
            [`%${markor}%`],
          )
        )[0].n,
      );
    const felaktiga: Record<string, string>[] = [
      { q: `${markor}\u0000` },
      { q: markor, skola: "\u0000" },
      { q: `${markor} klagom\u00e5l`, skola: "x\u001by" },
      { q: markor, status: "MOTTAGEN\u0000" },
      { q: markor, typ: "\u0000" },
      { q: markor, fran: "2026-01-01\u0000" },
      { q: markor, till: "\u0000" },
      { q: markor, efter: "\u0000" },
      { q: markor, status: "FINNS_INTE" },
      { q: markor, fran: "2026-13-45" },
      { q: markor, skola: "x".repeat(101) },
    ];
    for (const form of felaktiga) {
      const svar = await page.request.post("/personal/synpunkter/export", { form, headers: { origin: baseURL! } });
      const vad = JSON.stringify(form);
      expect(svar.status(), vad).toBe(400);
      expect(svar.headers()["content-type"], vad).toContain("text/html");
      const text = await svar.text();
      expect(text, vad).toContain("Exporten gick inte att göra");
      expect(text, vad).toContain('lang="sv"');
      expect(text, vad).not.toMatch(/at \w+ \(|Error:|Prisma/);
    }
    expect(await loggade()).toBe(0);
    // The inbox's own empty choices ("Alla") are no filter, and Swedish text is searched as usual.
    const giltig = await page.request.post("/personal/synpunkter/export", {
      form: { status: "", q: `${markor} klagomål` },
      headers: { origin: baseURL! },
    });
    expect(giltig.status()).toBe(200);
    expect(giltig.headers()["content-type"]).toContain("text/csv");
    expect(await loggade()).toBe(1);
  });

  test("a redaktör gets 403, and a signed-out visitor is sent to sign in", async ({ page, request, baseURL }) => {
    const utloggad = await request.post("/personal/synpunkter/export", {
      form: { typ: "KLAGOMAL" },
      headers: { origin: baseURL! },
      maxRedirects: 0,
    });
    expect([302, 303, 307]).toContain(utloggad.status());
    expect(utloggad.headers()["location"]).toMatch(/\/logga-in$/);

    await loggaIn(page, "redaktor");
    const svar = await page.request.post("/personal/synpunkter/export", { form: { typ: "KLAGOMAL" }, headers: { origin: baseURL! } });
    expect(svar.status()).toBe(403);
    expect(await svar.text()).toContain("Du har inte behörighet att exportera ärenden.");
    expect(svar.headers()["content-type"]).not.toContain("text/csv");
  });

  test("an export is only started from the inbox: a GET or a cross-site post writes nothing", async ({ page, baseURL }) => {
    await loggaIn(page, "handlaggare");
    // A search word of this test's own, so an export another test makes at the same time is not counted.
    const q = `exportprov${Date.now()}`;
    const rader = `SELECT count(*) AS n FROM "Granskningshandelse" WHERE handling = 'synpunkt.exportera' AND data->>'q' = $1`;
    const fore = await sql<{ n: string }>(rader, [q]);
    const hamtad = await page.request.get(`/personal/synpunkter/export?typ=KLAGOMAL&q=${q}`, { maxRedirects: 0 });
    expect([302, 303, 307]).toContain(hamtad.status());
    expect(hamtad.headers()["location"]).toMatch(new RegExp(`/personal/synpunkter\\?typ=KLAGOMAL&q=${q}$`));
    const frammande = await page.request.post("/personal/synpunkter/export", {
      form: { typ: "KLAGOMAL", q },
      headers: { origin: "https://annan-webbplats.example", "sec-fetch-site": "cross-site" },
    });
    expect(frammande.status()).toBe(403);
    expect(frammande.headers()["content-type"]).not.toContain("text/csv");
    // The same post from the inbox itself is counted under the same word: the query can see a write.
    const egen = await page.request.post("/personal/synpunkter/export", { form: { typ: "KLAGOMAL", q }, headers: { origin: baseURL! } });
    expect(egen.headers()["content-type"]).toContain("text/csv");
    const efter = await sql<{ n: string }>(rader, [q]);
    expect(Number(efter[0].n)).toBe(Number(fore[0].n) + 1);
  });
});
