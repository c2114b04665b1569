// npm start without DATABASE_URL: the embedded PostgreSQL server starts with the portal, keeps
// its data between starts, stops with it on SIGTERM and Ctrl-C, and nothing a kill -9 leaves
// behind (an orphan, a stale pid file, a busy port) blocks the next start.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { freePort } from "./support";

test.describe.configure({ mode: "serial" });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, ms = 10_000): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await sleep(100)) if (!alive(pid)) return true;
  return !alive(pid);
}

interface Start {
  child: ChildProcess;
  log: () => string;
}

test.describe("npm start's embedded database", () => {
  test.setTimeout(240_000);
  const data = mkdtempSync(path.join(os.tmpdir(), "gsp-inbyggd-"));
  const port = { app: 0, db: 0 };
  const startade: ChildProcess[] = [];

  test.beforeAll(async () => {
    port.app = await freePort();
    port.db = await freePort();
  });
  test.afterAll(async () => {
    for (const c of startade) {
      try {
        process.kill(-c.pid!, "SIGKILL");
      } catch {
        // already stopped
      }
    }
    await sleep(500);
    rmSync(data, { recursive: true, force: true });
  });

  /** Runs scripts/start.ts as npm start does, in its own process group, and waits for the portal. */
  async function starta(dbPort = port.db): Promise<Start> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port.app),
      EMBEDDED_DB_PORT: String(dbPort),
      DATA_MAPP: data,
      LOG_LEVEL: "info",
    };
    for (const bort of ["DATABASE_URL", "AUTH_SECRET", "NODE_ENV", "START_UTSKRIFT"]) delete env[bort];
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    startade.push(child);
    let log = "";
    child.stdout!.on("data", (c: Buffer) => (log += c.toString()));
    child.stderr!.on("data", (c: Buffer) => (log += c.toString()));
    for (const until = Date.now() + 120_000; Date.now() < until; await sleep(200)) {
      if (log.includes("Portalen svarar på")) break;
      if (child.exitCode !== null) throw new Error(`npm start avslutades (kod ${child.exitCode}):\n${log.slice(-3000)}`);
    }
    const res = await fetch(`http://127.0.0.1:${port.app}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Grundskoleförvaltningen i Göteborg");
    return { child, log: () => log };
  }

  const postmaster = () => Number(readFileSync(path.join(data, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  const databas = () => {
    const losenord = readFileSync(path.join(data, "postgres.losenord"), "utf8").trim();
    return new pg.Client({ connectionString: `postgresql://postgres:${encodeURIComponent(losenord)}@127.0.0.1:${port.db}/portal` });
  };
  async function portFri(p: number) {
    for (const until = Date.now() + 10_000; Date.now() < until; await sleep(100)) {
      try {
        await fetch(`http://127.0.0.1:${p}/api/health`, { signal: AbortSignal.timeout(1_000) });
      } catch {
        return true;
      }
    }
    return false;
  }

  test("a SIGTERM stops the portal and PostgreSQL, and the next start finds the data", async () => {
    const forsta = await starta();
    expect(forsta.log()).toMatch(/Inbyggd PostgreSQL 1\d startad/);
    const c = databas();
    await c.connect();
    await c.query(`CREATE TABLE provrad (text text); INSERT INTO provrad VALUES ('kvar efter omstart')`);
    await c.end();
    const pg1 = postmaster();

    forsta.child.kill("SIGTERM");
    expect(await gone(forsta.child.pid!, 20_000), "npm start").toBe(true);
    expect(await gone(pg1), "PostgreSQL").toBe(true);
    expect(await portFri(port.app), "portalens port").toBe(true);

    const andra = await starta();
    const c2 = databas();
    await c2.connect();
    expect((await c2.query(`SELECT text FROM provrad`)).rows).toEqual([{ text: "kvar efter omstart" }]);
    await c2.end();
    // Ctrl-C in a terminal reaches the whole process group.
    const pg2 = postmaster();
    process.kill(-andra.child.pid!, "SIGINT");
    expect(await gone(andra.child.pid!, 20_000), "npm start").toBe(true);
    expect(await gone(pg2), "PostgreSQL").toBe(true);
  });

  test("after a kill -9 of npm start alone, its server and PostgreSQL stop, and the next start gets the same port", async () => {
    const forsta = await starta();
    const pg1 = postmaster();
    forsta.child.kill("SIGKILL");
    expect(await gone(pg1), "PostgreSQL efter kill -9").toBe(true);
    expect(await portFri(port.app), "portalens port efter kill -9").toBe(true);
    const andra = await starta();
    process.kill(-andra.child.pid!, "SIGTERM");
    expect(await gone(andra.child.pid!, 20_000)).toBe(true);
  });

  test("after a kill -9 of everything, the stale pid file does not block the next start", async () => {
    const forsta = await starta();
    const pg1 = postmaster();
    process.kill(-forsta.child.pid!, "SIGKILL");
    expect(await gone(pg1)).toBe(true);
    expect(existsSync(path.join(data, "postgres", "postmaster.pid")), "pid file left behind").toBe(true);
    // A new port for the database too: the old one may linger a moment after a kill.
    port.db = await freePort();
    const andra = await starta();
    expect(postmaster()).not.toBe(pg1);
    process.kill(-andra.child.pid!, "SIGTERM");
    expect(await gone(andra.child.pid!, 20_000)).toBe(true);
  });
});
