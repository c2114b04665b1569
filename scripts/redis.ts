// A Redis server of its own, for the system tests and the benchmark: Debian's redis-server on a
// free port, keeping nothing on disk, started and stopped by whoever needs it.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./app-server";

function which(cmd: string): string | null {
  try {
    return execFileSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

export const redisServer = () => which("redis-server");

export interface OwnRedis {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A Redis server on a free port that keeps nothing on disk. */
export async function ownRedis(): Promise<OwnRedis> {
  const bin = redisServer();
  if (!bin) throw new Error("redis-server saknas.");
  const port = await freePort();
  let child: ChildProcess | null = null;
  const own: OwnRedis = {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn(bin, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
      const until = Date.now() + 10_000;
      while (Date.now() < until) {
        try {
          execFileSync("redis-cli", ["-p", String(port), "ping"], { stdio: "pipe" });
          return;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      throw new Error("Redis startade inte.");
    },
    async stop() {
      if (!child) return;
      const exited = new Promise((r) => child!.once("exit", r));
      child.kill("SIGKILL");
      await exited;
      child = null;
    },
  };
  await own.start();
  return own;
}
