// The system tests' own services: a PostgreSQL cluster (initdb in a temporary folder, its own
// port) and a Redis server, started and stopped by the tests so that the machine's services are
// never touched; and the portal's standalone server on top of them.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createClient } from "../../lib/db/client";
import { migrate } from "../../scripts/db/migrate";
import { seed } from "../../prisma/seed";
import { freePort, startApp, type AppServer } from "../../scripts/app-server";
import { ownRedis, redisServer, type OwnRedis } from "../../scripts/redis";
import { freshDatabase, type TestDatabase } from "../support/databases";

export { freePort, ownRedis, redisServer, startApp, type AppServer, type OwnRedis };

/** One query on its own connection, for checking what a test did to a database. */
export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

/** The directory with initdb, postgres and pg_ctl, or null when PostgreSQL is not installed. */
export function postgresBin(): string | null {
  const candidates = [process.env.PG_BIN];
  try {
    candidates.push(execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim());
  } catch {
    // no pg_config
  }
  if (existsSync("/usr/lib/postgresql")) {
    for (const v of readdirSync("/usr/lib/postgresql").sort().reverse()) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  }
  return candidates.find((d) => d && existsSync(path.join(d, "initdb")) && existsSync(path.join(d, "postgres"))) ?? null;
}

// PostgreSQL refuses to run as root; as root the cluster is run as the postgres user.
const asRoot = process.getuid?.() === 0;
function asPostgresUser(cmd: string, args: string[]): [string, string[]] {
  return asRoot ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
}

export interface OwnPostgres {
  /** A URL for the database "portal" in this cluster. */
  url: string;
  start(): Promise<void>;
  stop(mode?: "fast" | "immediate"): Promise<void>;
  restart(): Promise<void>;
  destroy(): Promise<void>;
}

/** initdb in a temporary folder, started on a free port; the database "portal" created. */
export async function ownPostgres(): Promise<OwnPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL saknas (initdb hittades inte).");
  const dir = mkdtempSync(path.join(tmpdir(), "gsp-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const port = await freePort();
  const run = (cmd: string, args: string[]) => {
    const [c, a] = asPostgresUser(path.join(bin, cmd), args);
    execFileSync(c, a, { stdio: "pipe", cwd: dir });
  };
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const ctl = (args: string[]) => run("pg_ctl", ["-D", data, "-w", "-t", "60", "-l", path.join(dir, "log"), ...args]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const pgServer: OwnPostgres = {
    url: `postgresql://postgres@127.0.0.1:${port}/portal`,
    async start() {
      ctl(["-o", options, "start"]);
    },
    async stop(mode = "fast") {
      ctl(["-m", mode, "stop"]);
    },
    async restart() {
      ctl(["-m", "fast", "-o", options, "restart"]);
    },
    async destroy() {
      try {
        ctl(["-m", "immediate", "stop"]);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await pgServer.start();
  run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "portal"]);
  return pgServer;
}

/** Exact row counts of every table: what "nothing written" is checked against. */
export async function radantal(url: string): Promise<Record<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const antal: Record<string, number> = {};
    for (const { table_name } of rows) antal[table_name] = Number((await c.query(`SELECT count(*) AS n FROM "${table_name}"`)).rows[0].n);
    return antal;
  } finally {
    await c.end();
  }
}

/** Migrates and seeds a database with the demo content and accounts. */
export async function prepareDatabase(url: string): Promise<void> {
  await migrate(url);
  const client = createClient(url);
  await seed(client, { demoUsers: true });
  await client.$disconnect();
}

/** The environment every instance of one test shares. */
export function appEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: "8",
    AUTH_SECRET: randomBytes(32).toString("base64"),
    LOG_LEVEL: "warn",
    SYNPUNKT_MIN_SEKUNDER: "0",
    UTSKICK_SEKUNDER: "1",
    ...extra,
  };
}

/** Instances on one fresh, seeded database and one Redis of their own: several servers behind a load balancer. */
export interface Instanser {
  database: TestDatabase;
  redis: OwnRedis;
  appar: AppServer[];
  stop(): Promise<void>;
}

export async function instanser(namn: string, antal: number, extra: Record<string, string> = {}): Promise<Instanser> {
  const database = await freshDatabase(namn);
  let redis: OwnRedis | undefined;
  const appar: AppServer[] = [];
  const stop = async () => {
    await Promise.all(appar.map((app) => app.stop()));
    await redis?.stop();
    await database.drop();
  };
  try {
    await prepareDatabase(database.url);
    redis = await ownRedis();
    const env = appEnv(database.url, { REDIS_URL: redis.url, ...extra });
    appar.push(...(await Promise.all(Array.from({ length: antal }, () => startApp({ env })))));
    return { database, redis, appar, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export interface TvaInstanser extends Instanser {
  a: AppServer;
  b: AppServer;
}

export async function tvaInstanser(namn: string, extra: Record<string, string> = {}): Promise<TvaInstanser> {
  const i = await instanser(namn, 2, extra);
  return { ...i, a: i.appar[0], b: i.appar[1] };
}

export interface Kontaktformular {
  /** Every hidden field of the form as the server rendered it (React's action fields included). */
  falt: Record<string, string>;
}

const avkoda = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Every form on a page that posts to a server action: its hidden fields, its other field names and their values as rendered. */
export function actionFormular(html: string): { dolda: Record<string, string>; falt: string[]; varden: Record<string, string> }[] {
  return html
    .split("</form>")
    .map((f) => f.slice(f.lastIndexOf("<form")))
    .filter((f) => f.includes('name="$ACTION'))
    .map((form) => {
      const dolda: Record<string, string> = {};
      const falt = new Set<string>();
      const varden: Record<string, string> = {};
      for (const m of form.matchAll(/<(input|select|textarea)\b[^>]*>/g)) {
        const name = /name="([^"]*)"/.exec(m[0])?.[1];
        if (!name) continue;
        const value = avkoda(/value="([^"]*)"/.exec(m[0])?.[1] ?? "");
        if (/type="hidden"/.test(m[0])) dolda[name] = value;
        else {
          falt.add(name);
          // A browser sends a checkbox only when it is ticked, with "on" unless it has a value.
          if (/type="(checkbox|radio)"/.test(m[0])) {
            if (/\bchecked=""/.test(m[0])) varden[name] = /value="/.test(m[0]) ? value : "on";
          } else if (m[1] === "input" && !/type="submit"/.test(m[0])) varden[name] = value;
        }
      }
      for (const m of form.matchAll(/<textarea\b[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/textarea>/g)) varden[m[1]] = avkoda(m[2]);
      for (const m of form.matchAll(/<select\b[^>]*name="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)) {
        varden[m[1]] = avkoda(/<option[^>]*value="([^"]*)"[^>]*selected=""/.exec(m[2])?.[1] ?? "");
      }
      return { dolda, falt: [...falt], varden };
    });
}

/**
 * Reads the contact form's hidden fields, as a browser without JavaScript would receive them.
 * One load makes one case: its key and start time are signed together, so load a form per case.
 */
export async function hamtaFormular(baseUrl: string): Promise<Kontaktformular> {
  return kontaktformularI(await (await fetch(`${baseUrl}/kontakt`)).text());
}

/** The contact form in a page: /kontakt, or the form shown again after a refused post. */
export function kontaktformularI(html: string): Kontaktformular {
  const form = actionFormular(html).find((f) => f.falt.includes("meddelande"));
  if (!form) throw new Error("Kontaktformuläret saknar sina dolda fält.");
  return { falt: form.dolda };
}

export interface Inskick {
  status: number;
  /** The receipt's address when the case was accepted (a 303 to /kontakt/tack/…). */
  kvitto: string | null;
  body: string;
}

/** Posts the form the way a browser without JavaScript does: multipart, to /kontakt, with the load's own key unless told another. */
export async function skicka(
  baseUrl: string,
  formular: Kontaktformular,
  varden: Partial<
    Record<"typ" | "meddelande" | "namn" | "epost" | "meddela" | "skolaId" | "idempotensnyckel" | "startad" | "webbplats", string>
  >,
  klient = "203.0.113.1",
): Promise<Inskick> {
  const svar = await postaFormular(
    baseUrl,
    "/kontakt",
    { ...formular.falt, typ: "FRAGA", skolaId: "", namn: "", epost: "", webbplats: "", ...varden },
    { klient },
  );
  return {
    status: svar.status,
    kvitto: svar.status === 303 && svar.location?.includes("/kontakt/tack/") ? svar.location : null,
    body: svar.body,
  };
}

export interface Formularsvar {
  status: number;
  /** Where a 303 leads (a server action's redirect), else null. */
  location: string | null;
  /** The cookies the answer set, as name=value. */
  kakor: string[];
  body: string;
}

/**
 * Posts a server action's form the way a browser without JavaScript does: multipart, to the
 * page that rendered it, from the portal's own origin, with the client's cookies.
 */
export async function postaFormular(
  baseUrl: string,
  sokvag: string,
  falt: Record<string, string>,
  { cookie, klient = "203.0.113.1" }: { cookie?: string; klient?: string } = {},
): Promise<Formularsvar> {
  const body = new FormData();
  for (const [k, v] of Object.entries(falt)) body.append(k, v);
  const res = await fetch(baseUrl + sokvag, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { "x-forwarded-for": klient, accept: "text/html", origin: new URL(baseUrl).origin, ...(cookie ? { cookie } : {}) },
    signal: AbortSignal.timeout(30_000),
  });
  const kakor = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  return { status: res.status, location: res.status === 303 ? res.headers.get("location") : null, kakor, body: await res.text() };
}

export interface Inloggning extends Formularsvar {
  /** The status of the sign-in page the form was loaded from. */
  sidstatus: number;
  /** The session cookie when the sign-in got in, ready for a Cookie header; else null. */
  session: string | null;
}

/** Signs in through the sign-in page's form without JavaScript, as a person does: one load, one post. */
export async function loggaInOverHttp(baseUrl: string, epost: string, losenord: string, klient = "203.0.113.1"): Promise<Inloggning> {
  const sida = await fetch(`${baseUrl}/logga-in`, { headers: { "x-forwarded-for": klient }, signal: AbortSignal.timeout(30_000) });
  const form = actionFormular(await sida.text()).find((f) => f.falt.includes("password"));
  if (!form) throw new Error(`Inloggningssidan saknar sitt formulär (status ${sida.status}).`);
  const svar = await postaFormular(baseUrl, "/logga-in", { ...form.dolda, email: epost, password: losenord }, { klient });
  const session = svar.kakor.find((k) => k.startsWith("authjs.session-token=")) ?? null;
  return { ...svar, sidstatus: sida.status, session: svar.location === "/personal" ? session : null };
}

export { nginxBin, startNginx as ownNginx, type Nginx as OwnNginx } from "../../scripts/nginx";
