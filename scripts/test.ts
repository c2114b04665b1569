// npm test: the whole suite. Unit and integration tests (Vitest) against PostgreSQL, then a
// production build and the browser tests (Playwright, Chromium) against it. PostgreSQL is the
// server in TEST_DATABASE_URL when set (a role that may create databases), otherwise an
// embedded one. Ends with one line: "N passed, N failed".
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import net from "node:net";
import { createClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { seed } from "../prisma/seed";
import { freshDatabase } from "../tests/support/databases";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let passed = 0;
let failed = 0;
mkdirSync("test-results", { recursive: true });

// Asynchronous on purpose: the embedded database of the browser run lives in this process and
// must keep serving while a child process runs.
function run(cmd: string, args: string[], extra: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: { ...env, ...extra } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

// 1. Vitest.
const vitestStatus = await run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]);
if (existsSync("test-results/vitest.json")) {
  const r = JSON.parse(readFileSync("test-results/vitest.json", "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
} else if (vitestStatus !== 0) failed += 1;

// 2. Browser tests.
const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(
  (p) => p && existsSync(p),
);
if (!chromium) {
  console.error("Ingen Chromium hittades: installera den (Debian: apt-get install chromium) eller ange CHROMIUM_PATH, och kör npm test igen.");
  failed += 1;
} else {
  const built = await run("npx", ["next", "build"]);
  if (built !== 0) {
    failed += 1;
  } else {
    const database = await freshDatabase("e2e");
    await migrate(database.url);
    const client = createClient(database.url);
    await seed(client, { demoUsers: true });
    await client.$disconnect();

    const port = await freePort();
    const server = spawn("npx", ["next", "start", "-p", String(port)], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...env, NODE_ENV: "production", DATABASE_URL: database.url, DATABASE_POOL_SIZE: "8", AUTH_SECRET: randomBytes(32).toString("base64"), PUBLIC_URL: `http://localhost:${port}`, LOG_LEVEL: "warn", SYNPUNKT_MIN_SEKUNDER: "1", UTSKICK_SEKUNDER: "1" },
      detached: true,
    });
    const baseUrl = `http://localhost:${port}`;
    try {
      await waitFor(`${baseUrl}/api/health`);
      await run("npx", ["playwright", "test"], { BASE_URL: baseUrl, CHROMIUM_PATH: chromium, E2E_DATABASE_URL: database.url });
      if (existsSync("test-results/playwright.json")) {
        const r = JSON.parse(readFileSync("test-results/playwright.json", "utf8"));
        passed += r.stats.expected;
        failed += r.stats.unexpected + r.stats.flaky;
      } else failed += 1;
    } catch (error) {
      console.error((error as Error).message);
      failed += 1;
    } finally {
      process.kill(-server.pid!, "SIGTERM");
      await database.drop();
    }
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function waitFor(url: string) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`Servern svarade inte på ${url} inom en minut.`);
}
