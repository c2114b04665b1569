// Cold start of the embedded-database path: `npm start` without DATABASE_URL, timed from the
// command to the first 200 on `/`. Each run gets a new directory that links in the project's
// source, node_modules and its existing production build, but has no .data: so the embedded
// PostgreSQL server creates its cluster from nothing (initdb), the migrations and the demo data run, and a new session secret is
// written, as on a new developer's first `npm start` after a build.
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { stoppaGrupp, vantaPa200, vidAvslut } from "./processer";

/** Left out of the new directory: state a new checkout does not have, and the bench's own output. */
const UTESLUTNA = new Set([".data", ".git", "bench-results", "test-results", "playwright-report"]);

/** Moments in start-up, recognised in its log, in milliseconds from the command. */
const STEG: [string, RegExp][] = [
  ["embedded database up", /Inbyggd PostgreSQL startad/],
  ["server listening (after migrations and demo data)", /Ready in/],
  ["server's health check answered", /Portalen svarar på/],
];

export interface Kallstart {
  ms: number;
  steg: Record<string, number>;
}

export async function kallstart(rot: string, port: number, databasport: number, loggfil: string): Promise<Kallstart> {
  const katalog = mkdtempSync(path.join(os.tmpdir(), "gsp-kallstart-"));
  const taBort = vidAvslut("kallstartens katalog", async () => rmSync(katalog, { recursive: true, force: true }));
  for (const namn of readdirSync(rot)) {
    if (!UTESLUTNA.has(namn)) symlinkSync(path.join(rot, namn), path.join(katalog, namn));
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_DB_PORT: String(databasport),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const bort of [
    "DATABASE_URL",
    "AUTH_SECRET",
    "NODE_ENV",
    "SEED_DEMO",
    "BAKGRUNDSJOBB",
    "SYNPUNKT_GRANS",
    "SYNPUNKT_MIN_SEKUNDER",
    "LOG_LEVEL",
  ]) {
    delete env[bort];
  }

  const logg = createWriteStream(loggfil, { flags: "a" });
  const start = performance.now();
  const child = spawn("npm", ["start"], { cwd: katalog, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const stoppa = vidAvslut("npm start (kallstart)", () => stoppaGrupp(child));
  const steg: Record<string, number> = {};
  const las = (chunk: Buffer) => {
    logg.write(chunk);
    const text = chunk.toString("utf8");
    for (const [namn, monster] of STEG) {
      if (steg[namn] === undefined && monster.test(text)) steg[namn] = Math.round(performance.now() - start);
    }
  };
  child.stdout.on("data", las);
  child.stderr.on("data", las);
  try {
    await vantaPa200(`http://127.0.0.1:${port}/`, 180_000, child, 50);
    return { ms: performance.now() - start, steg };
  } finally {
    await stoppa();
    logg.end();
    await taBort();
  }
}
