// The bench's child processes and clean-up. Everything the bench starts (servers, the load
// generator, databases, temporary directories) registers how it is undone; `stadaUpp` undoes it
// all in reverse order, on a normal end, on an error and on Ctrl-C.
import { spawn, fork, type ChildProcess, type SpawnOptions } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

type Stadning = { namn: string; gor: () => Promise<void> };
const stadningar: Stadning[] = [];

/** Registers a clean-up step; the returned function runs it now (once) and unregisters it. */
export function vidAvslut(namn: string, gor: () => Promise<void>): () => Promise<void> {
  const steg: Stadning = { namn, gor };
  stadningar.push(steg);
  return async () => {
    const i = stadningar.indexOf(steg);
    if (i === -1) return;
    stadningar.splice(i, 1);
    await gor();
  };
}

let stadar: Promise<void> | undefined;
export function stadaUpp(): Promise<void> {
  stadar ??= (async () => {
    while (stadningar.length > 0) {
      const steg = stadningar.pop()!;
      try {
        await steg.gor();
      } catch (error) {
        console.error(`Städning "${steg.namn}" misslyckades: ${(error as Error).message}`);
      }
    }
  })();
  return stadar;
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    console.error(`\nAvbryter (${signal}): stänger det bänken har startat …`);
    void stadaUpp().finally(() => process.exit(130));
  });
}

function harAvslutats(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function vantaPaAvslut(child: ChildProcess, ms: number): Promise<boolean> {
  if (harAvslutats(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Stops a child started in its own process group: SIGTERM to the group, SIGKILL after a while. */
export async function stoppaGrupp(child: ChildProcess, ms = 10_000): Promise<void> {
  if (!child.pid) return;
  const skicka = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is already gone
    }
  };
  if (!harAvslutats(child)) skicka("SIGTERM");
  if (!(await vantaPaAvslut(child, ms))) {
    skicka("SIGKILL");
    await vantaPaAvslut(child, 2_000);
  }
  // Whatever the group leader left behind.
  skicka("SIGKILL");
}

export interface Bakgrundsprocess {
  child: ChildProcess;
  stoppa(): Promise<void>;
}

/**
 * Starts a long-running command in its own process group (so that it and everything it starts
 * can be stopped together). Its output goes straight to `loggfil`, not through this process.
 */
export function startaIBakgrunden(
  namn: string,
  cmd: string,
  args: string[],
  options: SpawnOptions & { loggfil: string },
): Bakgrundsprocess {
  const fd = openSync(options.loggfil, "a");
  const child = spawn(cmd, args, { ...options, detached: true, stdio: ["ignore", fd, fd] });
  closeSync(fd);
  const stoppa = vidAvslut(namn, () => stoppaGrupp(child));
  return { child, stoppa };
}

/** Runs a command to its end with its output in `loggfil`; resolves with its exit code. */
export function kor(cmd: string, args: string[], options: SpawnOptions & { loggfil: string }): Promise<number> {
  const p = startaIBakgrunden(`${cmd} ${args.join(" ")}`, cmd, args, options);
  return new Promise((resolve) => {
    p.child.on("exit", (code) => {
      void p.stoppa().then(() => resolve(code ?? 1));
    });
    p.child.on("error", () => void p.stoppa().then(() => resolve(1)));
  });
}

/** A TypeScript module of the bench as a child process with an IPC channel, run with tsx. */
export function forkaTs(namn: string, modul: string, loggfil: string): Bakgrundsprocess {
  const fd = openSync(loggfil, "a");
  const child = fork(modul, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", fd, fd, "ipc"] });
  closeSync(fd);
  const stoppa = vidAvslut(namn, async () => {
    if (harAvslutats(child)) return;
    child.kill("SIGTERM");
    if (!(await vantaPaAvslut(child, 5_000))) child.kill("SIGKILL");
  });
  return { child, stoppa };
}

/** Fails early and clearly when a port the bench needs is taken. */
export function kontrolleraLedigPort(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", () => reject(new Error(`Port ${port} är upptagen; ange en annan bas med BENCH_PORT.`)));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve()));
  });
}

/** Waits until `url` answers with 200; returns the milliseconds waited. */
export async function vantaPa200(url: string, maxMs: number, child?: ChildProcess, intervallMs = 100): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < maxMs) {
    if (child && harAvslutats(child)) throw new Error(`Processen avslutades innan ${url} svarade.`);
    try {
      const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - start;
    } catch {
      // not up yet
    }
    await sleep(intervallMs);
  }
  throw new Error(`${url} svarade inte med 200 inom ${Math.round(maxMs / 1000)} s.`);
}
