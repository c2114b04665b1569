// CPU time spent by the app's process and by the PostgreSQL backends serving the bench's
// database, read from /proc (Linux). It says where a request's cost lies: in Node.js (routing,
// rendering, the Prisma client) or in the database. Elsewhere it reports nothing.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

export interface Cpuandel {
  /** CPU milliseconds of the app's process during the run. */
  appMs: number;
  /** CPU milliseconds of the PostgreSQL backends connected to the bench's database. */
  databasMs: number;
  /** CPU milliseconds of the load generator. */
  lastMs: number;
}

const finns = existsSync("/proc/self/stat");
const tick = (() => {
  if (!finns) return 100;
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may contain spaces.
    const falt = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(falt[11]) + Number(falt[12])) * 1000) / tick;
  } catch {
    return 0;
  }
}

/** PostgreSQL backends name their database in their process title. */
function databasprocesser(databas: string): number[] {
  const ut: number[] = [];
  for (const namn of readdirSync("/proc")) {
    if (!/^\d+$/.test(namn)) continue;
    try {
      const titel = readFileSync(`/proc/${namn}/cmdline`, "utf8");
      if (titel.startsWith("postgres: ") && titel.includes(` ${databas} `)) ut.push(Number(namn));
    } catch {
      // gone meanwhile
    }
  }
  return ut;
}

export class Cpumatare {
  constructor(
    private app: number | undefined,
    private databas: string,
    private last: number | undefined,
  ) {}

  private las() {
    const db = new Map(databasprocesser(this.databas).map((pid) => [pid, cpuMs(pid)]));
    return { app: this.app ? cpuMs(this.app) : 0, db, last: this.last ? cpuMs(this.last) : 0 };
  }

  /** Runs `gor` and tells how much CPU each side spent meanwhile (null where /proc is missing). */
  async mat<T>(gor: () => Promise<T>): Promise<{ resultat: T; cpu: Cpuandel | null }> {
    if (!finns) return { resultat: await gor(), cpu: null };
    const fore = this.las();
    const resultat = await gor();
    const efter = this.las();
    // A backend that started during the run counts from zero; one that ended is not seen.
    let databasMs = 0;
    for (const [pid, ms] of efter.db) databasMs += ms - (fore.db.get(pid) ?? 0);
    return { resultat, cpu: { appMs: efter.app - fore.app, databasMs, lastMs: efter.last - fore.last } };
  }
}
