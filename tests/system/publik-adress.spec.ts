// A server started on another port than 3000 without PUBLIC_URL (as `PORT=3100 npm start` starts
// it): every address it writes (canonical links, the sitemap, the receipt's link, the mails)
// names the port it listens on, never port 3000.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freshDatabase, type TestDatabase } from "../support/databases";
import { lasMejl } from "../support/mejl";
import { appEnv, freePort, hamtaFormular, prepareDatabase, skicka, startApp, type AppServer } from "./support";

test.describe.configure({ mode: "serial" });

let database: TestDatabase;
let app: AppServer;
let utskick: string;
let port: number;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  utskick = await mkdtemp(path.join(os.tmpdir(), "publik-adress-"));
  database = await freshDatabase("publikadress");
  await prepareDatabase(database.url);
  port = await freePort();
  const env = appEnv(database.url, { UTSKICK_MAPP: utskick });
  expect(env.PUBLIC_URL).toBeUndefined();
  app = await startApp({ port, env });
});
test.afterAll(async () => {
  await app?.stop();
  await database?.drop();
  if (utskick) await rm(utskick, { recursive: true, force: true });
});

test("without PUBLIC_URL the server's own addresses name the port it listens on", async () => {
  const bas = `http://localhost:${port}`;
  expect(port).not.toBe(3000);

  const kanonisk = async (sida: string) => /<link rel="canonical" href="([^"]*)"/.exec(await (await fetch(app.url + sida)).text())?.[1];
  // /kontakt is made per request; a cached page could have been made by another server of this build.
  expect(await kanonisk("/kontakt")).toBe(`${bas}/kontakt`);
  expect(/^Sitemap: (.*)$/m.exec(await (await fetch(`${app.url}/robots.txt`)).text())?.[1]).toBe(`${bas}/sitemap.xml`);
  expect(/<loc>([^<]*\/kontakt)<\/loc>/.exec(await (await fetch(`${app.url}/sitemap.xml`)).text())?.[1]).toBe(`${bas}/kontakt`);

  // The receipt's private link and the confirmation mail's.
  const svar = await skicka(
    app.url,
    await hamtaFormular(app.url),
    { meddelande: "Vilken port har portalen?", epost: "port@exempel.se" },
    "203.0.113.70",
  );
  expect(svar.kvitto).toBeTruthy();
  const kvitto = await (await fetch(new URL(svar.kvitto!, app.url))).text();
  expect(/(http:\/\/[^/"<\s]*)\/arende\//.exec(kvitto)?.[1]).toBe(bas);
  let mejl = "";
  await expect
    .poll(
      async () => {
        const filer = (await readdir(utskick)).filter((f) => f.endsWith(".eml"));
        mejl = filer.length ? lasMejl(await readFile(path.join(utskick, filer[0]), "latin1")) : "";
        return mejl;
      },
      { timeout: 30_000 },
    )
    .toContain("/arende/");
  expect(/(http:\/\/[^/\s]*)\/arende\//.exec(mejl)?.[1]).toBe(bas);
  expect(mejl).not.toContain("localhost:3000");
});
