// The contact form's minimum fill time, end to end: a form sent sooner than SYNPUNKT_MIN_SEKUNDER
// after it was shown is refused with a Swedish message and the text kept; the same form sent
// after the wait is accepted. (The browser tests run with a one-second minimum for speed.)
import { expect, test } from "@playwright/test";
import { freshDatabase, type TestDatabase } from "../support/databases";
import { appEnv, hamtaFormular, prepareDatabase, query, skicka, startApp, type AppServer } from "./support";

test.describe.configure({ mode: "serial" });

let database: TestDatabase;
let app: AppServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await freshDatabase("fylltid");
  await prepareDatabase(database.url);
  app = await startApp({ env: appEnv(database.url, { SYNPUNKT_MIN_SEKUNDER: "4", BAKGRUNDSJOBB: "av" }) });
});
test.afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

test("a form sent at once is refused with the text kept; the same form after the wait makes one case", async () => {
  const formular = await hamtaFormular(app.url);
  const text = "Hur anmäler jag mitt barn till fritidshemmet på Guldhedsskolan?";
  const nyckel = formular.falt.idempotensnyckel;
  const direkt = await skicka(app.url, formular, { meddelande: text });
  expect(direkt.kvitto).toBeNull();
  expect(direkt.body).toContain("Formuläret skickades väldigt snabbt");
  expect(direkt.body).toContain(text);

  await new Promise((r) => setTimeout(r, 4_500));
  const sedan = await skicka(app.url, formular, { meddelande: text });
  expect(sedan.kvitto).toContain(nyckel);

  const [{ n }] = await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM "Synpunkt" WHERE meddelande = $1`, [text]);
  expect(n).toBe(1);
});
