// The bench's part `topologi`: every kind of address the portal answers, through the real
// topology (deploy/nginx.conf in front of two instances sharing one database and one Redis) and
// against one instance alone, beside a plain-Node floor serving the same bytes and Next's own
// ceiling (the prerendered /robots.txt of the same instance), at 10 and 100 connections; the
// contact form's posts both ways; and a skolval-day profile (requests arriving at random for a
// minute, mixed as a day's visitors mix them).
import { randomBytes } from "node:crypto";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type pg from "pg";
import { SERVER_ENTRY, standaloneDir } from "../app-server";
import { startNginx, type Nginx } from "../nginx";
import { ownRedis, type OwnRedis } from "../redis";
import { formularladdning, formularladdningar, hamta, loggaIn } from "./http";
import { forkaTs, kontrolleraLedigPort, startaIBakgrunden, vantaPa200, type Bakgrundsprocess } from "./processer";
import type { Formularresultat, Kommando, Lastresultat, Profil, Profilresultat } from "./protokoll";
import type { Topologi, TopologiFormular, TopologiSlag } from "./rapport";

export interface TopologiKontext {
  rot: string;
  snabb: boolean;
  portar: { a: number; b: number; golv: number; nginx: number };
  kor<T>(kommando: Kommando): Promise<T>;
  info(text: string): void;
  logg(namn: string): string;
  pg: pg.Client;
  dbUrl: string;
}

/** An address to measure: `cookie` for the signed-in ones, `slumpaFran` for never-seen searches. */
interface Adress {
  namn: string;
  sokvag: string;
  slag: TopologiSlag["slag"];
  cookie?: boolean;
  slumpaFran?: string;
  /** The page-view counter: POSTed with this body and a browser's headers, answered 204. */
  beacon?: string;
}

/** What a current browser sends with the page-view beacon (public/besok.js): the counter leaves bots and other sites out. */
const BESOK_HEADERS = {
  "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
  "sec-fetch-site": "same-origin",
  "content-type": "application/x-www-form-urlencoded;charset=UTF-8",
};

const ANSLUTNINGAR = [10, 100];
const FORMULAR_AVSANDARE = [10, 50, 100];

function startaInstans(k: TopologiKontext, namn: string, port: number, env: Record<string, string>): Bakgrundsprocess {
  const bas: NodeJS.ProcessEnv = { ...process.env };
  delete bas.REDIS_URL;
  return startaIBakgrunden(namn, process.execPath, [path.join(standaloneDir(), SERVER_ENTRY)], {
    cwd: standaloneDir(),
    loggfil: k.logg(namn),
    env: {
      ...bas,
      ...env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      BAKGRUNDSJOBB: "av",
      SYNPUNKT_GRANS: "1000000000",
      SYNPUNKT_MIN_SEKUNDER: "0",
      // All the bench's load comes from one address.
      BESOK_PER_MINUT: "1000000000",
    },
  });
}

/** One case sent through the form, and its sender's private case page. */
async function ettArende(bas: string, skola: string): Promise<string> {
  const falt = await formularladdning(bas);
  const form = new FormData();
  for (const [k, v] of Object.entries(falt)) form.append(k, v);
  for (const [k, v] of Object.entries({
    typ: "FRAGA",
    skolaId: skola,
    meddelande: "När öppnar skolvalet i år?",
    namn: "",
    epost: "",
    webbplats: "",
  }))
    form.append(k, v);
  const svar = await fetch(`${bas}/kontakt`, { method: "POST", body: form, redirect: "manual" });
  const nyckel = /[?&]nyckel=([\w-]+)/.exec(svar.headers.get("location") ?? "")?.[1];
  if (svar.status !== 303 || !nyckel) throw new Error(`Inskicket för ärendesidan gav ${svar.status} ${svar.headers.get("location")}`);
  return `/arende/${nyckel}`;
}

async function adresser(k: TopologiKontext, a: string): Promise<Adress[]> {
  const en = async (sql: string) => (await k.pg.query<{ v: string }>(sql)).rows[0].v;
  const sida = await en(`SELECT slug AS v FROM "Sida" ORDER BY slug LIMIT 1`);
  const insats = await en(
    `SELECT i.slug AS v FROM "Insats" i WHERE i."parentId" IS NULL AND i.arkiverad IS NULL
     ORDER BY (SELECT count(*) FROM "Insats" d WHERE d."parentId" = i.id) DESC, i.slug LIMIT 1`,
  );
  const skola = await en(`SELECT slug AS v FROM "Skola" ORDER BY slug LIMIT 1`);
  const skolaId = await en(`SELECT id AS v FROM "Skola" ORDER BY slug LIMIT 1`);
  const stadsomrade = (await en(`SELECT stadsomrade::text AS v FROM "Skola" ORDER BY slug LIMIT 1`)).toLowerCase();
  return [
    { namn: "Startsidan", sokvag: "/", slag: "cachad" },
    { namn: "Innehållssida", sokvag: `/${sida}`, slag: "cachad" },
    { namn: "Insats", sokvag: `/insatser/${insats}`, slag: "cachad" },
    { namn: "Skola", sokvag: `/skolor/${skola}`, slag: "cachad" },
    { namn: "Skolfilter", sokvag: `/skolor?stadsomrade=${stadsomrade}`, slag: "cachad" },
    { namn: "Sökning, vanlig", sokvag: "/sok?q=skola", slag: "cachad" },
    { namn: "Sökning, ny varje gång", sokvag: "/sok?q=*", slag: "ny", slumpaFran: "/sok?q=" },
    { namn: "Så går det", sokvag: "/sa-gar-det", slag: "cachad" },
    { namn: "Öppna data, JSON", sokvag: "/api/oppna-data/sa-gar-det.json", slag: "cachad" },
    { namn: "Öppna data, CSV", sokvag: "/api/oppna-data/sa-gar-det.csv", slag: "cachad" },
    { namn: "Kontaktsidan", sokvag: "/kontakt", slag: "per-begaran" },
    { namn: "Ärendesidan", sokvag: await ettArende(a, skolaId), slag: "per-begaran" },
    { namn: "Inloggningssidan", sokvag: "/logga-in", slag: "per-begaran" },
    { namn: "Inkorgen, inloggad", sokvag: "/personal/synpunkter", slag: "personal", cookie: true },
    { namn: "Besöksräknaren (POST)", sokvag: "/api/besok", slag: "per-begaran", beacon: "s=%2F" },
  ];
}

async function rakna(k: TopologiKontext, nycklar: string[]): Promise<number> {
  return Number(
    (await k.pg.query<{ n: string }>(`SELECT count(*) AS n FROM "Synpunkt" WHERE idempotensnyckel = ANY($1::text[])`, [nycklar])).rows[0].n,
  );
}

async function formularKorning(k: TopologiKontext, url: string, ladda: string, avsandare: number, sekunder: number, skolor: string[]) {
  // A first short run tells how many posts fill the measured one.
  const prov = await k.kor<Formularresultat>({
    typ: "formular",
    url,
    anslutningar: avsandare,
    antal: avsandare * 3,
    formular: await formularladdningar(ladda, avsandare * 3),
    skolor,
  });
  const antal = Math.max(avsandare * 4, Math.round(Math.max(prov.accepteradePerSekund, 1) * sekunder));
  const formular = await formularladdningar(ladda, antal);
  const r = await k.kor<Formularresultat>({ typ: "formular", url, anslutningar: avsandare, antal, formular, skolor });
  await sleep(500);
  const matchade = await rakna(k, r.nycklar);
  return { ...r, skickade: antal, matchade, forlorade: r.accepterade - matchade };
}

/** The skolval day: what share of arrivals each kind is, and where each goes. */
async function skolvalsprofil(k: TopologiKontext, bas: string, adr: Adress[], perSekund: number, sekunder: number, skolor: string[]) {
  const alla = async (sql: string) => (await k.pg.query<{ v: string }>(sql)).rows.map((r) => r.v);
  const skolsidor = (await alla(`SELECT '/skolor/' || slug AS v FROM "Skola"`)) as string[];
  const sidor = await alla(`SELECT '/' || slug AS v FROM "Sida"`);
  const insatser = await alla(`SELECT '/insatser/' || slug AS v FROM "Insats" WHERE arkiverad IS NULL`);
  const omraden = await alla(`SELECT '/forstarkningsomraden/' || slug AS v FROM "Forstarkningsomrade"`);
  const filter = ["", ...(await alla(`SELECT DISTINCT lower(stadsomrade::text) AS v FROM "Skola"`)).map((s) => `?stadsomrade=${s}`)].map(
    (q) => `/skolor${q}`,
  );
  const arende = adr.find((a) => a.namn === "Ärendesidan")!.sokvag;
  // Page views, 85 % in all, by how a skolval day's visitors spread (the weights are ours). Each
  // view of a counted page is followed by the beacon a browser with JavaScript sends (public/besok.js).
  const visningar: Profil["slag"] = [
    { namn: "Startsidan", vikt: 17, sokvagar: ["/"], satt: "hamta", rakna: true },
    { namn: "Skolor och skolfilter", vikt: 17, sokvagar: filter, satt: "hamta", rakna: true },
    { namn: "Skola (alla skolor)", vikt: 17, sokvagar: skolsidor, satt: "hamta", rakna: true },
    { namn: "Innehållssidor", vikt: 9, sokvagar: sidor, satt: "hamta", rakna: true },
    {
      namn: "Insatser och områden",
      vikt: 7,
      sokvagar: [...insatser, ...omraden, "/jamlikt-goteborg", "/framtidsrustad-skola"],
      satt: "hamta",
      rakna: true,
    },
    { namn: "Så går det", vikt: 3, sokvagar: ["/sa-gar-det", "/oppna-data"], satt: "hamta", rakna: true },
    {
      namn: "Öppna data, JSON och CSV",
      vikt: 2,
      sokvagar: ["/api/oppna-data/sa-gar-det.json", "/api/oppna-data/sa-gar-det.csv"],
      satt: "hamta",
    },
    { namn: "Kontaktsidan", vikt: 8, sokvagar: ["/kontakt"], satt: "hamta", rakna: true },
    // A sender's private page: not counted.
    { namn: "Ärendesidan", vikt: 5, sokvagar: [arende], satt: "hamta" },
  ];
  const profil: Profil = {
    bas,
    perSekund,
    sekunder,
    maxSamtidiga: 512,
    besokHeaders: BESOK_HEADERS,
    skolor,
    slag: [
      ...visningar,
      // Searches, 10 %: six in ten one of a few popular queries, four in ten a query nobody made before.
      {
        namn: "Sökning, vanlig",
        vikt: 6,
        sokvagar: ["/sok?q=skolval", "/sok?q=skolskjuts", "/sok?q=fritids", "/sok?q=betyg", "/sok?q=lov"],
        satt: "hamta",
        rakna: true,
      },
      { namn: "Sökning, ny", vikt: 4, sokvagar: ["/sok?q="], satt: "sok-svans", rakna: true },
      // Posts, 5 %: a load of /kontakt and its post, timed together.
      { namn: "Inskick (laddning + post)", vikt: 5, sokvagar: ["/kontakt"], satt: "inskick" },
      { namn: "Besöksräknaren (efter en visning)", vikt: 0, sokvagar: ["/api/besok"], satt: "rakning" },
    ],
  };
  const r = await k.kor<Profilresultat>({ typ: "profil", profil });
  await sleep(500);
  const matchade = await rakna(k, r.nycklar);
  return {
    ...r,
    perSekund,
    planeradeSekunder: sekunder,
    vikter: profil.slag.map((s) => ({ namn: s.namn, vikt: s.vikt, adresser: s.sokvagar.length })),
    matchade,
    forlorade: r.nycklar.length - matchade,
  };
}

export async function matTopologi(k: TopologiKontext): Promise<Topologi> {
  const sekunder = Number(process.env.BENCH_SEKUNDER ?? (k.snabb ? 1 : 5));
  const profilSekunder = k.snabb ? 5 : 60;
  // A few rates, each its own minute: where the topology stops keeping up shows between them.
  const profilTakter = (process.env.BENCH_PROFIL_PER_SEKUND ?? "100,250,500").split(",").map(Number);
  for (const p of Object.values(k.portar)) await kontrolleraLedigPort(p);

  let redis: OwnRedis | null = null;
  let nginx: Nginx | null = null;
  const instanser: Bakgrundsprocess[] = [];
  let golv: Bakgrundsprocess | null = null;
  try {
    redis = await ownRedis();
    // Two instances as deployed: one database, one Redis, one session secret.
    const env = { DATABASE_URL: k.dbUrl, DATABASE_POOL_SIZE: "10", REDIS_URL: redis.url, AUTH_SECRET: randomBytes(32).toString("base64") };
    const a = `http://127.0.0.1:${k.portar.a}`;
    const b = `http://127.0.0.1:${k.portar.b}`;
    instanser.push(startaInstans(k, "instans-a", k.portar.a, { ...env, PUBLIC_URL: a }));
    instanser.push(startaInstans(k, "instans-b", k.portar.b, { ...env, PUBLIC_URL: b }));
    await Promise.all(instanser.map((p, i) => vantaPa200(`${[a, b][i]}/api/health`, 60_000, p.child)));
    nginx = await startNginx([a, b], k.portar.nginx);
    k.info(`  två instanser (${a}, ${b}) bakom deploy/nginx.conf på ${nginx.url}, Redis ${redis.url}`);

    const skolor = (await k.pg.query<{ id: string }>(`SELECT id FROM "Skola" ORDER BY slug`)).rows.map((r) => r.id);
    const adr = await adresser(k, a);
    const cookie = await loggaIn(a);

    // Warm up every address both ways, and keep the bytes each serves for the floor.
    const bytes: Record<string, string> = {};
    const info: Record<string, { htmlBytes: number; cacheControl: string; status: number }> = {};
    for (const x of adr) {
      const headers = { ...(x.cookie ? { cookie } : {}), ...(x.beacon ? BESOK_HEADERS : {}), "accept-encoding": "identity" };
      const init = x.beacon ? { method: "POST", body: x.beacon, headers } : { headers };
      const sokvag = x.slumpaFran ? `${x.slumpaFran}uppvarmning` : x.sokvag;
      for (const bas of [a, b, nginx.url]) await hamta(bas + sokvag, init);
      const svar = await hamta(a + sokvag, init);
      if (svar.status !== (x.beacon ? 204 : 200)) throw new Error(`${sokvag} svarade ${svar.status}`);
      bytes[x.slumpaFran ? `${x.slumpaFran.split("?")[0]}?*` : x.sokvag] = svar.bytes.toString("base64");
      info[x.namn] = { htmlBytes: svar.bytes.length, cacheControl: svar.headers.get("cache-control") ?? "", status: svar.status };
    }
    golv = forkaTs("golvet (topologi)", path.join(k.rot, "scripts/bench/golv.ts"), k.logg("golv-topologi"));
    const g = golv;
    await new Promise<void>((resolve, reject) => {
      g.child.once("message", () => resolve());
      g.child.once("exit", () => reject(new Error("Golvservern startade inte; se golv-topologi.log.")));
      g.child.send({ port: k.portar.golv, sidor: bytes });
    });
    const golvBas = `http://127.0.0.1:${k.portar.golv}`;

    // Next's own ceiling: a prerendered file from the same instance, nothing rendered or read.
    const tak: Topologi["tak"] = [];
    for (const n of ANSLUTNINGAR) {
      await k.kor<Lastresultat>({ typ: "last", url: `${a}/robots.txt`, anslutningar: n, sekunder: 1 });
      const resultat = await k.kor<Lastresultat>({ typ: "last", url: `${a}/robots.txt`, anslutningar: n, sekunder });
      tak.push({ anslutningar: n, resultat });
      k.info(`  taket /robots.txt @${n}: ${resultat.rps.toFixed(0)} req/s, p99 ${resultat.p99} ms`);
    }

    const slag: TopologiSlag[] = [];
    for (const x of adr) {
      const headers = x.cookie ? { cookie } : x.beacon ? BESOK_HEADERS : undefined;
      const kommando = (bas: string, n: number, s: number): Kommando => ({
        typ: "last",
        url: bas + (x.slumpaFran ? x.slumpaFran : x.sokvag),
        anslutningar: n,
        sekunder: s,
        headers,
        slumpaFran: x.slumpaFran,
        ...(x.beacon ? { metod: "POST" as const, kropp: x.beacon } : {}),
      });
      const nivaer: TopologiSlag["nivaer"] = [];
      for (const n of ANSLUTNINGAR) {
        await k.kor<Lastresultat>(kommando(nginx.url, n, 1));
        const golvet = await k.kor<Lastresultat>(kommando(golvBas, n, sekunder));
        const app = await k.kor<Lastresultat>(kommando(a, n, sekunder));
        const viaNginx = await k.kor<Lastresultat>(kommando(nginx.url, n, sekunder));
        nivaer.push({ anslutningar: n, golv: golvet, app, nginx: viaNginx });
        k.info(
          `  ${x.namn} @${n}: golv ${golvet.rps.toFixed(0)}; app ${app.rps.toFixed(0)} p99 ${app.p99} ms; ` +
            `nginx ${viaNginx.rps.toFixed(0)} req/s p99 ${viaNginx.p99} ms (${((viaNginx.rps / golvet.rps) * 100).toFixed(1)} %)` +
            (app.non2xx + viaNginx.non2xx + app.fel + viaNginx.fel > 0
              ? ` – ${app.non2xx + viaNginx.non2xx} ej 2xx, ${app.fel + viaNginx.fel} fel`
              : ""),
        );
      }
      slag.push({ namn: x.namn, sokvag: x.sokvag, slag: x.slag, ...info[x.namn], nivaer });
    }

    const formular: TopologiFormular[] = [];
    for (const n of FORMULAR_AVSANDARE) {
      const app = await formularKorning(k, `${a}/kontakt`, a, n, sekunder, skolor);
      const viaNginx = await formularKorning(k, `${nginx.url}/kontakt`, a, n, sekunder, skolor);
      formular.push({ avsandare: n, app, nginx: viaNginx });
      k.info(
        `  inskick, ${n} avsändare: app ${app.accepteradePerSekund.toFixed(0)}/s (förlorade ${app.forlorade}); ` +
          `nginx ${viaNginx.accepteradePerSekund.toFixed(0)}/s (förlorade ${viaNginx.forlorade})`,
      );
    }

    const profiler: Topologi["profiler"] = [];
    for (const takt of profilTakter) {
      k.info(`  skolvalsdagen: ${takt} ankomster/s i ${profilSekunder} s genom nginx …`);
      const profil = await skolvalsprofil(k, nginx.url, adr, takt, profilSekunder, skolor);
      for (const s of profil.slag)
        k.info(
          `    ${s.namn}: ${s.antal} st, p50 ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, ` +
            `fel ${s.fel + s.natfel}, ej skickade ${s.trangda}`,
        );
      k.info(`    inskick: ${profil.nycklar.length} accepterade, ${profil.forlorade} förlorade`);
      profiler.push(profil);
      // The next rate starts from a queue-free topology.
      await sleep(5_000);
    }

    return { instanser: 2, sekunder, tak, slag, formular, profiler };
  } finally {
    await golv?.stoppa();
    await nginx?.stop();
    await Promise.all(instanser.map((p) => p.stoppa()));
    await redis?.stop();
  }
}
