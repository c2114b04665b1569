import { expect, test, type Page } from "@playwright/test";
import { axe } from "../support/axe";
import bcrypt from "bcryptjs";
import { sql } from "./db";

const LOSENORD = "Demo-lösenord-2026";
const epost = (roll: string) => `${roll}@demo.grundskoleportalen.test`;

async function loggaIn(page: Page, email: string, losenord = LOSENORD) {
  await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(losenord);
  await page.getByRole("button", { name: "Logga in" }).click();
}

/** Signs in and waits until the overview has loaded. */
async function loggaInSom(page: Page, roll: string) {
  await loggaIn(page, epost(roll));
  await expect(page).toHaveURL(/\/personal$/);
}

const felruta = (page: Page) => page.getByRole("alert", { name: "Det finns ett problem" });

async function nyttKonto(email: string, roll = "REDAKTOR") {
  const hash = await bcrypt.hash("Rätt-lösenord-1", 10);
  await sql(`INSERT INTO "User" (id, email, name, roll, "losenordHash", andrad) VALUES ($1, $2, 'Test Testsson', $3, $4, now())`, [
    `e2e-${email}`,
    email,
    roll,
    hash,
  ]);
}

async function insats(slug: string) {
  const [row] = await sql<{ status: string; progress: number; version: number }>(
    `SELECT status, progress, version FROM "Insats" WHERE slug = $1`,
    [slug],
  );
  return row;
}

test.describe("staff sign-in", () => {
  test("signed out, the staff pages send you to the sign-in page", async ({ page }) => {
    for (const path of [
      "/personal",
      "/personal/insatser",
      "/personal/granskningslogg",
      "/personal/insatser/systematiskt-kvalitetsarbete",
    ]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/logga-in$/);
    }
  });

  test("a wrong password gets a Swedish message and keeps the e-mail address", async ({ page }) => {
    await loggaIn(page, epost("redaktor"), "fel-lösenord");
    await expect(felruta(page)).toContainText("E-postadressen eller lösenordet stämmer inte");
    await expect(page.getByLabel("E-postadress")).toHaveValue(epost("redaktor"));
    await loggaIn(page, "", "");
    await expect(page.getByRole("link", { name: "Skriv din e-postadress." })).toBeVisible();
    await expect(page.getByRole("link", { name: "Skriv ditt lösenord." })).toBeVisible();
  });

  test("a stranger's wrong passwords slow the account down with the same answer, and the colleague's own browser still gets in", async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    await nyttKonto("strypt-e2e@exempel.se");
    // The colleague has signed in on this browser before: it is a known device for the account.
    await loggaIn(page, "strypt-e2e@exempel.se", "Rätt-lösenord-1");
    await expect(page).toHaveURL(/\/personal$/);
    await page.getByRole("button", { name: "Logga ut" }).click();
    await expect(page).toHaveURL(/\/logga-in\?utloggad=1$/);

    const angripare = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.66" } })).newPage();
    const svar = "E-postadressen eller lösenordet stämmer inte, eller så har det varit många misslyckade försök nyligen.";
    // Three tries are free; the delay then doubles with every try (2, 4, … 64 s after the ninth).
    for (let i = 0; i < 9; i++) {
      await loggaIn(angripare, "strypt-e2e@exempel.se", `fel-${i}`);
      await expect(felruta(angripare)).toContainText(svar);
    }
    // now even the right password from the stranger's browser gets the very same answer
    await loggaIn(angripare, "strypt-e2e@exempel.se", "Rätt-lösenord-1");
    await expect(felruta(angripare)).toContainText(svar);
    await expect(angripare).toHaveURL(/\/logga-in$/);
    await angripare.context().close();

    await loggaIn(page, "strypt-e2e@exempel.se", "Rätt-lösenord-1");
    await expect(page).toHaveURL(/\/personal$/);
  });

  test("signs in and out, and a disabled account is out at once", async ({ page }) => {
    await nyttKonto("avstangs-e2e@exempel.se");
    await loggaIn(page, "avstangs-e2e@exempel.se", "Rätt-lösenord-1");
    await expect(page).toHaveURL(/\/personal$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Översikt");
    const cookie = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await sql(`UPDATE "User" SET aktiv = false WHERE email = $1`, ["avstangs-e2e@exempel.se"]);
    await page.goto("/personal/insatser");
    await expect(page).toHaveURL(/\/logga-in$/);

    await loggaInSom(page, "admin");
    await page.getByRole("button", { name: "Logga ut" }).click();
    await expect(page).toHaveURL(/\/logga-in\?utloggad=1$/);
    await page.goto("/personal");
    await expect(page).toHaveURL(/\/logga-in$/);
  });
});

test.describe("the insats dashboard", () => {
  test("a redaktör's status update shows on the public insats page at once", async ({ page }) => {
    const slug = "systematiskt-kvalitetsarbete";
    await page.goto(`/insatser/${slug}`); // fills the public cache first
    await loggaInSom(page, "redaktor");
    await page.goto(`/personal/insatser/${slug}`);
    await page.getByLabel("Status", { exact: true }).selectOption("PAUSAD");
    await page.getByLabel("Hur många procent är klart?").fill("42");
    await page.getByLabel("Vad har hänt?").fill("Pausad i väntan på nya riktlinjer från nämnden.");
    await page.getByRole("button", { name: "Spara uppdatering" }).click();
    await expect(page.getByRole("status")).toContainText("Uppdateringen är sparad");
    expect(await insats(slug)).toMatchObject({ status: "PAUSAD", progress: 42 });

    await page.goto(`/insatser/${slug}`);
    await expect(page.getByText("Pausad i väntan på nya riktlinjer från nämnden.")).toBeVisible();
    await expect(page.getByText("42 % klart").first()).toBeVisible();
    await page.goto("/api/oppna-data/insatser");
    expect(await page.content()).toContain("Pausad i väntan på nya riktlinjer");
  });

  test("bad input gets Swedish messages, keeps the text and saves nothing", async ({ page }) => {
    const slug = "resursfordelning-utifran-likvardighet";
    const fore = await insats(slug);
    await loggaInSom(page, "admin");
    await page.goto(`/personal/insatser/${slug}`);
    await page.getByLabel("Status", { exact: true }).selectOption("KLAR");
    await page.getByLabel("Hur många procent är klart?").fill("80");
    await page.getByLabel("Vad har hänt?").fill("<script>alert(1)</script> Nästan klart.");
    await page.getByRole("button", { name: "Spara uppdatering" }).click();
    await expect(page.getByRole("link", { name: "En klar insats ska vara 100 % klar." })).toBeVisible();
    await expect(page.getByLabel("Vad har hänt?")).toHaveValue("<script>alert(1)</script> Nästan klart.");
    expect(await insats(slug)).toEqual(fore);
  });

  test("the second of two people saving the same version is refused with the current state", async ({ browser }) => {
    const slug = "kollegialt-larande-pa-alla-nivaer";
    const a = await (await browser.newContext()).newPage();
    const b = await (await browser.newContext()).newPage();
    await loggaInSom(a, "redaktor");
    await loggaInSom(b, "admin");
    await a.goto(`/personal/insatser/${slug}`);
    await b.goto(`/personal/insatser/${slug}`);
    await a.getByLabel("Hur många procent är klart?").fill("61");
    await a.getByLabel("Vad har hänt?").fill("Först sparad.");
    await a.getByRole("button", { name: "Spara uppdatering" }).click();
    await expect(a.getByRole("status")).toContainText("sparad");
    await b.getByLabel("Hur många procent är klart?").fill("62");
    await b.getByLabel("Vad har hänt?").fill("Sparad för sent.");
    await b.getByRole("button", { name: "Spara uppdatering" }).click();
    await expect(felruta(b)).toContainText("Någon annan sparade en ändring medan du skrev");
    await expect(felruta(b)).toContainText("61 % klart");
    await expect(b.getByLabel("Vad har hänt?")).toHaveValue("Sparad för sent.");
    expect(await insats(slug)).toMatchObject({ progress: 61 });
  });

  test("a save posted from another site (cross-site request forgery) is refused and changes nothing", async ({ page }) => {
    const slug = "framtidsrustad-kompetensutveckling";
    const fore = await insats(slug);
    await loggaInSom(page, "redaktor");
    await page.goto(`/personal/insatser/${slug}`);
    let status = 0;
    await page.route(`**/personal/insatser/${slug}`, async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const response = await route.fetch({ headers: { ...route.request().headers(), origin: "https://angripare.example" } });
      status = response.status();
      await route.fulfill({ response });
    });
    await page.getByLabel("Hur många procent är klart?").fill("99");
    await page.getByLabel("Vad har hänt?").fill("Förfalskad begäran.");
    await page.getByRole("button", { name: "Spara uppdatering" }).click();
    await expect.poll(() => status).toBeGreaterThanOrEqual(400);
    expect(await insats(slug)).toEqual(fore);
  });

  test("a rektor updates only insatser that concern their own school", async ({ page }) => {
    await loggaInSom(page, "rektor");
    await page.goto("/personal/insatser/systematiskt-kvalitetsarbete");
    await expect(page.getByText("Rektorer uppdaterar insatser som berör den egna skolan.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Spara uppdatering" })).toHaveCount(0);
    await page.goto("/personal/insatser/framtidsrustad-processtod-pilotskolor");
    await expect(page.getByRole("button", { name: "Spara uppdatering" })).toBeVisible();
    await page.goto("/personal/granskningslogg");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har inte behörighet till sidan");
  });

  test("a handläggare cannot reach the insats pages", async ({ page }) => {
    await loggaInSom(page, "handlaggare");
    await expect(page.getByText(/öppna synpunkter och frågor väntar/)).toBeVisible();
    await page.goto("/personal/insatser");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har inte behörighet till sidan");
  });

  test("every staff page has no axe violations, the statistics' charts included", async ({ page }) => {
    test.setTimeout(120_000);
    await loggaInSom(page, "admin");
    await page.goto("/personal/konton");
    const konto = await page.getByRole("link", { name: /Rasmus Redaktör/ }).getAttribute("href");
    // An answered case, so that the case page and the statistics' charts have something to show.
    await sql(
      `INSERT INTO "Synpunkt" (id, typ, meddelande, idempotensnyckel, skapad, andrad, "forstaSvar", status)
       VALUES ($1, 'FRAGA', 'Axe-kontroll', $2, now() - interval '3 days', now(), now() - interval '2 days', 'BESVARAD')`,
      [`e2e-${crypto.randomUUID()}`, crypto.randomUUID()],
    );
    await page.goto("/personal/synpunkter");
    const arende = await page
      .getByRole("link", { name: /^GF-\d{4}-\d{5}$/ })
      .first()
      .getAttribute("href");
    for (const path of [
      "/personal",
      "/personal/insatser",
      "/personal/insatser/tidiga-insatser-sprakliga-formaga",
      "/personal/insatser/ny",
      "/personal/pilotskolor",
      "/personal/konton",
      konto!,
      "/personal/granskningslogg",
      "/personal/ingen-behorighet",
      "/personal/synpunkter",
      arende!,
      "/personal/synpunkter/statistik",
      "/personal/innehall/se-over",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(1);
      expect((await axe(page)).map((v) => `${path}: ${v}`)).toEqual([]);
    }
  });
});

test.describe("managing accounts and insatser", () => {
  test("an admin creates an account, it signs in, and disabling it ends its session at once", async ({ page, browser }) => {
    await loggaInSom(page, "admin");
    await page.goto("/personal/konton");
    await page.getByLabel("E-postadress").fill("nyanstalld-e2e@exempel.se");
    await page.getByLabel("Tillfälligt lösenord").fill("kort");
    await page.getByRole("button", { name: "Skapa konto" }).click();
    await expect(page.getByRole("link", { name: "Skriv personens namn." })).toBeVisible();
    await expect(page.getByRole("link", { name: "Lösenordet ska vara minst 12 tecken." })).toBeVisible();
    await expect(page.getByLabel("E-postadress")).toHaveValue("nyanstalld-e2e@exempel.se");
    await page.getByLabel("Namn").fill("Nyanställd Testsson");
    await page.getByLabel("Tillfälligt lösenord").fill("Tillfälligt-lösen-1");
    await page.getByRole("button", { name: "Skapa konto" }).click();
    await expect(page.getByRole("status")).toHaveText("Kontot är skapat.");

    // The admin chose the password: the new person must choose their own before anything else.
    const ny = await (await browser.newContext()).newPage();
    await loggaIn(ny, "nyanstalld-e2e@exempel.se", "Tillfälligt-lösen-1");
    await expect(ny).toHaveURL(/\/personal\/mitt-konto\/losenord$/);
    await expect(ny.getByText("Lösenordet du loggade in med valdes av en administratör.")).toBeVisible();
    await ny.goto("/personal/insatser");
    await expect(ny).toHaveURL(/\/personal\/mitt-konto\/losenord$/);
    await ny.getByLabel("Nuvarande lösenord").fill("Tillfälligt-lösen-1");
    await ny.getByLabel("Nytt lösenord", { exact: true }).fill("password1234");
    await ny.getByLabel("Upprepa det nya lösenordet").fill("password1234");
    await ny.getByRole("button", { name: "Byt lösenord" }).click();
    await expect(felruta(ny)).toContainText("Lösenordet är för lätt att gissa");
    await ny.getByLabel("Nuvarande lösenord").fill("Tillfälligt-lösen-1");
    await ny.getByLabel("Nytt lösenord", { exact: true }).fill("tre tama tranor i Tåkern");
    await ny.getByLabel("Upprepa det nya lösenordet").fill("tre tama tranor i Tåkern");
    await ny.getByRole("button", { name: "Byt lösenord" }).click();
    await expect(ny.getByRole("status")).toContainText("Lösenordet är bytt.");
    await ny.goto("/personal");
    await expect(ny).toHaveURL(/\/personal$/);

    await page.getByRole("link", { name: "Nyanställd Testsson" }).click();
    await page.getByLabel("Får logga in").selectOption("nej");
    await page.getByRole("button", { name: "Spara" }).click();
    await expect(page.getByRole("status")).toHaveText("Ändringen är sparad.");
    await ny.goto("/personal");
    await expect(ny).toHaveURL(/\/logga-in$/);
  });

  test("a redaktör creates a delinsats, the public sees it, and archiving removes it", async ({ page }) => {
    await loggaInSom(page, "redaktor");
    await page.goto("/personal/insatser");
    await page.getByRole("link", { name: "Skapa en ny insats" }).click();
    await expect(page).toHaveURL(/\/personal\/insatser\/ny$/);
    await page.getByLabel("Titel").fill("Läxhjälp i samverkan med föräldrar");
    await page.getByLabel("Beskrivning").fill("Läxhjälp två kvällar i veckan.");
    await page.getByLabel("Ansvarig enhet").fill("Samordning och stöd");
    await page.getByLabel("Delinsats av").selectOption("vidareutveckla-foraldrastodet");
    await page.getByRole("button", { name: "Skapa insatsen" }).click();
    await expect(page.getByRole("status")).toHaveText("Insatsen är skapad som planerad.");
    await page.goto("/insatser/vidareutveckla-foraldrastodet");
    await expect(page.getByRole("link", { name: "Läxhjälp i samverkan med föräldrar" })).toBeVisible();

    await page.goto("/personal/insatser/laxhjalp-i-samverkan-med-foraldrar");
    await page.getByRole("button", { name: "Arkivera insatsen" }).click();
    await expect(page.getByRole("status")).toContainText("arkiverad");
    await page.goto("/insatser/vidareutveckla-foraldrastodet");
    await expect(page.getByRole("link", { name: "Läxhjälp i samverkan med föräldrar" })).toHaveCount(0);
  });
});

test.describe("pilot schools", () => {
  test("a redaktör records a pilot school's progress and the school's public page shows it", async ({ page }) => {
    await loggaInSom(page, "redaktor");
    await page.goto("/personal/pilotskolor");
    const skola = page.locator("main li").first();
    const namn = (await skola.getByRole("heading", { level: 2 }).textContent())!;
    const href = (await skola.getByRole("link").first().getAttribute("href"))!;
    await skola.getByLabel("Kompetensutveckling").selectOption("KLAR");
    await skola.getByRole("button", { name: `Spara läget för ${namn}` }).click();
    await expect(page.getByRole("status")).toHaveText("Pilotskolans läge är sparat.");
    await page.goto(href);
    await expect(page.getByText("Kompetensutveckling: Klar")).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("staff can sign in and record an update", async ({ page }) => {
    const slug = "tidiga-insatser-sprakliga-formaga";
    await loggaInSom(page, "redaktor");
    await expect(page).toHaveURL(/\/personal$/);
    await page.goto(`/personal/insatser/${slug}`);
    await page.getByLabel("Hur många procent är klart?").fill("33");
    await page.getByLabel("Vad har hänt?").fill("Uppdaterad utan JavaScript.");
    await page.getByRole("button", { name: "Spara uppdatering" }).click();
    await expect(page.getByRole("status")).toContainText("sparad");
    expect(await insats(slug)).toMatchObject({ progress: 33 });
  });

  test("a refused update answers with Swedish messages and keeps the text", async ({ page }) => {
    // Before, a bound action that answered with an error never answered at all without JavaScript.
    const slug = "resursfordelning-utifran-likvardighet";
    const fore = await insats(slug);
    await loggaInSom(page, "redaktor");
    await page.goto(`/personal/insatser/${slug}`);
    await page.getByLabel("Hur många procent är klart?").fill("mycket");
    await page.getByLabel("Vad har hänt?").fill("Skrivet utan JavaScript, ska stå kvar.");
    await page.getByRole("button", { name: "Spara uppdatering" }).click();
    await expect(page.getByRole("alert", { name: "Det finns ett problem" })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByLabel("Vad har hänt?")).toHaveValue("Skrivet utan JavaScript, ska stå kvar.");
    expect(await insats(slug)).toEqual(fore);
  });
});
