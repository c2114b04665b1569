// Sign-in through Microsoft Entra ID, proven against a real OpenID provider on its own port: the
// portal's own instance is started with AUTH_MICROSOFT_ENTRA_ID_* pointing at it, and Chromium
// walks the whole code flow (PKCE, state and nonce) through the provider's login page.
import { expect, test, type Page } from "@playwright/test";
import { freshDatabase, type TestDatabase } from "../support/databases";
import { loggaInSom } from "../support/logga-in";
import { startaOidcLeverantor, type OidcLeverantor } from "./oidc-leverantor";
import { appEnv, freePort, prepareDatabase, query, startApp, type AppServer } from "./support";

test.describe.configure({ mode: "serial" });

let database: TestDatabase;
let idp: OidcLeverantor;
let app: AppServer;
/** The public address. "localhost", not 127.0.0.1: Next's request URLs name loopback so. */
let bas: string;
const begaran: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await freshDatabase("entra");
  await prepareDatabase(database.url);
  const port = await freePort();
  bas = `http://localhost:${port}`;
  idp = await startaOidcLeverantor(`${bas}/api/auth/callback/microsoft-entra-id`);
  app = await startApp({
    port,
    env: appEnv(database.url, {
      PUBLIC_URL: bas,
      AUTH_MICROSOFT_ENTRA_ID_ID: idp.clientId,
      AUTH_MICROSOFT_ENTRA_ID_SECRET: idp.clientSecret,
      AUTH_MICROSOFT_ENTRA_ID_ISSUER: idp.issuer,
    }),
  });
  await query(
    database.url,
    `INSERT INTO "User" (id, email, name, roll, andrad) VALUES ('entra-aktiv', 'erik.entra@goteborg.example', 'Erik Entra', 'ADMIN', now()), ('entra-avstangd', 'avstangd.entra@goteborg.example', 'Avstängd Entra', 'REDAKTOR', now())`,
  );
  await query(database.url, `UPDATE "User" SET aktiv = false WHERE id = 'entra-avstangd'`);
});

test.afterAll(async () => {
  await app?.stop();
  await idp?.stop();
  await database?.drop();
});

/** Clicks the Entra button and signs in on the provider's own page as `konto`. */
async function viaEntra(page: Page, konto: string) {
  page.on("request", (r) => void begaran.push(r.url()));
  await page.goto(`${bas}/logga-in`);
  await page.getByRole("button", { name: "Logga in med Göteborgs Stads konto" }).click();
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/`));
  await page.locator('input[name="login"]').fill(konto);
  await page.locator('input[name="password"]').fill("vad-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

const fel = (page: Page) => page.getByRole("alert").filter({ hasText: /Göteborgs Stads konto/ });

test("an active account with that e-mail signs in through the code flow with PKCE, state and nonce, without a local code", async ({
  page,
}) => {
  await viaEntra(page, "Erik.Entra@goteborg.example");
  await expect(page).toHaveURL(`${bas}/personal`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Översikt");
  const auth = new URL(begaran.find((u) => u.startsWith(`${idp.issuer}/auth?`))!);
  expect(auth.searchParams.get("response_type")).toBe("code");
  expect(auth.searchParams.get("code_challenge_method")).toBe("S256");
  expect(auth.searchParams.get("code_challenge")).toBeTruthy();
  expect(auth.searchParams.get("state")).toBeTruthy();
  expect(auth.searchParams.get("nonce")).toBeTruthy();
  expect(auth.searchParams.get("redirect_uri")).toBe(`${bas}/api/auth/callback/microsoft-entra-id`);
  const [s] = await query<{ leverantor: string }>(database.url, `SELECT leverantor FROM "Session" WHERE "userId" = 'entra-aktiv'`);
  expect(s.leverantor).toBe("microsoft-entra-id");
  // an admin through Entra ID is not sent to set up a local second factor
  await page.goto(`${bas}/personal/konton`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konton");
});

for (const [konto, beskrivning] of [
  ["okand.person@goteborg.example", "an unknown account"],
  ["avstangd.entra@goteborg.example", "a disabled account"],
]) {
  test(`${beskrivning} gets a Swedish refusal`, async ({ page }) => {
    await viaEntra(page, konto);
    await expect(page).toHaveURL(/\/logga-in\?error=AccessDenied$/);
    await expect(fel(page)).toContainText("det finns inget aktivt konto här med din e-postadress");
    await page.goto(`${bas}/personal`);
    await expect(page).toHaveURL(/\/logga-in$/);
  });
}

for (const [satt, beskrivning] of [
  ["fel-publik", "the wrong audience"],
  ["fel-utfardare", "the wrong issuer"],
  ["utgangen", "an expiry in the past"],
] as const) {
  test(`an ID token with ${beskrivning} is refused`, async ({ page }) => {
    idp.forvanska(satt);
    try {
      await viaEntra(page, "erik.entra@goteborg.example");
      await expect(page).toHaveURL(/\/logga-in\?error=/);
      await expect(fel(page)).toContainText("gick inte att genomföra");
      await page.goto(`${bas}/personal`);
      await expect(page).toHaveURL(/\/logga-in$/);
    } finally {
      idp.forvanska("ingen");
    }
  });
}

test("with the provider down, a Swedish message, and password sign-in still works", async ({ page }) => {
  await idp.stop();
  await page.goto(`${bas}/logga-in`);
  await page.getByRole("button", { name: "Logga in med Göteborgs Stads konto" }).click();
  await expect(page).toHaveURL(/\/logga-in\?error=/);
  await expect(fel(page)).toContainText("logga in med e-post och lösenord");
  await loggaInSom(page, "redaktor", bas);
});
