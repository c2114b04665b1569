// npm run bench: the portal's performance, end to end, on this machine. Builds the app, makes a
// fresh database on the PostgreSQL server in BENCH_PG_URL, migrates and seeds it, starts the
// production server as it is deployed (Next's standalone output behind runtime/server.mjs, which is
// what `npm start` runs; Next.js warns that `next start` does not work with that output), and
// drives load at it from a separate process (last.ts, autocannon).
// Measures the public pages against a plain-Node floor, page weight, the contact form, the
// staff inbox and insats pages at growing case counts, and the embedded database's cold start.
// Writes bench-results/<time>/rapport.{md,json} (and bench-results/senaste.{md,json}).
//
// Settings (environment):
//   BENCH_SNABB=1        smoke run: tiny sizes, one short run of each
//   BENCH_DELAR=…        comma-separated subset of publik,vikt,formular,inkorg,kallstart,bevakning,topologi
//                        (bevakning alone needs no build: it calls the app's functions, no HTTP;
//                        topologi: every kind of address through nginx and two instances, topologi.ts)
//   BENCH_PROFIL_PER_SEKUND=n  arrivals per second in topologi's skolval-day profile (default 500)
//   BENCH_INGET_BYGGE=1  use the existing production build (.next) instead of building
//   BENCH_SEKUNDER=n     seconds per load run (public pages)
//   BENCH_PG_URL         a role that may create databases (default postgres on 127.0.0.1:5432)
//   BENCH_PORT           first of seven ports in a row the bench may use (default 3950)
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import pg from "pg";
import type { PrismaClient } from "../../lib/db/generated/client";
import type { Inkorgsfilter } from "../../lib/synpunkter/inkorg";
import { migrate } from "../db/migrate";
import { isBuilt, SERVER_ENTRY, standaloneDir } from "../app-server";
import { nginxBin, startNginx, type Nginx } from "../nginx";
import { avkoda, formularladdningar, hamta, loggaIn } from "./http";
import { Cpumatare } from "./cpu";
import { kallstart, type Kallstart } from "./kallstart";
import { forkaTs, kontrolleraLedigPort, kor, stadaUpp, startaIBakgrunden, vantaPa200, vidAvslut, type Bakgrundsprocess } from "./processer";
import type { Formularresultat, Kommando, Lastresultat, Sekventiellt, Svar } from "./protokoll";
import {
  bedom,
  markdown,
  median,
  type Diagnos,
  type FormularNiva,
  type Frageplan,
  type InkorgMatning,
  type InkorgStorlek,
  type PublikSida,
  type Resultat,
  type Serie,
  type Sidvikt,
  type Storlekar,
} from "./rapport";
import { matBevakning } from "./bevakning";
import { matTopologi } from "./topologi";
import { laggTillArenden, SALLSYNT_SOKORD, VANLIGT_SOKORD } from "./syntetiska-arenden";

const rot = process.cwd();
const snabb = process.env.BENCH_SNABB === "1";
const allaDelar = ["publik", "vikt", "formular", "inkorg", "kallstart", "bevakning", "topologi"] as const;
type Del = (typeof allaDelar)[number];
const delar = new Set<Del>(
  process.env.BENCH_DELAR
    ? (process.env.BENCH_DELAR.split(",").map((d) => d.trim()) as Del[]).filter((d) => allaDelar.includes(d))
    : allaDelar,
);
const portBas = Number(process.env.BENCH_PORT ?? 3950);
const PORT = {
  app: portBas,
  golv: portBas + 1,
  kallstart: portBas + 2,
  kallstartDb: portBas + 3,
  nginx: portBas + 4,
  a: portBas + 5,
  b: portBas + 6,
};
const adminUrl = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const K = {
  anslutningar: [1, 10, 100],
  korningar: snabb ? 1 : 3,
  sekunder: Number(process.env.BENCH_SEKUNDER ?? (snabb ? 1 : 4)),
  uppvarmningSekunder: snabb ? 1 : 2,
  formularAvsandare: [10, 50],
  formularSekunder: snabb ? 1 : 4,
  storlekar: snabb ? [1_000, 2_000, 5_000] : [10_000, 100_000, 1_000_000],
  matningar: snabb ? 3 : 7,
  dbMatningar: snabb ? 3 : 5,
  kallstarter: snabb ? 1 : 3,
  poolstorlek: 10,
  bevakning: {
    prenumeranter: 10_000,
    avenOmradet: 2_000,
    ovriga: snabb ? 1_000 : 5_000,
    perMinut: 6_000,
    intervallSekunder: 5,
    // Half an interval past a run, so no run races the window's end.
    fonsterSekunder: snabb ? 12.5 : 32.5,
  },
};

const stampel = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
const utKatalog = path.join(rot, "bench-results", stampel);
mkdirSync(utKatalog, { recursive: true });
const logg = (namn: string) => path.join(utKatalog, `${namn}.log`);

const borjan = performance.now();
const resultat: Resultat = {
  lage: snabb ? "snabb" : "full",
  start: new Date().toISOString(),
  fakta: {},
  installningar: { ...K, delar: [...delar], portar: PORT },
  faser: {},
};

function info(text: string) {
  const s = ((performance.now() - borjan) / 1000).toFixed(0).padStart(4);
  console.log(`[${s} s] ${text}`);
}

async function fas<T>(namn: string, gor: () => Promise<T>): Promise<T> {
  info(`${namn} …`);
  const t = performance.now();
  try {
    return await gor();
  } finally {
    resultat.faser[namn] = (performance.now() - t) / 1000;
  }
}

// ------------------------------------------------------------------ the load generator

class Lastgenerator {
  private nasta = 1;
  private vantande = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private constructor(private process: Bakgrundsprocess) {
    process.child.on("message", (svar: Svar) => {
      const v = this.vantande.get(svar.id);
      if (!v) return;
      this.vantande.delete(svar.id);
      if (svar.ok) v.resolve(svar.resultat);
      else v.reject(new Error(`Lastgeneratorn: ${svar.fel}`));
    });
    process.child.on("exit", () => {
      for (const v of this.vantande.values()) v.reject(new Error("Lastgeneratorn avslutades."));
      this.vantande.clear();
    });
  }

  static async starta(): Promise<Lastgenerator> {
    const p = forkaTs("lastgeneratorn", path.join(rot, "scripts/bench/last.ts"), logg("lastgenerator"));
    await new Promise<void>((resolve, reject) => {
      p.child.once("message", () => resolve());
      p.child.once("exit", () => reject(new Error("Lastgeneratorn startade inte; se lastgenerator.log.")));
    });
    return new Lastgenerator(p);
  }

  kor<T>(kommando: Kommando): Promise<T> {
    const id = this.nasta++;
    return new Promise<T>((resolve, reject) => {
      this.vantande.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.process.child.send({ id, kommando });
    });
  }

  get pid() {
    return this.process.child.pid;
  }

  stoppa() {
    return this.process.stoppa();
  }
}

// ------------------------------------------------------------------ helpers

async function pgKlient(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

function storlekar(b: Buffer): Storlekar {
  return {
    bytes: b.length,
    gzip: gzipSync(b, { level: 6 }).length,
    brotli: brotliCompressSync(b, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: b.length } }).length,
  };
}

function summa(xs: Storlekar[]): Storlekar {
  return xs.reduce((a, x) => ({ bytes: a.bytes + x.bytes, gzip: a.gzip + x.gzip, brotli: a.brotli + x.brotli }), {
    bytes: 0,
    gzip: 0,
    brotli: 0,
  });
}

function serie(korningar: Lastresultat[]): Serie {
  const cpu = korningar.filter((k) => k.cpu && k.totalt > 0);
  const cpuMedian = (f: (k: Lastresultat) => number) => (cpu.length ? median(cpu.map(f)) : null);
  return {
    rps: median(korningar.map((k) => k.rps)),
    p50: median(korningar.map((k) => k.p50)),
    p99: median(korningar.map((k) => k.p99)),
    appCpuMsPerBegaran: cpuMedian((k) => k.cpu!.appMs / k.totalt),
    databasCpuMsPerBegaran: cpuMedian((k) => k.cpu!.databasMs / k.totalt),
    appKarnor: cpuMedian((k) => k.cpu!.appMs / (k.sekunder * 1000)),
    korningar,
  };
}

/** A load run against the app, with the CPU the app and the database spent on it. */
async function lastMedCpu(last: Lastgenerator, cpu: Cpumatare, kommando: Extract<Kommando, { typ: "last" }>): Promise<Lastresultat> {
  const { resultat, cpu: andel } = await cpu.mat(() => last.kor<Lastresultat>(kommando));
  return { ...resultat, cpu: andel };
}

// ------------------------------------------------------------------ phases

async function bygg() {
  if (process.env.BENCH_INGET_BYGGE === "1") {
    if (!isBuilt()) throw new Error("BENCH_INGET_BYGGE=1 men det finns inget bygge (.next/standalone/server.js).");
    resultat.installningar.bygge = "existing build reused (BENCH_INGET_BYGGE=1)";
    return;
  }
  const status = await kor("npm", ["run", "build"], {
    cwd: rot,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    loggfil: logg("bygge"),
  });
  if (status !== 0) throw new Error(`next build misslyckades (kod ${status}); se bygge.log.`);
  resultat.installningar.bygge = "npm run build (prisma generate, next build, standalone server completed with its assets)";
}

async function skapaDatabas(): Promise<string> {
  const namn = `gsp_bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = await pgKlient(adminUrl);
  await admin.query(`CREATE DATABASE "${namn}"`);
  await admin.end();
  vidAvslut(`databasen ${namn}`, async () => {
    const c = await pgKlient(adminUrl);
    try {
      await c.query(`DROP DATABASE IF EXISTS "${namn}" WITH (FORCE)`);
    } finally {
      await c.end();
    }
  });
  const url = new URL(adminUrl);
  url.pathname = `/${namn}`;
  const dbUrl = url.toString();
  await migrate(dbUrl);
  const { createClient } = await import("../../lib/db/client");
  const { seed } = await import("../../prisma/seed");
  const db = createClient(dbUrl);
  try {
    await seed(db, { demoUsers: true });
  } finally {
    await db.$disconnect();
  }
  resultat.installningar.databas = namn;
  return dbUrl;
}

function startaApp(dbUrl: string): Bakgrundsprocess {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // One instance with Next's own data cache, as `npm start` runs it.
  delete env.REDIS_URL;
  return startaIBakgrunden("appservern", process.execPath, [path.join(standaloneDir(), SERVER_ENTRY)], {
    cwd: standaloneDir(),
    loggfil: logg("app"),
    env: {
      ...env,
      PORT: String(PORT.app),
      HOSTNAME: "127.0.0.1",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: dbUrl,
      DATABASE_POOL_SIZE: String(K.poolstorlek),
      AUTH_SECRET: randomBytes(32).toString("base64"),
      PUBLIC_URL: `http://127.0.0.1:${PORT.app}`,
      BAKGRUNDSJOBB: "av",
      SYNPUNKT_GRANS: "1000000000",
      SYNPUNKT_MIN_SEKUNDER: "0",
    },
  });
}

const bas = `http://127.0.0.1:${PORT.app}`;

async function publikaSidor(pgc: pg.Client): Promise<{ namn: string; sokvag: string }[]> {
  const omrade = (await pgc.query<{ slug: string }>(`SELECT slug FROM "Forstarkningsomrade" ORDER BY nummer LIMIT 1`)).rows[0].slug;
  // The richest insats page: a top-level insats with the most delinsatser.
  const insats = (
    await pgc.query<{ slug: string }>(
      `SELECT i.slug FROM "Insats" i WHERE i."parentId" IS NULL AND i.arkiverad IS NULL
       ORDER BY (SELECT count(*) FROM "Insats" d WHERE d."parentId" = i.id) DESC, i.slug LIMIT 1`,
    )
  ).rows[0].slug;
  return [
    { namn: "Start", sokvag: "/" },
    { namn: "Förstärkningsområde", sokvag: `/forstarkningsomraden/${omrade}` },
    { namn: "Insats", sokvag: `/insatser/${insats}` },
    { namn: "Skolor", sokvag: "/skolor" },
  ];
}

async function matPublika(last: Lastgenerator, cpu: Cpumatare, sidor: { namn: string; sokvag: string }[]): Promise<PublikSida[]> {
  // Warm up each page (first render, data cache) and keep the bytes it serves for the floor.
  const html: Record<string, Buffer> = {};
  const cacheControl: Record<string, string> = {};
  for (const s of sidor) {
    await last.kor<Lastresultat>({ typ: "last", url: bas + s.sokvag, anslutningar: 10, sekunder: K.uppvarmningSekunder });
    const svar = await hamta(bas + s.sokvag, { headers: { "accept-encoding": "identity" } });
    if (svar.status !== 200) throw new Error(`${s.sokvag} svarade ${svar.status}`);
    html[s.sokvag] = svar.bytes;
    cacheControl[s.sokvag] = svar.headers.get("cache-control") ?? "";
  }
  const golv = forkaTs("golvet", path.join(rot, "scripts/bench/golv.ts"), logg("golv"));
  await new Promise<void>((resolve, reject) => {
    golv.child.once("message", () => resolve());
    golv.child.once("exit", () => reject(new Error("Golvservern startade inte; se golv.log.")));
    golv.child.send({ port: PORT.golv, sidor: Object.fromEntries(Object.entries(html).map(([k, v]) => [k, v.toString("base64")])) });
  });
  const golvBas = `http://127.0.0.1:${PORT.golv}`;
  // The third column: the same instance behind the repo's deploy/nginx.conf.
  let nginx: Nginx | null = null;
  if (nginxBin()) {
    await kontrolleraLedigPort(PORT.nginx);
    nginx = await startNginx([bas], PORT.nginx);
  } else info("  nginx saknas: kolumnen bakom nginx mäts inte.");
  try {
    const ut: PublikSida[] = [];
    for (const s of sidor) {
      await last.kor<Lastresultat>({ typ: "last", url: golvBas + s.sokvag, anslutningar: 10, sekunder: 1 });
      if (nginx) await last.kor<Lastresultat>({ typ: "last", url: nginx.url + s.sokvag, anslutningar: 10, sekunder: 1 });
      const nivaer: PublikSida["nivaer"] = [];
      for (const n of K.anslutningar) {
        const portal: Lastresultat[] = [];
        const golvet: Lastresultat[] = [];
        const bakomNginx: Lastresultat[] = [];
        for (let i = 0; i < K.korningar; i++) {
          portal.push(await lastMedCpu(last, cpu, { typ: "last", url: bas + s.sokvag, anslutningar: n, sekunder: K.sekunder }));
          golvet.push(await last.kor<Lastresultat>({ typ: "last", url: golvBas + s.sokvag, anslutningar: n, sekunder: K.sekunder }));
          if (nginx)
            bakomNginx.push(await lastMedCpu(last, cpu, { typ: "last", url: nginx.url + s.sokvag, anslutningar: n, sekunder: K.sekunder }));
        }
        const p = serie(portal);
        const g = serie(golvet);
        const x = nginx ? serie(bakomNginx) : null;
        nivaer.push({ anslutningar: n, portal: p, golv: g, kvot: p.rps / g.rps, nginx: x, kvotNginx: x ? x.rps / g.rps : null });
        info(
          `  ${s.sokvag} @${n}: golv ${g.rps.toFixed(0)} req/s; app ${p.rps.toFixed(0)} req/s p99 ${p.p99} ms (${((p.rps / g.rps) * 100).toFixed(1)} %)` +
            (x ? `; nginx ${x.rps.toFixed(0)} req/s p99 ${x.p99} ms (${((x.rps / g.rps) * 100).toFixed(1)} %)` : ""),
        );
      }
      ut.push({ namn: s.namn, sokvag: s.sokvag, htmlBytes: html[s.sokvag].length, cacheControl: cacheControl[s.sokvag], nivaer });
    }
    return ut;
  } finally {
    await golv.stoppa();
    await nginx?.stop();
  }
}

async function matDiagnos(last: Lastgenerator, cpu: Cpumatare): Promise<Diagnos[]> {
  const start = (await hamta(`${bas}/`)).text;
  const chunk = /<script\b[^>]*?\ssrc="(\/_next\/static\/[^"]+)"/.exec(start)?.[1];
  const svar: { namn: string; url: string }[] = [
    ...(chunk ? [{ namn: "static chunk (no proxy, no render)", url: chunk }] : []),
    { namn: "prerendered route /robots.txt (proxy, no render)", url: "/robots.txt" },
    { namn: "route handler /api/health (proxy + one `SELECT 1`)", url: "/api/health" },
    { namn: "unknown path (proxy + not-found page render)", url: "/finns-inte-bench" },
  ];
  const ut: Diagnos[] = [];
  for (const d of svar) {
    await last.kor<Lastresultat>({ typ: "last", url: bas + d.url, anslutningar: 10, sekunder: 1 });
    const resultat = await lastMedCpu(last, cpu, { typ: "last", url: bas + d.url, anslutningar: 10, sekunder: K.sekunder });
    ut.push({ ...d, resultat });
    info(`  ${d.url} @10: ${resultat.rps.toFixed(0)} req/s, p99 ${resultat.p99} ms`);
  }
  return ut;
}

async function matVikt(sidor: { namn: string; sokvag: string }[]): Promise<Sidvikt[]> {
  const filer = new Map<string, Storlekar>();
  const fil = async (src: string) => {
    if (!filer.has(src)) {
      const svar = await hamta(new URL(src, bas).toString(), { headers: { "accept-encoding": "identity" } });
      if (svar.status !== 200) throw new Error(`${src} svarade ${svar.status}`);
      filer.set(src, storlekar(svar.bytes));
    }
    return filer.get(src)!;
  };
  const ut: Sidvikt[] = [];
  for (const s of [...sidor, { namn: "Kontakt (form)", sokvag: "/kontakt" }]) {
    const svar = await hamta(bas + s.sokvag, { headers: { "accept-encoding": "identity" } });
    const skript = new Map<string, boolean>();
    for (const m of svar.text.matchAll(/<script\b([^>]*?)\ssrc="([^"]+)"([^>]*)>/g)) {
      skript.set(avkoda(m[2]), /\snoModule/i.test(`${m[1]} ${m[3]}`));
    }
    const stilar = [...new Set([...svar.text.matchAll(/<link\b[^>]*?rel="stylesheet"[^>]*?href="([^"]+)"/g)].map((m) => avkoda(m[1])))];
    const filer = await Promise.all([...skript].map(async ([src, noModule]) => ({ src, noModule, ...(await fil(src)) })));
    const js = filer.filter((f) => !f.noModule);
    const noModule = filer.filter((f) => f.noModule);
    const css = await Promise.all(stilar.map(fil));
    ut.push({
      namn: s.namn,
      sokvag: s.sokvag,
      innehallssida: s.sokvag !== "/kontakt",
      html: storlekar(svar.bytes),
      js: { ...summa(js), antal: js.length, filer },
      jsNoModule: { ...summa(noModule), antal: noModule.length },
      css: { ...summa(css), antal: css.length },
    });
  }
  return ut;
}

async function matFormular(last: Lastgenerator, cpu: Cpumatare, pgc: pg.Client): Promise<FormularNiva[]> {
  const skolor = (await pgc.query<{ id: string }>(`SELECT id FROM "Skola" ORDER BY slug`)).rows.map((r) => r.id);
  const rakna = async () => {
    const { rows } = await pgc.query<{ s: string; h: string }>(
      `SELECT (SELECT count(*) FROM "Synpunkt") AS s, (SELECT count(*) FROM "SynpunktHandelse" WHERE typ = 'SKAPAD') AS h`,
    );
    return { s: Number(rows[0].s), h: Number(rows[0].h) };
  };

  const ut: FormularNiva[] = [];
  for (const avsandare of K.formularAvsandare) {
    // A short first run warms up and tells how many posts fill the measured runs' time.
    const prov = await last.kor<Formularresultat>({
      typ: "formular",
      url: `${bas}/kontakt`,
      anslutningar: avsandare,
      antal: avsandare * 5,
      formular: await formularladdningar(bas, avsandare * 5),
      skolor,
    });
    const antal = Math.max(avsandare * 4, Math.round(Math.max(prov.accepteradePerSekund, 1) * K.formularSekunder));
    const korningar: FormularNiva["korningar"] = [];
    for (let i = 0; i < K.korningar; i++) {
      const formular = await formularladdningar(bas, antal);
      const fore = await rakna();
      const { resultat: r, cpu: andel } = await cpu.mat(() =>
        last.kor<Formularresultat>({ typ: "formular", url: `${bas}/kontakt`, anslutningar: avsandare, antal, formular, skolor }),
      );
      // Every post has had its answer, but allow a moment for a transaction still committing.
      await sleep(500);
      const efter = await rakna();
      const matchade = Number(
        (await pgc.query<{ n: string }>(`SELECT count(*) AS n FROM "Synpunkt" WHERE idempotensnyckel = ANY($1::text[])`, [r.nycklar]))
          .rows[0].n,
      );
      const rader = efter.s - fore.s;
      korningar.push({
        skickade: antal,
        accepterade: r.accepterade,
        perSekund: r.accepteradePerSekund,
        rader,
        matchade,
        handelser: efter.h - fore.h,
        forlorade: r.accepterade - rader,
        statuskoder: r.statuskoder,
        fel: r.fel,
        timeouts: r.timeouts,
        p50: r.p50,
        p99: r.p99,
        sekunder: r.sekunder,
        cpu: andel,
      });
      info(
        `  ${avsandare} avsändare, körning ${i + 1}: ${r.accepterade}/${antal} accepterade, ${r.accepteradePerSekund.toFixed(1)}/s, ${rader} ärenden i databasen`,
      );
    }
    ut.push({
      avsandare,
      korningar,
      medianPerSekund: median(korningar.map((k) => k.perSekund)),
      forlorade: korningar.reduce((a, k) => a + k.forlorade, 0),
    });
  }
  return ut;
}

type LoggandeKlient = { db: PrismaClient; fragor: { query: string; params: string; duration: number }[]; stang(): Promise<void> };

async function loggandeKlient(dbUrl: string): Promise<LoggandeKlient> {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("../../lib/db/generated/client");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: dbUrl, max: 2 }), log: [{ emit: "event", level: "query" }] });
  const fragor: LoggandeKlient["fragor"] = [];
  db.$on("query", (e) => fragor.push({ query: e.query, params: e.params, duration: e.duration }));
  return { db: db as unknown as PrismaClient, fragor, stang: () => db.$disconnect() };
}

async function matInkorg(last: Lastgenerator, pgc: pg.Client, dbUrl: string): Promise<NonNullable<Resultat["inkorg"]>> {
  const { inkorg, SIDSTORLEK } = await import("../../lib/synpunkter/inkorg");
  const { diariet } = await import("../../lib/synpunkter/diarium");
  const cookie = await loggaIn(bas);
  const prisma = await loggandeKlient(dbUrl);
  const kontroller: Record<string, unknown> = {};
  const storlekar: InkorgStorlek[] = [];
  const planer: Frageplan[] = [];
  try {
    // The form test's cases go; the sizes below are exact.
    await pgc.query(`TRUNCATE "Synpunkt", "Inskick" CASCADE`);
    const skola = (await pgc.query<{ slug: string }>(`SELECT s.slug FROM "Skola" s ORDER BY s.slug LIMIT 1`)).rows[0].slug;
    const cursor = async (offset: number) => {
      const { rows } = await pgc.query<{ ms: string; id: string }>(
        `SELECT (extract(epoch FROM skapad) * 1000)::bigint AS ms, id FROM "Synpunkt" ORDER BY skapad DESC, id DESC OFFSET $1 LIMIT 1`,
        [offset],
      );
      return `${rows[0].ms}_${rows[0].id}`;
    };

    let hittills = 0;
    for (const antal of K.storlekar) {
      const t = performance.now();
      await laggTillArenden(pgc, hittills, antal);
      hittills = antal;
      await pgc.query(`VACUUM (ANALYZE) "Synpunkt"`);
      const laddningSekunder = (performance.now() - t) / 1000;
      const { rows } = await pgc.query<{ storlek: string; oppna: string }>(
        `SELECT pg_size_pretty(pg_total_relation_size('"Synpunkt"')) AS storlek,
                (SELECT count(*) FROM "Synpunkt" WHERE status IN ('MOTTAGEN', 'UNDER_HANDLAGGNING')) AS oppna`,
      );
      info(`  ${antal} ärenden inlästa (${laddningSekunder.toFixed(1)} s, ${rows[0].storlek})`);

      const djup = await cursor(Math.floor(antal / 2));
      // `filter`: the inbox's main query, timed from Prisma's log; `funktion`: a whole read, timed around it.
      const varianter: { namn: string; url: string; filter?: Inkorgsfilter; funktion?: () => Promise<unknown>; maste: string }[] = [
        { namn: "forsta", url: "/personal/synpunkter", filter: {}, maste: "<table" },
        {
          namn: "filter",
          url: "/personal/synpunkter?status=MOTTAGEN&typ=KLAGOMAL",
          filter: { status: "MOTTAGEN", typ: "KLAGOMAL" },
          maste: "<table",
        },
        { namn: "skola", url: `/personal/synpunkter?skola=${skola}`, filter: { skola }, maste: "<table" },
        { namn: "sok-vanlig", url: `/personal/synpunkter?q=${VANLIGT_SOKORD}`, filter: { q: VANLIGT_SOKORD }, maste: "<table" },
        { namn: "sok-sallsynt", url: `/personal/synpunkter?q=${SALLSYNT_SOKORD}`, filter: { q: SALLSYNT_SOKORD }, maste: "<table" },
        { namn: "djup", url: `/personal/synpunkter?efter=${djup}`, filter: { efter: djup }, maste: "<table" },
        { namn: "frist", url: "/personal/synpunkter?sortera=frist", filter: { sortera: "frist" }, maste: "<table" },
        // The public diarium's first page and its count (lib/synpunkter/diarium.ts): over HTTP the
        // page comes from the page cache after the first request, so the read is also timed alone.
        { namn: "diarium", url: "/diarium", funktion: () => diariet(prisma.db, {}), maste: "<table" },
        {
          namn: "diarium-ar",
          url: `/diarium?ar=${new Date().getFullYear()}`,
          funktion: () => diariet(prisma.db, { ar: new Date().getFullYear() }),
          maste: "<table",
        },
        { namn: "insatslista", url: "/personal/insatser", maste: "<table" },
        { namn: "oversikt", url: "/personal", maste: "öppna synpunkter" },
      ];
      const matningar: InkorgMatning[] = [];
      for (const v of varianter) {
        await last.kor<Sekventiellt>({ typ: "sekventiell", url: bas + v.url, antal: 2, cookie });
        const s = await last.kor<Sekventiellt>({ typ: "sekventiell", url: bas + v.url, antal: K.matningar, cookie, maste: v.maste });
        const m: InkorgMatning = { namn: v.namn, url: v.url, ms: s.ms, medianMs: median(s.ms), status: s.status, innehallOk: s.innehallOk };
        if (v.filter) {
          const dbMs: number[] = [];
          for (let i = 0; i < K.dbMatningar; i++) {
            prisma.fragor.length = 0;
            await inkorg(prisma.db, v.filter);
            const huvud = prisma.fragor.find((f) => f.query.includes('FROM "public"."Synpunkt"'));
            if (huvud) dbMs.push(huvud.duration);
          }
          m.dbMs = dbMs;
          m.dbMedianMs = median(dbMs);
        } else if (v.funktion) {
          const dbMs: number[] = [];
          for (let i = 0; i < K.dbMatningar; i++) {
            const t0 = performance.now();
            await v.funktion();
            dbMs.push(performance.now() - t0);
          }
          m.dbMs = dbMs;
          m.dbMedianMs = median(dbMs);
        }
        matningar.push(m);
        info(
          `    ${v.namn}: ${m.medianMs.toFixed(1)} ms${m.dbMedianMs !== undefined ? ` (db ${m.dbMedianMs.toFixed(1)} ms)` : ""}${s.innehallOk && s.status.every((x) => x === 200) ? "" : " – OVÄNTAT SVAR"}`,
        );
      }
      storlekar.push({ antal, laddningSekunder, tabellstorlek: rows[0].storlek, oppnaArenden: Number(rows[0].oppna), matningar });

      // The app's own "Äldre ärenden" link must carry the same cursor as the bench computes.
      const forsta = await hamta(`${bas}/personal/synpunkter`, { headers: { cookie } });
      const lank = /efter=(\d{13}_[a-z0-9]+)/.exec(forsta.text)?.[1] ?? null;
      const vantad = await cursor(SIDSTORLEK - 1);
      kontroller[`cursor link on first page (${antal})`] = lank === vantad ? "matches" : `DIFFERS: page ${lank}, expected ${vantad}`;
    }

    // Plans at the largest size, for Prisma's own SQL.
    const djup = await cursor(Math.floor(K.storlekar.at(-1)! / 2));
    const planfilter: [string, Inkorgsfilter][] = [
      ["forsta: first page", {}],
      ["filter: status=MOTTAGEN & typ=KLAGOMAL", { status: "MOTTAGEN", typ: "KLAGOMAL" }],
      ["skola: one school", { skola }],
      [`sok-vanlig: q=${VANLIGT_SOKORD}`, { q: VANLIGT_SOKORD }],
      [`sok-sallsynt: q=${SALLSYNT_SOKORD}`, { q: SALLSYNT_SOKORD }],
      ["djup: cursor halfway down", { efter: djup }],
      ["frist: open cases by due date", { sortera: "frist" }],
    ];
    for (const [namn, filter] of planfilter) {
      prisma.fragor.length = 0;
      await inkorg(prisma.db, filter);
      const huvud = prisma.fragor.find((f) => f.query.includes('FROM "public"."Synpunkt"'));
      if (!huvud) continue;
      const params = JSON.parse(huvud.params) as unknown[];
      const { rows: plan } = await pgc.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${huvud.query}`, params);
      const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
      const exekvering = /Execution Time: ([\d.]+) ms/.exec(text);
      planer.push({ namn, sql: huvud.query, params, plan: text, exekveringMs: exekvering ? Number(exekvering[1]) : null });
    }
    // For comparison only, not the app's SQL: the deep page with its cursor as one row comparison.
    const djupPlan = planer.find((p) => p.namn.startsWith("djup"));
    if (djupPlan) {
      const [tid, , id] = djupPlan.params as string[];
      const sql =
        `SELECT id, lopnummer, typ::text, status::text, skapad, meddelande, "skolaId", "handlaggareId" FROM "Synpunkt" ` +
        `WHERE (skapad, id) < ($1::timestamp(3), $2::text) ORDER BY skapad DESC, id DESC LIMIT 26`;
      const { rows } = await pgc.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, [tid, id]);
      const text = rows.map((r) => r["QUERY PLAN"]).join("\n");
      planer.push({
        namn: "djup, for comparison only (not the app's SQL): the same cursor as a row comparison",
        sql,
        params: [tid, id],
        plan: text,
        exekveringMs: Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? NaN),
      });
    }
    // The overview's count of open cases (written out by hand: Prisma's count is the same filter).
    const { rows: oversikt } = await pgc.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM "Synpunkt" WHERE status IN ('MOTTAGEN', 'UNDER_HANDLAGGNING')`,
    );
    const text = oversikt.map((r) => r["QUERY PLAN"]).join("\n");
    planer.push({
      namn: "oversikt: count of open cases (SQL written by hand, same filter as oppnaSynpunkter())",
      sql: `SELECT count(*) FROM "Synpunkt" WHERE status IN ('MOTTAGEN', 'UNDER_HANDLAGGNING')`,
      params: [],
      plan: text,
      exekveringMs: Number(/Execution Time: ([\d.]+) ms/.exec(text)?.[1] ?? NaN),
    });
  } finally {
    await prisma.stang();
  }
  return { storlekar, kontroller, planer };
}

async function matKallstart(): Promise<NonNullable<Resultat["kallstart"]>> {
  const korningar: Kallstart[] = [];
  for (let i = 0; i < K.kallstarter; i++) {
    const k = await kallstart(rot, PORT.kallstart, PORT.kallstartDb, logg(`kallstart-${i + 1}`));
    korningar.push(k);
    info(`  kallstart ${i + 1}: ${(k.ms / 1000).toFixed(2)} s`);
  }
  return {
    korningar,
    medianMs: median(korningar.map((k) => k.ms)),
    tillstand:
      "Each run: `npm start` (DATABASE_URL, AUTH_SECRET and NODE_ENV unset) in a new temporary directory that links in the project's source, " +
      "node_modules and the production build just made, but has no `.data/`: so it runs `prisma generate`, the embedded PostgreSQL server runs initdb, " +
      "the migrations and the demo content and accounts are loaded, a new session secret is written, and the standalone server starts. Timed from the " +
      "command to the first 200 on `/` (polled every 50 ms). The operating system's file cache is warm (the build and earlier runs read the same files).",
  };
}

// ------------------------------------------------------------------ main

async function fakta(): Promise<Resultat["fakta"]> {
  const c = await pgKlient(adminUrl);
  const v = async (q: string) => String(Object.values((await c.query(q)).rows[0])[0]);
  const f: Resultat["fakta"] = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? "?",
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    next: JSON.parse(readFileSync(path.join(rot, "node_modules/next/package.json"), "utf8")).version,
    postgresql: (await v("SHOW server_version")).split(" ")[0],
    "postgresql shared_buffers / work_mem": `${await v("SHOW shared_buffers")} / ${await v("SHOW work_mem")}`,
    "app database pool": K.poolstorlek,
    commit: await gitCommit(),
  };
  await c.end();
  return f;
}

function skrivRapport() {
  resultat.slut = new Date().toISOString();
  resultat.vaggtidSekunder = (performance.now() - borjan) / 1000;
  resultat.mal = bedom(resultat);
  const md = markdown(resultat);
  writeFileSync(path.join(utKatalog, "rapport.json"), JSON.stringify(resultat, null, 2));
  writeFileSync(path.join(utKatalog, "rapport.md"), md);
  copyFileSync(path.join(utKatalog, "rapport.json"), path.join(rot, "bench-results", "senaste.json"));
  copyFileSync(path.join(utKatalog, "rapport.md"), path.join(rot, "bench-results", "senaste.md"));
  info(`Rapporten: ${path.relative(rot, path.join(utKatalog, "rapport.md"))} (och bench-results/senaste.md)`);
}

async function main() {
  for (const p of Object.values(PORT)) await kontrolleraLedigPort(p);
  resultat.fakta = await fakta();
  info(`Bänk (${resultat.lage}): ${[...delar].join(", ")}`);

  const behoverApp = ["publik", "vikt", "formular", "inkorg"].some((d) => delar.has(d as Del));
  if (behoverApp || delar.has("kallstart") || delar.has("topologi")) await fas("bygge", bygg);
  if (behoverApp) {
    const dbUrl = await fas("databas", skapaDatabas);
    const app = startaApp(dbUrl);
    await fas("appstart", () => vantaPa200(`${bas}/api/health`, 60_000, app.child));
    const last = await Lastgenerator.starta();
    const cpu = new Cpumatare(app.child.pid, new URL(dbUrl).pathname.slice(1), last.pid);
    const pgc = await pgKlient(dbUrl);
    try {
      const sidor = await publikaSidor(pgc);
      if (delar.has("publik")) {
        resultat.publik = await fas("publik", () => matPublika(last, cpu, sidor));
        resultat.diagnos = await fas("diagnos", () => matDiagnos(last, cpu));
      }
      if (delar.has("vikt")) resultat.vikt = await fas("vikt", () => matVikt(sidor));
      if (delar.has("formular")) resultat.formular = await fas("formular", () => matFormular(last, cpu, pgc));
      if (delar.has("inkorg")) resultat.inkorg = await fas("inkorg", () => matInkorg(last, pgc, dbUrl));
    } finally {
      await pgc.end();
      await last.stoppa();
      await app.stoppa();
    }
  }
  // No app and no build: its own database, the app's functions called directly.
  if (delar.has("bevakning")) {
    const dbUrl = await fas("databas (bevakning)", skapaDatabas);
    const pgc = await pgKlient(dbUrl);
    try {
      resultat.bevakning = await fas("bevakning", () => matBevakning(dbUrl, pgc, info, K.bevakning));
    } finally {
      await pgc.end();
    }
  }
  // Its own database, two instances, Redis and nginx; the app above is stopped first.
  if (delar.has("topologi")) {
    const dbUrl = await fas("databas (topologi)", skapaDatabas);
    const pgc = await pgKlient(dbUrl);
    const last = await Lastgenerator.starta();
    try {
      resultat.topologi = await fas("topologi", () =>
        matTopologi({
          rot,
          snabb,
          portar: { a: PORT.a, b: PORT.b, golv: PORT.golv, nginx: PORT.nginx },
          kor: (kommando) => last.kor(kommando),
          info,
          logg,
          pg: pgc,
          dbUrl,
        }),
      );
    } finally {
      await last.stoppa();
      await pgc.end();
    }
  }
  // Alone on the machine: the app above is stopped first.
  if (delar.has("kallstart")) resultat.kallstart = await fas("kallstart", matKallstart);
}

async function gitCommit(): Promise<string> {
  const { execFileSync } = await import("node:child_process");
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: rot, encoding: "utf8" }).trim();
    const andrat = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: rot, encoding: "utf8" }).trim();
    return andrat ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return "?";
  }
}

// Registered first, so it runs last: after everything else is stopped, also on Ctrl-C.
let klar = false;
vidAvslut("rapporten", async () => {
  if (!klar && !resultat.avbrutet) resultat.avbrutet = "interrupted by a signal";
  skrivRapport();
});

let kod = 0;
try {
  await main();
  klar = true;
} catch (error) {
  kod = 1;
  resultat.avbrutet = (error as Error).message;
  console.error(error);
} finally {
  await stadaUpp();
}
process.exit(kod);
