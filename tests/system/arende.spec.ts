// The sender follows their case, end to end against a real SMTP server started here: a synpunkt
// sent in Chromium, the confirmation and a notification received over SMTP, the private link
// followed with JavaScript off, a reply written there, and notifications turned off from the
// unsubscribe page; axe checks each new page. The portal runs with SMTP_URL pointing at the
// server below, so this is the same path a mail takes in production.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { formatDatum } from "@/lib/datum";
import { loggaInSom } from "../support/logga-in";
import { freshDatabase, type TestDatabase } from "../support/databases";
import { arendenyckelI, lasMejl } from "../support/mejl";
import { appEnv, freePort, prepareDatabase, query, startApp, type AppServer } from "./support";

test.describe.configure({ mode: "serial" });

let database: TestDatabase;
let app: AppServer;
let smtp: SMTPServer;
const mottagna: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      let text = "";
      stream.on("data", (d: Buffer) => (text += d.toString("latin1")));
      stream.on("end", () => {
        mottagna.push(lasMejl(text));
        callback();
      });
    },
  });
  const smtpPort = await freePort();
  await new Promise<void>((r) => smtp.listen(smtpPort, "127.0.0.1", () => r()));
  database = await freshDatabase("arende");
  await prepareDatabase(database.url);
  const port = await freePort();
  app = await startApp({
    port,
    env: appEnv(database.url, { PUBLIC_URL: `http://127.0.0.1:${port}`, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, LOG_LEVEL: "info" }),
  });
});
test.afterAll(async () => {
  await app?.stop();
  await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
  await database?.drop();
});

/** The first mail received whose subject matches, once it has come (the outbox runs every second). */
async function mejl(amne: RegExp, fran = 0): Promise<string> {
  let hittat: string | undefined;
  await expect
    .poll(() => (hittat = mottagna.slice(fran).find((m) => amne.test(/^Subject: (.*)$/m.exec(m)?.[1] ?? ""))), { timeout: 30_000 })
    .toBeTruthy();
  return hittat!;
}

/** axe runs as a script, so it checks the page in a context with JavaScript on. */
async function axe(page: Page, url?: string) {
  if (url) await page.goto(url);
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

test("a sender follows the case by its private link, replies without JavaScript and unsubscribes", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const meddelande = `Var finns läsårstiderna för nästa år? ${Date.now()}`;

  // 1. The contact form in Chromium, with notifications asked for.
  await page.goto(`${app.url}/kontakt`);
  await page.getByRole("radio", { name: /^Fråga/ }).check();
  await page.getByLabel("Ditt meddelande").fill(meddelande);
  await page.getByLabel("Ditt namn (frivilligt)").fill("Anna <b>Andersson</b>");
  await page.getByLabel("Din e-postadress (frivilligt)").fill("anna@exempel.se");
  await page.getByLabel(/Meddela mig när ärendet ändras/).check();
  await page.getByRole("button", { name: "Skicka" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tack, vi har tagit emot ditt meddelande");
  await expect(page.getByRole("heading", { name: "Din länk till ärendet" })).toBeVisible();
  await expect(page.getByText(/Spara länken/)).toBeVisible();
  await axe(page);
  const kvittolank = await page.getByRole("link", { name: /\/arende\// }).getAttribute("href");
  const [{ lopnummer }] = await query<{ lopnummer: number }>(database.url, `SELECT lopnummer FROM "Synpunkt" WHERE meddelande = $1`, [
    meddelande,
  ]);

  // 2. The confirmation over SMTP: fixed text, the number and a link; nothing the sender typed.
  const bekraftelse = await mejl(/Vi har tagit emot ditt/);
  expect(bekraftelse).toMatch(/^To: anna@exempel.se$/m);
  expect(bekraftelse).not.toContain("Andersson");
  expect(bekraftelse).not.toContain("läsårstiderna");
  expect(arendenyckelI(bekraftelse)).toBeTruthy();
  expect(arendenyckelI(bekraftelse)).not.toBe(arendenyckelI(kvittolank!));
  expect(bekraftelse).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);

  // 3. A clerk takes the case; the sender is told by mail, with the private link.
  const fore = mottagna.length;
  const personal = await browser.newContext();
  const handlaggare = await personal.newPage();
  await loggaInSom(handlaggare, "handlaggare", app.url);
  await handlaggare.goto(`${app.url}/personal/synpunkter/${lopnummer}`);
  await expect(handlaggare.getByText("Synligt för avsändaren").first()).toBeVisible();
  await handlaggare.getByLabel("Status", { exact: true }).selectOption("UNDER_HANDLAGGNING");
  await handlaggare.getByRole("button", { name: "Ändra status" }).click();
  await expect(handlaggare.getByRole("status")).toHaveText("Statusen är ändrad.");
  const notis = await mejl(/har ändrats/, fore);
  expect(notis).toContain("under handläggning");
  const avregistrering = /^List-Unsubscribe: <([^>]+)>$/m.exec(notis)?.[1];
  expect(avregistrering).toMatch(/\/api\/avregistrera\//);
  const nyckel = arendenyckelI(notis)!;
  expect(nyckel).toBeTruthy();

  // 4. The sender follows the link with JavaScript off.
  const avsandare = await browser.newContext({ javaScriptEnabled: false });
  const sida = await avsandare.newPage();
  const svar = await sida.goto(`${app.url}/arende/${nyckel}`);
  expect(svar?.status()).toBe(200);
  const h = svar!.headers();
  expect(h["referrer-policy"]).toBe("no-referrer");
  expect(h["cache-control"]).toMatch(/private/);
  expect(h["cache-control"]).toMatch(/no-store/);
  expect(h["x-robots-tag"]).toMatch(/noindex/);
  await expect(sida.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(sida.getByRole("heading", { level: 1 })).toHaveText(/^Ditt ärende GF-\d{4}-\d{5}$/);
  await expect(sida.getByRole("heading", { name: "Status: Under handläggning", level: 2 })).toBeVisible();
  // Not yet answered: the sender is told by when (the first answer's deadline, lib/synpunkter/frister.ts).
  const [{ dag }] = await query<{ dag: string }>(
    database.url,
    `SELECT to_char("svarSenast", 'YYYY-MM-DD') AS dag FROM "Synpunkt" WHERE lopnummer = $1`,
    [lopnummer],
  );
  await expect(sida.getByText(`Du kan räkna med ett svar senast ${formatDatum(dag)}.`)).toBeVisible();
  await expect(sida.getByText(meddelande)).toBeVisible();
  const [{ name }] = await query<{ name: string }>(database.url, `SELECT name FROM "User" WHERE roll = 'HANDLAGGARE' LIMIT 1`);
  await expect(sida.getByText(name)).toHaveCount(0);
  await axe(page, `${app.url}/arende/${nyckel}`);

  // 5. A reply written there, without JavaScript: one message, flagged in the inbox.
  await sida.getByLabel("Ditt meddelande").fill("Jag menar läsårstiderna för grundskolan.");
  await sida.getByRole("button", { name: "Skicka meddelandet" }).click();
  await expect(sida.getByRole("status")).toHaveText("Tack! Ditt meddelande är skickat och syns nedan.");
  await expect(sida.getByRole("heading", { name: "Du skrev" })).toBeVisible();
  await expect(sida.getByText("Jag menar läsårstiderna för grundskolan.")).toBeVisible();
  await axe(page, `${app.url}/arende/${nyckel}`);
  await handlaggare.goto(`${app.url}/personal/synpunkter`);
  await expect(
    handlaggare.getByRole("row", { name: new RegExp(`GF-\\d{4}-${String(lopnummer).padStart(5, "0")}`) }).getByText("Nytt meddelande"),
  ).toBeVisible();

  // 6. Unsubscribing from the mail's link, without JavaScript: the page asks, then confirms.
  await sida.goto(avregistrering!);
  await expect(sida.getByRole("heading", { level: 1 })).toHaveText("Sluta få e-post om ett ärende");
  await axe(page, sida.url());
  await sida.getByRole("button", { name: "Ja, sluta skicka e-post" }).click();
  await expect(sida.getByRole("heading", { level: 1 })).toHaveText("Du får inte längre e-post om ärendet");
  await axe(page, sida.url());
  const [{ meddela }] = await query<{ meddela: boolean }>(database.url, `SELECT meddela FROM "Synpunkt" WHERE lopnummer = $1`, [lopnummer]);
  expect(meddela).toBe(false);
  // The one-click POST a mail program sends (RFC 8058) is answered too; a forged address is not.
  const ettKlick = await fetch(avregistrering!, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "List-Unsubscribe=One-Click",
  });
  expect(ettKlick.status).toBe(200);
  const forfalskad = await fetch(
    avregistrering!.replace(/.$/, (c) => (c === "x" ? "y" : "x")),
    { method: "POST", body: "List-Unsubscribe=One-Click" },
  );
  expect(forfalskad.status).toBe(404);

  // 7. After that a status change no longer mails the sender, but a reply still does. The
  // outbox sends in order, so once the reply has come, a notification would have come before it.
  const sedan = mottagna.length;
  await handlaggare.goto(`${app.url}/personal/synpunkter/${lopnummer}`);
  await handlaggare.getByLabel("Status", { exact: true }).selectOption("AVSLUTAD");
  await handlaggare.getByRole("button", { name: "Ändra status" }).click();
  await expect(handlaggare.getByRole("status")).toHaveText("Statusen är ändrad.");
  await handlaggare.getByLabel("Svar till avsändaren").fill("Läsårstiderna finns på goteborg.se.");
  await handlaggare.getByRole("button", { name: "Skicka svar" }).click();
  const svarsmejl = await mejl(/Svar på ditt ärende/, sedan);
  expect(svarsmejl).not.toMatch(/^List-Unsubscribe/m);
  expect(mottagna.slice(sedan).some((m) => /har ändrats/.test(m))).toBe(false);

  // The closed case asks its one question; answered without JavaScript, it is not asked again.
  await sida.goto(`${app.url}/arende/${nyckel}`);
  await expect(sida.getByText("Läsårstiderna finns på goteborg.se.")).toBeVisible();
  await axe(page, `${app.url}/arende/${nyckel}`);
  await sida.getByRole("radio", { name: "Delvis" }).check();
  await sida.getByLabel("Vill du berätta mer? (frivilligt)").fill("Jag hade velat ha länken direkt.");
  await sida.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(sida.getByRole("status")).toHaveText("Tack för ditt svar!");
  await expect(sida.getByRole("group", { name: "Fick du svar på det du undrade?" })).toHaveCount(0);
  await axe(page, `${app.url}/arende/${nyckel}`);

  // 8. Wrong, malformed and altered keys all get the same 404; no key is ever in the server's log.
  const fel = await Promise.all(
    ["A".repeat(32), "kort", nyckel.slice(0, -1) + (nyckel.endsWith("A") ? "B" : "A")].map(async (k) => {
      const r = await fetch(`${app.url}/arende/${k}`);
      const text = (await r.text()).replaceAll(k, "NYCKEL");
      return { status: r.status, sidanFinnsInte: text.includes("Sidan finns inte"), langd: text.length };
    }),
  );
  expect(fel.map((f) => [f.status, f.sidanFinnsInte])).toEqual([
    [404, true],
    [404, true],
    [404, true],
  ]);
  expect(new Set(fel.map((f) => f.langd)).size).toBe(1);
  for (const k of [nyckel, arendenyckelI(bekraftelse)!, arendenyckelI(kvittolank!)!]) expect(app.output()).not.toContain(k);
  await personal.close();
  await avsandare.close();
});

test("guessing keys is stopped per client", async () => {
  const klient = { "x-forwarded-for": "198.51.100.77" };
  for (let i = 0; i < 20; i++) expect((await fetch(`${app.url}/arende/${"B".repeat(31)}${i % 10}`, { headers: klient })).status).toBe(404);
  const stoppad = await fetch(`${app.url}/arende/${"C".repeat(32)}`, { headers: klient });
  expect(await stoppad.text()).toContain("För många försök");
  expect((await fetch(`${app.url}/arende/${"C".repeat(32)}`, { headers: { "x-forwarded-for": "198.51.100.78" } })).status).toBe(404);
});
