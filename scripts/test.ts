// npm test: the whole suite. Unit and integration tests (Vitest) against PostgreSQL, then a
// production build and the browser tests (Playwright, Chromium) against it. PostgreSQL is the
// server in TEST_DATABASE_URL when set (a role that may create databases), otherwise an
// embedded server this script starts for the run and removes after it. Every runner makes its
// own databases on that server. Ends with one line: "N passed, N failed".
//
// `npm test -- FILE …` runs only those test files, each through its own runner (tests/unit and
// tests/integration: Vitest; tests/e2e: the browser run; tests/system: the system run); a runner
// none of the files belongs to is skipped. `BYGG_INTE=1` reuses the existing production build.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createClient } from "../lib/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded";
import { migrate } from "./db/migrate";
import { seed } from "../prisma/seed";
import { freshDatabase } from "../tests/support/databases";
import { build, freePort, startApp } from "./app-server";

// Its own build folder: a portal running from `npm start` in this checkout keeps its .next.
process.env.NEXT_DIST_DIR ||= ".next-test";
let inbyggd: EmbeddedPostgres | undefined;
if (!process.env.TEST_DATABASE_URL) {
  inbyggd = await startEmbeddedPostgres();
  process.env.TEST_DATABASE_URL = inbyggd.url;
  console.log(`Testerna körs mot en inbyggd PostgreSQL ${inbyggd.version} (ingen TEST_DATABASE_URL).`);
  const stopp = () => void inbyggd!.stop().finally(() => process.exit(130));
  process.on("SIGINT", stopp);
  process.on("SIGTERM", stopp);
}
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let passed = 0;
let failed = 0;
let byggd = false;
const filer = process.argv.slice(2);
const del = (mapp: string) => filer.filter((f) => f.includes(`tests/${mapp}/`));
const kor = (...mappar: string[]) => filer.length === 0 || mappar.some((m) => del(m).length > 0);
mkdirSync("test-results", { recursive: true });

// Asynchronous on purpose: the embedded database of the browser run lives in this process and
// must keep serving while a child process runs.
function run(cmd: string, args: string[], extra: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env: { ...env, ...extra } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/**
 * Adds a Playwright run's results. A run that ended badly without a failed test (a test file
 * that would not load, "No tests found") counts as one failure, never as a pass.
 */
function count(report: string, status: number) {
  if (!existsSync(report)) {
    failed += 1;
    return;
  }
  const r = JSON.parse(readFileSync(report, "utf8"));
  passed += r.stats.expected;
  failed += r.stats.unexpected + r.stats.flaky + (r.errors?.length ?? 0);
  if (status !== 0 && r.stats.unexpected === 0 && !r.errors?.length) failed += 1;
}

// 1. Vitest.
rmSync("test-results/vitest.json", { force: true });
const vitestStatus = kor("unit", "integration")
  ? await run("npx", [
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      "--outputFile.json=test-results/vitest.json",
      ...del("unit"),
      ...del("integration"),
    ])
  : 0;
if (existsSync("test-results/vitest.json")) {
  const r = JSON.parse(readFileSync("test-results/vitest.json", "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
} else if (vitestStatus !== 0) failed += 1;

// 2. Browser tests.
const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(
  (p) => p && existsSync(p),
);
if (!kor("e2e", "system")) {
  // Only Vitest files were named.
} else if (!chromium) {
  console.error(
    "Ingen Chromium hittades: installera den (Debian: apt-get install chromium) eller ange CHROMIUM_PATH, och kör npm test igen.",
  );
  failed += 1;
} else {
  const built = process.env.BYGG_INTE === "1" ? 0 : await build(env);
  byggd = built === 0;
  if (!byggd) {
    failed += 1;
  } else if (kor("e2e")) {
    const database = await freshDatabase("e2e");
    await migrate(database.url);
    const client = createClient(database.url);
    await seed(client, { demoUsers: true });
    await client.$disconnect();

    const port = await freePort();
    const server = await startApp({
      port,
      inherit: true,
      env: {
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: "8",
        AUTH_SECRET: randomBytes(32).toString("base64"),
        LOG_LEVEL: "warn",
        SYNPUNKT_MIN_SEKUNDER: "1",
        UTSKICK_SEKUNDER: "1",
        SCHEMA_SEKUNDER: "1",
      },
    });
    const baseUrl = server.url;
    try {
      rmSync("test-results/playwright.json", { force: true });
      const status = await run("npx", ["playwright", "test", "--project=browser", ...del("e2e")], {
        BASE_URL: baseUrl,
        CHROMIUM_PATH: chromium,
        E2E_DATABASE_URL: database.url,
      });
      count("test-results/playwright.json", status);
    } catch (error) {
      console.error((error as Error).message);
      failed += 1;
    } finally {
      await server.stop();
      await database.drop();
    }
  }
}

// 3. System tests: several instances, Redis, faults and fuzzing. They start their own servers.
if (chromium && byggd && kor("system")) {
  rmSync("test-results/system.json", { force: true });
  const status = await run("npx", ["playwright", "test", "--project=system", "--workers=1", ...del("system")], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON: "test-results/system.json",
  });
  count("test-results/system.json", status);
}

await inbyggd?.stop();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
