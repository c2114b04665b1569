// The production server as it is deployed: Next's standalone output (.next/standalone), run with
// `node runtime/server.mjs` (Next's server.js behind our Content-Security-Policy layer). Used by npm start, npm test, the system tests and the benchmark, so
// every one of them runs what a container would run.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "./db/embedded";
import { nyMarkering } from "../runtime/csp.mjs";

export { freePort };

const root = path.resolve(import.meta.dirname, "..");
/**
 * The build's output folder: `.next`, or NEXT_DIST_DIR (npm test builds into its own, so it never
 * rebuilds a server that `npm start` is running from the same checkout). next.config.ts reads it too.
 */
const distName = () => process.env.NEXT_DIST_DIR || ".next";
export const distDir = () => path.join(root, distName());
export const standaloneDir = () => path.join(distDir(), "standalone");

/** True when `next build` has produced a standalone server. */
export function isBuilt(): boolean {
  return existsSync(path.join(distDir(), "BUILD_ID")) && existsSync(path.join(standaloneDir(), "server.js"));
}

/** The server entry, relative to the standalone folder. */
export const SERVER_ENTRY = path.join("runtime", "server.mjs");

/**
 * Completes the standalone folder: Next leaves the browser assets (.next/static) and public/
 * out of it, for a CDN to serve; here the server serves them itself. The runtime folder (the
 * server entry and the modules it loads) is copied in, at the same place as in the project.
 */
export function completeStandalone(): void {
  const runtime = path.join(standaloneDir(), "runtime");
  mkdirSync(runtime, { recursive: true });
  cpSync(path.join(root, "runtime"), runtime, { recursive: true, filter: (fil) => !fil.endsWith(".d.mts") });
  // One marker per build (runtime/csp.mjs): every instance of this build shares it, as they
  // share its page cache. Never sent to a client.
  writeFileSync(path.join(runtime, "csp-markering"), `${nyMarkering()}\n`, { mode: 0o600 });
  const assets = path.join(standaloneDir(), distName(), "static");
  rmSync(assets, { recursive: true, force: true });
  cpSync(path.join(distDir(), "static"), assets, { recursive: true });
  if (existsSync(path.join(root, "public"))) {
    cpSync(path.join(root, "public"), path.join(standaloneDir(), "public"), { recursive: true });
  }
}

/**
 * Removes what `next build` prerendered for app/(public), pages and feeds: the build has no database, so those
 * are empty shells (see app/(public)/layout.tsx). Without them each public page is made on its
 * first request and kept in the page cache from then on. The 404 and error pages go too: made at
 * build time they lack the marker that lets their scripts through the Content-Security-Policy
 * (runtime/csp.mjs), so they are made on first use like the rest.
 */
export function removePublicPrerenders(): void {
  const routes = JSON.parse(readFileSync(path.join(distDir(), "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const bases = Object.entries(routes)
    .filter(
      ([file, route]) =>
        (file.startsWith("/(public)/") || route === "/_not-found" || route === "/_global-error") &&
        (file.endsWith("/page") || file.endsWith("/route")) &&
        !route.includes("["),
    )
    .map(([, route]) => (route === "/" ? "index" : route.slice(1)));
  for (const appDir of [path.join(distDir(), "server", "app"), path.join(standaloneDir(), distName(), "server", "app")]) {
    for (const base of bases) {
      const dir = path.join(appDir, path.dirname(base));
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) {
        if (name.startsWith(`${path.basename(base)}.`)) rmSync(path.join(dir, name), { recursive: true, force: true });
      }
    }
  }
}

/** Runs `next build` and completes the standalone folder; resolves to the exit status. */
export function build(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    spawn("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } }).on("exit", (code) => {
      if (code === 0) {
        removePublicPrerenders();
        completeStandalone();
      }
      resolve(code ?? 1);
    });
  });
}

export interface AppServer {
  url: string;
  port: number;
  process: ChildProcess;
  /** Everything the server wrote to stdout and stderr, for tests that look for leaks. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  env: Record<string, string | undefined>;
  /** Forward the server's output to this process's (default: keep it only in memory). */
  inherit?: boolean;
  /** How long to wait for /api/health to answer at all (default 60 s). */
  timeoutMs?: number;
}

/**
 * Empties the build's page cache and data cache on disk (Next's file-system cache, used without
 * REDIS_URL). They outlive the server and the database they were made from: a server started on
 * another database (a test's, or after a restore) must never answer with pages made from the
 * last one. A start therefore begins cold; each page is made again on its first request.
 */
function emptyDiskCache(): void {
  const dist = path.join(standaloneDir(), distName());
  for (const mapp of [path.join("server", "route-cache"), path.join("cache", "fetch-cache")]) {
    rmSync(path.join(dist, mapp), { recursive: true, force: true });
  }
}

/** Starts the standalone server and waits until it answers (any status) on /api/health. */
export async function startApp(options: StartOptions): Promise<AppServer> {
  const port = options.port ?? (await freePort());
  emptyDiskCache();
  let output = "";
  const child = spawn(process.execPath, [path.join(standaloneDir(), SERVER_ENTRY)], {
    cwd: standaloneDir(),
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOSTNAME: "127.0.0.1",
      // The server stops when this process dies, even by kill -9: no orphan keeps the port.
      MED_FORALDER: "1",
      ...options.env,
      // The server's working folder is the build output, which the next build deletes: mails
      // without SMTP go to the project's .data/utskick, and a relative UTSKICK_MAPP is read from
      // the project's folder too.
      UTSKICK_MAPP: path.resolve(root, options.env.UTSKICK_MAPP || path.join(".data", "utskick")),
      PORT: String(port),
    },
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 2_000_000) output = output.slice(-1_000_000);
      if (options.inherit) process.stderr.write(chunk);
    });
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://${options.env.HOSTNAME && options.env.HOSTNAME !== "0.0.0.0" ? options.env.HOSTNAME : "127.0.0.1"}:${port}`;
  const server: AppServer = {
    url,
    port,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  const until = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`Servern avslutades (kod ${child.exitCode}):\n${output.slice(-2000)}`);
    try {
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await server.stop();
  throw new Error(`Servern svarade inte på ${url}/api/health:\n${output.slice(-2000)}`);
}
