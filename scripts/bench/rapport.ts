// The bench's results: their shape, the targets, and the Markdown report.
import type { Formularresultat, Lastresultat, Profilresultat } from "./protokoll";
import type { Cpuandel } from "./cpu";
import type { BevakningResultat } from "./bevakning";
import type { Kallstart } from "./kallstart";

export { median } from "./tal";

export interface Serie {
  rps: number;
  p50: number;
  p99: number;
  /** Median over the runs of the app's CPU per completed request, and of the database's. */
  appCpuMsPerBegaran: number | null;
  databasCpuMsPerBegaran: number | null;
  /** Median share of one core the app's process used during the runs. */
  appKarnor: number | null;
  korningar: Lastresultat[];
}

export interface PublikSida {
  namn: string;
  sokvag: string;
  htmlBytes: number;
  cacheControl: string;
  /** `nginx` is the same app behind deploy/nginx.conf (null when nginx is not installed). */
  nivaer: { anslutningar: number; portal: Serie; golv: Serie; kvot: number; nginx: Serie | null; kvotNginx: number | null }[];
}

export interface Storlekar {
  bytes: number;
  gzip: number;
  brotli: number;
}

export interface Sidvikt {
  namn: string;
  sokvag: string;
  /** One of the public content pages (the target applies); false for the contact form. */
  innehallssida: boolean;
  html: Storlekar;
  /** What a current browser loads: every `<script src>` except `noModule` ones. */
  js: Storlekar & { antal: number; filer: ({ src: string; noModule: boolean } & Storlekar)[] };
  /** `<script noModule src>`: polyfills only browsers without ES modules load. */
  jsNoModule: Storlekar & { antal: number };
  css: Storlekar & { antal: number };
}

export interface Diagnos {
  namn: string;
  url: string;
  resultat: Lastresultat;
}

export interface FormularKorning {
  skickade: number;
  accepterade: number;
  perSekund: number;
  /** Cases the run added to the database. */
  rader: number;
  /** Of the accepted keys, how many have a case. */
  matchade: number;
  /** SKAPAD events the run added. */
  handelser: number;
  /** Accepted posts minus cases added: must be 0. */
  forlorade: number;
  statuskoder: Record<string, number>;
  fel: number;
  timeouts: number;
  p50: number;
  p99: number;
  sekunder: number;
  cpu: Cpuandel | null;
}

export interface FormularNiva {
  avsandare: number;
  korningar: FormularKorning[];
  medianPerSekund: number;
  forlorade: number;
}

export interface InkorgMatning {
  namn: string;
  url: string;
  ms: number[];
  medianMs: number;
  status: number[];
  innehallOk: boolean;
  /** The inbox query alone, as Prisma timed it (the same call the page makes). */
  dbMs?: number[];
  dbMedianMs?: number;
}

export interface InkorgStorlek {
  antal: number;
  laddningSekunder: number;
  tabellstorlek: string;
  oppnaArenden: number;
  matningar: InkorgMatning[];
}

export interface Frageplan {
  namn: string;
  sql: string;
  params: unknown[];
  plan: string;
  exekveringMs: number | null;
}

export interface TopologiSlag {
  namn: string;
  sokvag: string;
  /** "cachad": a public answer nginx may keep; "ny": a search nobody made before (each one a miss); "per-begaran": public, answered per request; "personal": signed in. */
  slag: "cachad" | "ny" | "per-begaran" | "personal";
  htmlBytes: number;
  cacheControl: string;
  /** Per connection count: the floor, one instance alone, and two instances behind deploy/nginx.conf. */
  nivaer: { anslutningar: number; golv: Lastresultat; app: Lastresultat; nginx: Lastresultat }[];
}

export type TopologiFormularKorning = Formularresultat & { skickade: number; matchade: number; forlorade: number };

export interface TopologiFormular {
  avsandare: number;
  app: TopologiFormularKorning;
  nginx: TopologiFormularKorning;
}

export interface Topologi {
  instanser: number;
  sekunder: number;
  /** Next's own ceiling: /robots.txt (prerendered) from instance A alone. */
  tak: { anslutningar: number; resultat: Lastresultat }[];
  slag: TopologiSlag[];
  formular: TopologiFormular[];
  /** The skolval day at each rate. */
  profiler: (Profilresultat & {
    perSekund: number;
    /** How long arrivals came (`sekunder` is until the last answer). */
    planeradeSekunder: number;
    vikter: { namn: string; vikt: number; adresser: number }[];
    matchade: number;
    forlorade: number;
  })[];
}

export interface Mal {
  namn: string;
  mal: string;
  utfall: string;
  uppfyllt: boolean | null;
}

export interface Resultat {
  lage: "full" | "snabb";
  start: string;
  slut?: string;
  vaggtidSekunder?: number;
  avbrutet?: string;
  fakta: Record<string, string | number>;
  installningar: Record<string, unknown>;
  faser: Record<string, number>;
  publik?: PublikSida[];
  /** The same load on simpler answers of the same server, to show where a page's time goes. */
  diagnos?: Diagnos[];
  vikt?: Sidvikt[];
  formular?: FormularNiva[];
  inkorg?: { storlekar: InkorgStorlek[]; kontroller: Record<string, unknown>; planer: Frageplan[] };
  kallstart?: { korningar: Kallstart[]; medianMs: number; tillstand: string };
  bevakning?: BevakningResultat;
  topologi?: Topologi;
  mal?: Mal[];
}

const KB = 1000;
const fmt = (n: number, d = 0) =>
  Number.isFinite(n) ? n.toLocaleString("en-GB", { minimumFractionDigits: d, maximumFractionDigits: d }) : "–";
const kb = (b: number) => `${fmt(b / KB, 1)} kB`;
const ja = (b: boolean | null) => (b === null ? "not measured" : b ? "**met**" : "**MISSED**");

export const INKORGSSIDOR = ["forsta", "filter", "skola", "sok-vanlig", "sok-sallsynt", "djup"];

/** The targets, judged from the figures. */
export function bedom(r: Resultat): Mal[] {
  const mal: Mal[] = [];
  if (r.publik) {
    const vid10 = r.publik.map((s) => ({ s, n: s.nivaer.find((n) => n.anslutningar === 10)! }));
    mal.push({
      namn: "Public pages, app alone vs plain-Node floor, 10 connections",
      mal: "≥ 20 % of the floor's req/s and p99 < 50 ms, every page",
      utfall: vid10.map(({ s, n }) => `${s.namn}: ${fmt(n.kvot * 100, 1)} %, p99 ${fmt(n.portal.p99)} ms`).join("; "),
      uppfyllt: vid10.every(({ n }) => n.kvot >= 0.2 && n.portal.p99 < 50),
    });
    const harNginx = vid10.every(({ n }) => n.nginx && n.kvotNginx !== null);
    mal.push({
      namn: "Public pages behind deploy/nginx.conf vs plain-Node floor, 10 connections",
      mal: "≥ 60 % of the floor's req/s and p99 < 50 ms, every page",
      utfall: harNginx
        ? vid10.map(({ s, n }) => `${s.namn}: ${fmt(n.kvotNginx! * 100, 1)} %, p99 ${fmt(n.nginx!.p99)} ms`).join("; ")
        : "nginx not installed",
      uppfyllt: harNginx ? vid10.every(({ n }) => n.kvotNginx! >= 0.6 && n.nginx!.p99 < 50) : null,
    });
  }
  if (r.vikt) {
    const innehall = r.vikt.filter((v) => v.innehallssida);
    const ovriga = r.vikt.filter((v) => !v.innehallssida);
    mal.push({
      namn: "JavaScript per content page",
      mal: "< 150 kB compressed (gzip) that a current browser loads (noModule polyfills not counted), every content page",
      utfall:
        innehall.map((v) => `${v.namn}: ${kb(v.js.gzip)}`).join("; ") +
        (ovriga.length ? ` (not a content page, for comparison: ${ovriga.map((v) => `${v.namn} ${kb(v.js.gzip)}`).join("; ")})` : ""),
      uppfyllt: innehall.every((v) => v.js.gzip < 150 * KB),
    });
  }
  if (r.formular) {
    mal.push({
      namn: "Contact form",
      mal: "≥ 300 accepted submissions/s, zero lost (at every sender count)",
      utfall: r.formular.map((f) => `${f.avsandare} senders: ${fmt(f.medianPerSekund, 1)}/s, lost ${f.forlorade}`).join("; "),
      uppfyllt: r.formular.every((f) => f.medianPerSekund >= 300 && f.forlorade === 0),
    });
  }
  if (r.inkorg && r.inkorg.storlekar.length > 0) {
    const storst = r.inkorg.storlekar.at(-1)!;
    const sidor = storst.matningar.filter((m) => INKORGSSIDOR.includes(m.namn));
    mal.push({
      namn: `Inbox pages at ${fmt(storst.antal)} cases`,
      mal: "< 50 ms (median server response), every inbox page",
      utfall: sidor.map((m) => `${m.namn}: ${fmt(m.medianMs, 1)} ms`).join("; "),
      uppfyllt: sidor.every((m) => m.medianMs < 50 && m.innehallOk && m.status.every((s) => s === 200)),
    });
  }
  if (r.kallstart) {
    mal.push({
      namn: "Embedded cold start (npm start → first 200 on /)",
      mal: "< 15 s (median)",
      utfall: `${fmt(r.kallstart.medianMs / 1000, 1)} s`,
      uppfyllt: r.kallstart.medianMs < 15_000,
    });
  }
  if (r.bevakning) {
    const { spridning: s, takt: t, prenumeranter } = r.bevakning;
    const exakt = s.raderForAndringen === prenumeranter && s.distinktaAdresser === prenumeranter && s.utanforMalet === 0;
    mal.push({
      namn: `Bevaka: one insats change to ${fmt(prenumeranter)} direct subscribers`,
      mal: `≤ 10 s to queue ${fmt(prenumeranter)} (one run of bevakning-utskick), exactly one mail per address`,
      utfall: `${fmt(s.sekunder, 2)} s; ${fmt(s.raderForAndringen)} mails to ${fmt(s.distinktaAdresser)} addresses, ${fmt(s.utanforMalet)} to others`,
      uppfyllt: s.sekunder <= 10 && exakt,
    });
    mal.push({
      namn: "Bevaka: the outbox's sending rate",
      mal: `never more than UTSKICK_PER_MINUT=${fmt(t.perMinut)} per minute in the window, and with a backlog every run sends its full ${fmt(t.perKorning)} within its ${t.intervallSekunder} s`,
      utfall:
        `${fmt(t.skickadeIFonstret)} sent in ${fmt(t.fonsterSekunder, 1)} s (ceiling ${fmt(t.takSkickade)}), ` +
        `${t.stadigPerMinut === null ? "–" : fmt(t.stadigPerMinut)}/min from the first run to the last; ` +
        `${t.korningar.length} runs, median ${fmt(t.korningMedianMs)} ms each`,
      uppfyllt:
        t.korningar.length > 0 &&
        t.skickadeIFonstret <= t.takSkickade &&
        t.korningar.every((x) => x.skickade === t.perKorning && x.ms < t.intervallSekunder * 1000),
    });
  }
  if (r.topologi) mal.push(...bedomTopologi(r.topologi));
  return mal;
}

const PUBLIKA: TopologiSlag["slag"][] = ["cachad", "ny", "per-begaran"];

function bedomTopologi(t: Topologi): Mal[] {
  const mal: Mal[] = [];
  const niva = (s: TopologiSlag, n: number) => s.nivaer.find((x) => x.anslutningar === n);
  const publika = t.slag.filter((s) => PUBLIKA.includes(s.slag));
  for (const [n, grans] of [
    [10, 50],
    [100, 250],
  ] as const) {
    const over = publika.filter((s) => !(niva(s, n)!.nginx.p99 < grans));
    mal.push({
      namn: `Topology: every public kind through deploy/nginx.conf, ${n} connections`,
      mal: `p99 < ${grans} ms`,
      utfall: over.length
        ? `${publika.length - over.length} of ${publika.length}; over: ${over.map((s) => `${s.namn} ${fmt(niva(s, n)!.nginx.p99)} ms`).join(", ")}`
        : `all ${publika.length} (highest ${fmt(Math.max(...publika.map((s) => niva(s, n)!.nginx.p99)))} ms)`,
      uppfyllt: over.length === 0,
    });
  }
  const cachade = t.slag.filter((s) => s.slag === "cachad");
  const kvot = (s: TopologiSlag, n: number) => niva(s, n)!.nginx.rps / niva(s, n)!.golv.rps;
  const under = cachade.filter((s) => ANSLUTNINGAR_MAL.some((n) => kvot(s, n) < 0.6));
  mal.push({
    namn: "Topology: cacheable kinds through deploy/nginx.conf vs the floor, 10 and 100 connections",
    mal: "≥ 60 % of the floor's req/s",
    utfall: under.length
      ? `under: ${under.map((s) => `${s.namn} ${ANSLUTNINGAR_MAL.map((n) => `${fmt(kvot(s, n) * 100, 1)} %`).join(" / ")}`).join(", ")}`
      : `all ${cachade.length}, lowest ${fmt(Math.min(...cachade.flatMap((s) => ANSLUTNINGAR_MAL.map((n) => kvot(s, n)))) * 100, 1)} %`,
    uppfyllt: under.length === 0,
  });
  const felen = t.slag.flatMap((s) =>
    s.nivaer.map((x) => ({ s, x, fel: x.nginx.non2xx + x.nginx.fel + x.nginx.timeouts + x.app.non2xx + x.app.fel + x.app.timeouts })),
  );
  const medFel = felen.filter((f) => f.fel > 0);
  mal.push({
    namn: "Topology: errors",
    mal: "0 non-2xx answers, connection errors or timeouts, every kind both ways",
    utfall: medFel.length ? medFel.map((f) => `${f.s.namn} @${f.x.anslutningar}: ${f.fel}`).join(", ") : "0",
    uppfyllt: medFel.length === 0,
  });
  const taket = (n: number) => t.tak.find((x) => x.anslutningar === n)!.resultat.rps;
  const svaga = cachade.filter((s) => ANSLUTNINGAR_MAL.some((n) => niva(s, n)!.app.rps / taket(n) < 0.9));
  mal.push({
    namn: "Topology: cacheable kinds, one instance alone vs Next's own ceiling (/robots.txt, same instance and run)",
    mal: "≥ 90 % of the ceiling's req/s at 10 and 100 connections",
    utfall: cachade
      .map((s) => `${s.namn} ${ANSLUTNINGAR_MAL.map((n) => `${fmt((niva(s, n)!.app.rps / taket(n)) * 100, 0)} %`).join(" / ")}`)
      .join(", "),
    uppfyllt: svaga.length === 0,
  });
  const f50 = t.formular.find((f) => f.avsandare === 50);
  if (f50)
    mal.push({
      namn: "Topology: contact form, 50 senders",
      mal: "≥ 300 accepted posts/s, 0 lost",
      utfall: `alone ${fmt(f50.app.accepteradePerSekund)}/s (lost ${f50.app.forlorade}); through nginx ${fmt(f50.nginx.accepteradePerSekund)}/s (lost ${f50.nginx.forlorade})`,
      uppfyllt:
        Math.max(f50.app.accepteradePerSekund, f50.nginx.accepteradePerSekund) >= 300 && f50.app.forlorade + f50.nginx.forlorade === 0,
    });
  for (const p of t.profiler) {
    const profilFel = p.slag.reduce((a, s) => a + s.fel + s.natfel + s.trangda, 0);
    mal.push({
      namn: `Skolval day: ${fmt(p.perSekund)} arrivals/s for ${fmt(p.planeradeSekunder)} s through nginx`,
      mal: "0 errors, 0 lost posts; p99 < 250 ms every kind",
      utfall: `${fmt(p.ankomster)} arrivals, ${profilFel} errors or not sent, ${p.forlorade} lost of ${p.nycklar.length} posts; highest p99 ${fmt(Math.max(...p.slag.map((s) => s.p99)))} ms`,
      uppfyllt: profilFel === 0 && p.forlorade === 0 && p.slag.every((s) => s.p99 < 250),
    });
  }
  return mal;
}

const ANSLUTNINGAR_MAL = [10, 100];

function markdownTopologi(t: Topologi, ut: string[], rad: (...celler: (string | number)[]) => void) {
  const taket = (n: number) => t.tak.find((x) => x.anslutningar === n)!.resultat;
  ut.push(
    "## Every kind of address: two instances behind deploy/nginx.conf, one alone, the floor",
    "",
    `One fresh seeded database, one Redis, ${t.instanser} instances; each run ${t.sekunder} s, autocannon, keep-alive, no Accept-Encoding. ` +
      '"alone" is instance A directly; "ceiling" is its /robots.txt (prerendered: Next\'s own request handling, nothing rendered). ' +
      `Ceiling: ${ANSLUTNINGAR_MAL.map((n) => `${fmt(taket(n).rps)} req/s p99 ${fmt(taket(n).p99)} ms at ${n}`).join("; ")}.`,
    "",
  );
  rad(
    "kind",
    "address",
    "bytes",
    "conns",
    "floor req/s",
    "alone req/s",
    "alone/ceiling",
    "alone p50/p99 ms",
    "nginx req/s",
    "nginx/floor",
    "nginx p50/p99 ms",
    "non-2xx/errors",
  );
  rad("---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:");
  for (const s of t.slag)
    for (const x of s.nivaer)
      rad(
        s.namn,
        `\`${s.sokvag}\``,
        fmt(s.htmlBytes),
        x.anslutningar,
        fmt(x.golv.rps),
        fmt(x.app.rps),
        `${fmt((x.app.rps / taket(x.anslutningar).rps) * 100, 0)} %`,
        `${fmt(x.app.p50)} / ${fmt(x.app.p99)}`,
        fmt(x.nginx.rps),
        `${fmt((x.nginx.rps / x.golv.rps) * 100, 1)} %`,
        `${fmt(x.nginx.p50)} / ${fmt(x.nginx.p99)}`,
        `${x.app.non2xx + x.nginx.non2xx} / ${x.app.fel + x.nginx.fel + x.app.timeouts + x.nginx.timeouts}`,
      );
  ut.push("", "### Contact form posts", "");
  rad(
    "senders",
    "alone accepted/s",
    "alone p99 ms",
    "alone lost",
    "nginx accepted/s",
    "nginx p99 ms",
    "nginx lost",
    "status codes (alone; nginx)",
  );
  rad("---:", "---:", "---:", "---:", "---:", "---:", "---:", "---");
  for (const f of t.formular)
    rad(
      f.avsandare,
      fmt(f.app.accepteradePerSekund),
      fmt(f.app.p99),
      `${f.app.forlorade} of ${f.app.accepterade}`,
      fmt(f.nginx.accepteradePerSekund),
      fmt(f.nginx.p99),
      `${f.nginx.forlorade} of ${f.nginx.accepterade}`,
      `${JSON.stringify(f.app.statuskoder)}; ${JSON.stringify(f.nginx.statuskoder)}`,
    );
  for (const p of t.profiler) {
    ut.push(
      "",
      `### Skolval day, ${fmt(p.perSekund)} arrivals/s`,
      "",
      `Open loop: requests arrive at random (Poisson) at ${fmt(p.perSekund)}/s for ${fmt(p.planeradeSekunder)} s through nginx and both instances, whether or not earlier ones are answered; ` +
        `each is timed from the moment it was due; the last answer came ${fmt(p.sekunder, 1)} s after the first arrival. ${fmt(p.ankomster)} arrivals (${fmt(p.perSekundUppnatt)}/s). ` +
        `Posts: ${p.nycklar.length} accepted, ${p.matchade} found in the database, ${p.forlorade} lost; status codes ${JSON.stringify(p.statuskoder)}. ` +
        '"Not sent": arrivals while 512 requests were already in flight (the load generator\'s limit: the topology was not keeping up).',
      "",
    );
    rad(
      "kind",
      "weight",
      "addresses",
      "requests",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "max ms",
      "wrong answers",
      "connection errors",
      "not sent",
    );
    rad("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:");
    for (const s of p.slag) {
      const v = p.vikter.find((x) => x.namn === s.namn)!;
      rad(
        s.namn,
        v.vikt ? `${v.vikt} %` : "after each counted view",
        v.adresser,
        fmt(s.antal),
        fmt(s.p50),
        fmt(s.p95),
        fmt(s.p99),
        fmt(s.max),
        s.fel,
        s.natfel,
        s.trangda,
      );
    }
  }
  ut.push("");
}

export function markdown(r: Resultat): string {
  const ut: string[] = [];
  const rad = (...celler: (string | number)[]) => ut.push(`| ${celler.join(" | ")} |`);
  ut.push(`# Grundskoleportalen: bench report (${r.lage} run)`, "");
  if (r.avbrutet)
    ut.push(`> **The run did not finish:** ${r.avbrutet.replace(/\.$/, "")}. Figures below are those measured before that.`, "");
  ut.push("## Machine and run", "");
  rad("fact", "value");
  rad("---", "---");
  for (const [k, v] of Object.entries(r.fakta)) rad(k, String(v));
  rad("started", r.start);
  if (r.slut) rad("finished", r.slut);
  if (r.vaggtidSekunder !== undefined) rad("total wall time", `${fmt(r.vaggtidSekunder)} s (${fmt(r.vaggtidSekunder / 60, 1)} min)`);
  rad(
    "phases (s)",
    Object.entries(r.faser)
      .map(([k, v]) => `${k} ${fmt(v, 1)}`)
      .join(", "),
  );
  ut.push("");

  if (r.mal) {
    ut.push("## Targets", "");
    rad("target", "goal", "result", "status");
    rad("---", "---", "---", "---");
    for (const m of r.mal) rad(m.namn, m.mal, m.utfall, ja(m.uppfyllt));
    ut.push("");
  }

  if (r.publik) {
    ut.push(
      "## Public pages: floor, app alone, app behind nginx",
      "",
      "Uncompressed GETs (autocannon sends no Accept-Encoding), keep-alive, from a separate load-generator process. " +
        "Each figure is the median of the runs; the floor is a plain `node:http` server in its own process answering the same HTML bytes from memory; " +
        "\"nginx\" is the same app instance behind deploy/nginx.conf (Debian's nginx, its microcache honouring the app's Cache-Control).",
      "",
    );
    rad(
      "page",
      "HTML",
      "Cache-Control",
      "conns",
      "floor req/s",
      "floor p99",
      "app req/s",
      "app p50",
      "app p99",
      "app/floor",
      "nginx req/s",
      "nginx p50",
      "nginx p99",
      "nginx/floor",
      "app CPU ms/req",
      "db CPU ms/req",
      "app cores busy",
    );
    rad(
      "---",
      "---:",
      "---",
      "---:",
      "---:",
      "---:",
      "---:",
      "---:",
      "---:",
      "---:",
      "---:",
      "---:",
      "---:",
      "---:",
      "---:",
      "---:",
      "---:",
    );
    for (const s of r.publik) {
      for (const n of s.nivaer) {
        rad(
          `${s.namn} \`${s.sokvag}\``,
          kb(s.htmlBytes),
          `\`${s.cacheControl}\``,
          n.anslutningar,
          fmt(n.golv.rps),
          fmt(n.golv.p99, 1),
          fmt(n.portal.rps, 1),
          fmt(n.portal.p50, 1),
          fmt(n.portal.p99, 1),
          `${fmt(n.kvot * 100, 1)} %`,
          fmt(n.nginx?.rps ?? NaN, 1),
          fmt(n.nginx?.p50 ?? NaN, 1),
          fmt(n.nginx?.p99 ?? NaN, 1),
          n.kvotNginx === null ? "–" : `${fmt(n.kvotNginx * 100, 1)} %`,
          fmt(n.portal.appCpuMsPerBegaran ?? NaN, 2),
          fmt(n.portal.databasCpuMsPerBegaran ?? NaN, 2),
          fmt(n.portal.appKarnor ?? NaN, 2),
        );
      }
    }
    if (r.diagnos?.length) {
      ut.push("", "Where the time goes: the same server and load (10 connections, one run each) on simpler answers:", "");
      rad("answer", "url", "req/s", "p50 ms", "p99 ms", "app CPU ms/req", "db CPU ms/req");
      rad("---", "---", "---:", "---:", "---:", "---:", "---:");
      for (const d of r.diagnos) {
        const c = d.resultat.cpu;
        const per = (ms: number | undefined) => (c && ms !== undefined && d.resultat.totalt ? fmt(ms / d.resultat.totalt, 2) : "–");
        rad(
          d.namn,
          `\`${d.url}\``,
          fmt(d.resultat.rps, 1),
          fmt(d.resultat.p50, 1),
          fmt(d.resultat.p99, 1),
          per(c?.appMs),
          per(c?.databasMs),
        );
      }
    }
    const problem = r.publik.flatMap((s) =>
      s.nivaer.flatMap((n) =>
        n.portal.korningar
          .filter((k) => k.non2xx || k.fel)
          .map((k) => `${s.sokvag} @${n.anslutningar}: ${k.non2xx} non-2xx, ${k.fel} errors`),
      ),
    );
    ut.push(
      "",
      problem.length ? `Errors during the runs: ${problem.join("; ")}.` : "Every response in these runs was a 2xx; no errors or timeouts.",
      "",
    );
  }

  if (r.vikt) {
    ut.push(
      "## Page weight",
      "",
      "JS = the distinct `<script src>` chunks of the page that a current browser loads; `<script noModule>` polyfills (loaded only by browsers without ES modules) are listed apart. " +
        "gzip at level 6 (what the Next.js server sends), brotli at quality 11 (static pre-compression). kB = 1000 bytes.",
      "",
    );
    rad("page", "HTML raw", "HTML gzip", "HTML br", "JS files", "JS raw", "JS gzip", "JS br", "noModule JS gzip", "CSS gzip");
    rad("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:");
    for (const v of r.vikt) {
      rad(
        `${v.namn} \`${v.sokvag}\``,
        kb(v.html.bytes),
        kb(v.html.gzip),
        kb(v.html.brotli),
        v.js.antal,
        kb(v.js.bytes),
        kb(v.js.gzip),
        kb(v.js.brotli),
        `${kb(v.jsNoModule.gzip)} (${v.jsNoModule.antal})`,
        kb(v.css.gzip),
      );
    }
    const forsta = r.vikt[0];
    if (forsta) {
      ut.push(
        "",
        `Chunks of \`${forsta.sokvag}\`: ` +
          forsta.js.filer.map((f) => `\`${f.src.split("/").at(-1)}\` ${kb(f.gzip)}${f.noModule ? " (noModule)" : ""}`).join(", ") +
          ".",
      );
      const andra = r.vikt.filter((v) => v !== forsta);
      const egna = new Set(forsta.js.filer.map((f) => f.src));
      for (const v of andra) {
        const extra = v.js.filer.filter((f) => !egna.has(f.src));
        if (extra.length)
          ut.push(
            `Chunks of \`${v.sokvag}\` beyond those: ` + extra.map((f) => `\`${f.src.split("/").at(-1)}\` ${kb(f.gzip)}`).join(", ") + ".",
          );
      }
    }
    ut.push("");
  }

  if (r.formular) {
    ut.push(
      "## Contact form",
      "",
      "Real no-JavaScript posts of the server action (multipart/form-data with React's hidden `$ACTION_…` fields, as a browser without JS sends them), " +
        "each from its own load of `/kontakt` (its own key and signed start time, loaded before the timed run); accepted = `303` to `/kontakt/tack/<key>`. A fixed number of posts per run, so none is in flight when the database is counted. " +
        "lost = accepted − cases the run added.",
      "",
    );
    rad(
      "senders",
      "run",
      "posts",
      "accepted",
      "accepted/s",
      "p50 ms",
      "p99 ms",
      "cases added",
      "accepted keys found",
      "SKAPAD events",
      "lost",
      "other answers",
      "app CPU ms/post",
      "db CPU ms/post",
      "app cores busy",
    );
    rad("---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---", "---:", "---:", "---:");
    for (const f of r.formular) {
      f.korningar.forEach((k, i) => {
        const andra = Object.entries(k.statuskoder)
          .filter(([s]) => s !== "303")
          .map(([s, n]) => `${n}× ${s}`);
        if (k.fel) andra.push(`${k.fel} errors`);
        rad(
          f.avsandare,
          i + 1,
          k.skickade,
          k.accepterade,
          fmt(k.perSekund, 1),
          fmt(k.p50, 1),
          fmt(k.p99, 1),
          k.rader,
          k.matchade,
          k.handelser,
          k.forlorade,
          andra.join(", ") || "none",
          k.cpu ? fmt(k.cpu.appMs / k.skickade, 2) : "–",
          k.cpu ? fmt(k.cpu.databasMs / k.skickade, 2) : "–",
          k.cpu ? fmt(k.cpu.appMs / (k.sekunder * 1000), 2) : "–",
        );
      });
      rad(
        f.avsandare,
        "**median**",
        "",
        "",
        `**${fmt(f.medianPerSekund, 1)}**`,
        "",
        "",
        "",
        "",
        "",
        `**${f.forlorade}** (sum)`,
        "",
        "",
        "",
        "",
      );
    }
    ut.push("");
  }

  if (r.inkorg) {
    const storlekar = r.inkorg.storlekar;
    ut.push(
      "## Staff inbox and insats pages by number of cases",
      "",
      "Signed in as the demo admin through Auth.js's credentials endpoint. Median HTTP response time of sequential requests (request to last byte, loopback), " +
        "after warm-up; `db` is the inbox query alone, as Prisma timed it making the page's own call (`inkorg()`); for the public diarium " +
        "(`diarium`, `diarium-ar`), whose page is served from the page cache after the first request, `db` is the whole uncached read " +
        "(`diariet()`: the page's rows, the capped count and the years) timed around the call.",
      "",
    );
    rad("size", ...storlekar.map((s) => fmt(s.antal)));
    rad("---", ...storlekar.map(() => "---:"));
    rad("bulk load (s)", ...storlekar.map((s) => fmt(s.laddningSekunder, 1)));
    rad("table + indexes", ...storlekar.map((s) => s.tabellstorlek));
    rad("open cases", ...storlekar.map((s) => fmt(s.oppnaArenden)));
    ut.push("");
    const namn = storlekar[0]?.matningar.map((m) => m.namn) ?? [];
    rad(
      "page",
      "url",
      ...storlekar.map((s) => `${fmt(s.antal)} (ms)`),
      ...storlekar.map((s) => `db ${fmt(s.antal)} (ms)`),
      `growth ${fmt(storlekar[0]?.antal ?? 0)}→${fmt(storlekar.at(-1)?.antal ?? 0)}`,
      "flat?",
    );
    rad("---", "---", ...storlekar.map(() => "---:"), ...storlekar.map(() => "---:"), "---:", "---");
    for (const n of namn) {
      const m = storlekar.map((s) => s.matningar.find((x) => x.namn === n));
      const vaxt = (m.at(-1)?.medianMs ?? NaN) / (m[0]?.medianMs ?? NaN);
      const fel = m.some((x) => x && (!x.innehallOk || x.status.some((s) => s !== 200)));
      rad(
        n,
        `\`${m[0]?.url ?? ""}\``.replace(/efter=[^&`]+/, "efter=…"),
        ...m.map((x) => fmt(x?.medianMs ?? NaN, 1)),
        ...m.map((x) => (x?.dbMedianMs !== undefined ? fmt(x.dbMedianMs, 1) : "–")),
        `${fmt(vaxt, 2)}×`,
        (fel ? "ERROR in responses; " : "") + (vaxt <= 1.5 ? "yes" : vaxt <= 3 ? "roughly" : "**no**"),
      );
    }
    ut.push(
      "",
      "Checks: " +
        Object.entries(r.inkorg.kontroller)
          .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
          .join("; "),
      "",
    );
    if (r.inkorg.planer.length) {
      ut.push(
        `### Query plans at ${fmt(storlekar.at(-1)?.antal ?? 0)} cases`,
        "",
        "Prisma's own SQL for each inbox call (captured with Prisma's query log), run with its parameters under `EXPLAIN (ANALYZE, BUFFERS)`.",
        "",
      );
      for (const p of r.inkorg.planer) {
        ut.push(
          `#### ${p.namn}${p.exekveringMs !== null ? ` (execution ${fmt(p.exekveringMs, 1)} ms)` : ""}`,
          "",
          "```sql",
          p.sql,
          `-- params: ${JSON.stringify(p.params)}`,
          "```",
          "",
          "```",
          p.plan,
          "```",
          "",
        );
      }
    }
  }

  if (r.kallstart) {
    ut.push("## Embedded cold start", "", r.kallstart.tillstand, "");
    rad("run", "first 200 on / (s)", ...Object.keys(r.kallstart.korningar[0]?.steg ?? {}).map((s) => `${s} (s)`));
    rad("---:", "---:", ...Object.keys(r.kallstart.korningar[0]?.steg ?? {}).map(() => "---:"));
    r.kallstart.korningar.forEach((k, i) => rad(i + 1, fmt(k.ms / 1000, 2), ...Object.values(k.steg).map((v) => fmt(v / 1000, 2))));
    rad("**median**", `**${fmt(r.kallstart.medianMs / 1000, 2)}**`);
    ut.push("");
  }

  if (r.bevakning) {
    const b = r.bevakning;
    const { spridning: s, takt: t } = b;
    ut.push(
      "## Bevaka: fan-out and sending rate",
      "",
      `${fmt(b.prenumeranter)} confirmed addresses follow one insats \"direkt\", ${fmt(b.avenOmradet)} of them also its förstärkningsområde, and ` +
        `${fmt(b.ovrigaPrenumeranter)} other addresses follow another område (written with SQL in ${fmt(b.laddningSekunder, 1)} s). One status change is made ` +
        "as staff make it (`uppdateraInsats`; the trigger on InsatsUppdatering writes the change), then one run of the bevakning-utskick job's work " +
        "(`spridAndringar`) is timed: its mails exist when its transaction commits. Then the real job runner (`startaJobb`) runs the outbox's sending " +
        `(\`skickaVantande\` with \`utskickPerKorning()\`) every ${t.intervallSekunder} s with a sender that only counts, for ${t.fonsterSekunder} s.`,
      "",
    );
    rad("measure", "value");
    rad("---", "---:");
    rad("fan-out: wall time of the run", `${fmt(s.sekunder, 2)} s`);
    rad("changes fanned out in the run", s.andringar);
    rad("mails queued (the run's count)", fmt(s.koade));
    rad("mails queued to the bench's addresses / distinct addresses", `${fmt(s.raderForAndringen)} / ${fmt(s.distinktaAdresser)}`);
    rad("mails to addresses that do not follow the insats or its område", s.utanforMalet);
    rad("UTSKICK_PER_MINUT / interval / mails per run", `${fmt(t.perMinut)} / ${t.intervallSekunder} s / ${fmt(t.perKorning)}`);
    rad(`sent in the ${fmt(t.fonsterSekunder, 1)} s window (ceiling)`, `${fmt(t.skickadeIFonstret)} (${fmt(t.takSkickade)})`);
    rad("rate over the whole window (the first run starts one interval in)", `${fmt(t.uppmattPerMinut)}/min`);
    rad("rate from the first run's start to the last's", t.stadigPerMinut === null ? "–" : `${fmt(t.stadigPerMinut)}/min`);
    rad(
      "runs: start (s into the window), mails, ms",
      t.korningar.map((x) => `${fmt(x.startS, 1)} s: ${x.skickade} in ${fmt(x.ms)} ms`).join("; "),
    );
    rad("one instance's capacity at this run size (mails per run / median run time)", `${fmt(t.kapacitetPerMinut)}/min`);
    ut.push(
      "",
      "The fan-out's INSERT … SELECT with this change's values, `EXPLAIN (ANALYZE, BUFFERS)` in a rolled-back transaction:",
      "",
      "```",
      b.plan,
      "```",
      "",
    );
  }

  if (r.topologi) markdownTopologi(r.topologi, ut, rad);

  ut.push(
    "## Method notes",
    "",
    "- Everything runs on this one machine: the app (the production build's standalone server, `node runtime/server.mjs` around Next's `server.js`, one Node.js process, as `npm start` and a container run it), PostgreSQL, the floor server and the load generator share its cores. " +
      "The load generator is a separate process (autocannon), so it never shares an event loop with what it measures, but it does compete for CPU, for the portal and the floor alike.",
    "- CPU columns: CPU time of the app's Node.js process and of the PostgreSQL backends connected to the bench's database during each run (from /proc), divided by the requests completed; " +
      "'app cores busy' is the app's CPU time over the run's wall time (1.00 = one core fully used; the app's JavaScript runs on one thread).",
    "- The app runs with `BAKGRUNDSJOBB=av` (no outbox sender), `SYNPUNKT_GRANS` very high and `SYNPUNKT_MIN_SEKUNDER=0`, a random `AUTH_SECRET`, and its default log level (info, to a file).",
    "- Synthetic cases: about one case every 315 s going back from now (10 000 ≈ 5 weeks, 100 000 ≈ 1 year, 1 000 000 ≈ 10 years); status follows age, 70 % name a school, " +
      "`VACUUM (ANALYZE)` after each step. Their SKAPAD events are not generated: no measured page reads them.",
    "- `q=skolskjuts` matches about 12 % of the messages, `q=vattenskada` about 0.01 % (every 10 000th case): the second is the search that has to read far.",
    "",
  );
  ut.push("## Settings", "", "```json", JSON.stringify(r.installningar, null, 2), "```", "");
  return ut.join("\n");
}
