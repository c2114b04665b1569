// deploy/nginx.conf run for real, for the system tests and the benchmark: Debian's nginx with the
// repo's file, changed only where a test must differ from a server: its instances, its port, and
// its files (pid, logs, cache, temp) in a temporary folder.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./app-server";

const asRoot = process.getuid?.() === 0;

export function nginxBin(): string | null {
  try {
    return execFileSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).trim() || null;
  } catch {
    return existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : null;
  }
}

export interface Nginx {
  url: string;
  accesslogg(): string;
  stop(): Promise<void>;
}

/** nginx in front of `upstreams` (base URLs), on `port` or a free one, answering when resolved. */
export async function startNginx(upstreams: string[], port?: number): Promise<Nginx> {
  const bin = nginxBin();
  if (!bin) throw new Error("nginx saknas.");
  const dir = mkdtempSync(path.join(tmpdir(), "gsp-nginx-"));
  chmodSync(dir, 0o777); // the workers run as www-data and write the cache here
  port ??= await freePort();
  let conf = readFileSync(path.join(import.meta.dirname, "..", "deploy", "nginx.conf"), "utf8");
  const byt = (fran: RegExp, till: string) => {
    if (!fran.test(conf)) throw new Error(`deploy/nginx.conf saknar ${fran}`);
    conf = conf.replace(fran, till);
  };
  byt(/^user www-data;$/m, asRoot ? "user www-data;\ndaemon off;" : "daemon off;");
  byt(/^pid .*;$/m, `pid ${dir}/nginx.pid;`);
  byt(/^error_log .*;$/m, `error_log ${dir}/error.log warn;`);
  byt(/^ {2}access_log \S+/m, `  access_log ${dir}/access.log`);
  byt(/(^ {4}server \d[^\n]*\n)+/m, upstreams.map((u) => `    server ${new URL(u).host} max_fails=3 fail_timeout=10s;\n`).join(""));
  byt(/^ {4}listen 80;$/m, `    listen 127.0.0.1:${port};`);
  byt(/\/var\/cache\/nginx\/portal/g, `${dir}/cache`);
  byt(
    /^http \{$/m,
    `http {\n${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${dir}/${t};`).join("\n")}`,
  );
  writeFileSync(path.join(dir, "nginx.conf"), conf);
  const child = spawn(bin, ["-c", path.join(dir, "nginx.conf"), "-p", dir, "-e", path.join(dir, "error.log")], { stdio: "ignore" });
  const exited = new Promise((r) => child.once("exit", r));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx startade inte:\n${readFileSync(path.join(dir, "error.log"), "utf8")}`);
    try {
      await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      break;
    } catch {
      if (Date.now() > until) throw new Error("nginx svarade inte.");
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    accesslogg: () => readFileSync(path.join(dir, "access.log"), "utf8"),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
