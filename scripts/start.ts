// npm start: the portal on http://localhost:$PORT (3000). Without DATABASE_URL it runs an
// embedded PostgreSQL server with its data in .data/postgres, migrated and loaded with demo data
// on first start; with DATABASE_URL it migrates that database and serves it.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded";
import { createClient } from "../lib/db/client";
import { migrate } from "./db/migrate";
import { logger } from "../lib/logger";
import { seed } from "../prisma/seed";
import { build, isBuilt, startApp, type AppServer } from "./app-server";

// In a terminal the log lines (JSON, from this script and from the server) are shown readable:
// the script runs itself again with its output through pino-pretty. Elsewhere (a service
// manager, a log collector) they stay one JSON object a line.
if (process.stdout.isTTY && !process.env.START_UTSKRIFT) {
  const { default: pretty } = await import("pino-pretty");
  const ut = pretty({ colorize: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname,app", destination: 1 });
  const barn = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: ["inherit", "pipe", "pipe"],
    env: { ...process.env, START_UTSKRIFT: "pretty" },
  });
  barn.stdout!.pipe(ut);
  barn.stderr!.pipe(ut);
  // Ctrl-C reaches the child from the terminal itself (same process group): wait for it to stop.
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => barn.kill("SIGTERM"));
  barn.on("exit", (code) => process.exit(code ?? 0));
  await new Promise(() => {});
}

const port = process.env.PORT ?? "3000";
// The embedded database and the session secret live here (a test points it elsewhere).
const dataMapp = process.env.DATA_MAPP || ".data";
const production = process.env.NODE_ENV === "production";
let url = process.env.DATABASE_URL;
let embedded: EmbeddedPostgres | undefined;
let server: AppServer | undefined = undefined;

async function stop(code: number) {
  await server?.stop();
  await embedded?.stop();
  process.exit(code);
}

if (!url) {
  embedded = await startEmbeddedPostgres({
    dataDir: path.join(dataMapp, "postgres"),
    port: Number(process.env.EMBEDDED_DB_PORT ?? 0),
    database: "portal",
  });
  url = embedded.url;
  // From here on a stop takes the database with it, also during migrations, seed and build.
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  logger.info(`Inbyggd PostgreSQL ${embedded.version} startad (data i ${path.join(dataMapp, "postgres")}).`);
}

// The embedded setup keeps its own session-signing secret beside its data.
let authSecret = process.env.AUTH_SECRET;
if (!authSecret && embedded) {
  const file = path.join(dataMapp, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  authSecret = readFileSync(file, "utf8").trim();
}

await migrate(url);
if ((embedded || process.env.SEED_DEMO === "1") && !production) {
  const db = createClient(url);
  await seed(db, { demoUsers: true });
  await db.$disconnect();
}

if (!isBuilt()) {
  logger.info("Bygger portalen första gången (npm run build) …");
  // Asynchronous: the embedded database in this process keeps serving meanwhile.
  const status = await build();
  if (status !== 0) process.exit(status);
}

server = await startApp({
  port: Number(port),
  inherit: true,
  timeoutMs: 120_000,
  env: {
    ...process.env,
    HOSTNAME: "0.0.0.0",
    DATABASE_URL: url,
    ...(authSecret ? { AUTH_SECRET: authSecret } : {}),
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? "10",
  },
});
logger.info(`Portalen svarar på http://localhost:${port}`);

if (!embedded) {
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
}
server.process.on("exit", (code) => void stop(code ?? 0));
