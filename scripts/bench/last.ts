// The load generator: a process of its own (forked by index.ts), so that sending load never
// shares an event loop with the server being measured or with the orchestrator. It takes one
// command at a time over IPC and answers with the figures.
import { randomInt, randomUUID } from "node:crypto";
import autocannon from "autocannon";
import type { Formularresultat, Kommando, Lastresultat, Sekventiellt, Svar } from "./protokoll";

process.on("disconnect", () => process.exit(0));
// Ctrl-C in the terminal reaches this process too; the orchestrator stops it in its own order.
process.on("SIGINT", () => {});

function kanon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

async function last(k: Extract<Kommando, { typ: "last" }>): Promise<Lastresultat> {
  const r = await kanon({ url: k.url, connections: k.anslutningar, duration: k.sekunder, headers: k.headers });
  return {
    rps: r.requests.total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    totalt: r.requests.total,
    non2xx: r.non2xx,
    fel: r.errors,
    timeouts: r.timeouts,
    sekunder: r.duration,
  };
}

const typer = ["FRAGA", "SYNPUNKT", "KLAGOMAL", "BEROM"];
const texter = [
  "Hej! Jag undrar när anmälan till fritidshemmet öppnar inför hösten.",
  "Min son har inte fått det extra stöd i matematik som vi kom överens om på utvecklingssamtalet.",
  "Tack till lärarna i årskurs 3 för en fantastisk temadag om rymden!",
  "Det är ofta stökigt på skolgården under lunchrasten och för få vuxna ute.",
];

function multipart(falt: [string, string][]): { boundary: string; body: Buffer } {
  const boundary = `----bench${randomUUID().replaceAll("-", "")}`;
  const delar = falt.map(([namn, varde]) => `--${boundary}\r\nContent-Disposition: form-data; name="${namn}"\r\n\r\n${varde}\r\n`);
  return { boundary, body: Buffer.from(`${delar.join("")}--${boundary}--\r\n`, "utf8") };
}

async function formular(k: Extract<Kommando, { typ: "formular" }>): Promise<Formularresultat> {
  let laddning = 0;
  const nycklar: string[] = [];
  const statuskoder: Record<string, number> = {};
  const start = performance.now();
  // autocannon notices that the last answer is in only on its one-second tick: the run is timed
  // to the last answer instead.
  let sista = start;
  const r = await kanon({
    url: k.url,
    connections: k.anslutningar,
    amount: k.antal,
    requests: [
      {
        method: "POST",
        setupRequest: (req) => {
          const i = randomInt(1_000_000);
          const { boundary, body } = multipart([
            // Each post its own form load; a retry of one (should autocannon send more) reuses the last.
            ...Object.entries(k.formular[Math.min(laddning++, k.formular.length - 1)]),
            ["typ", typer[i % typer.length]],
            // Seven in ten name a school, as in the synthetic cases.
            ["skolaId", i % 10 < 7 ? k.skolor[i % k.skolor.length] : ""],
            ["meddelande", `${texter[i % texter.length]} (belastningstest ${i})`],
            ["namn", i % 2 === 0 ? "Testa Testsson" : ""],
            ["epost", i % 5 < 3 ? `vardnadshavare${i}@example.se` : ""],
            ["webbplats", ""],
          ]);
          return {
            ...req,
            body,
            headers: {
              "content-type": `multipart/form-data; boundary=${boundary}`,
              // One address per sender, so the rate limit counts each sender on its own row.
              "x-forwarded-for": `192.0.2.${1 + (i % k.anslutningar)}`,
            },
          };
        },
        onResponse: (status, _body, _context, headers) => {
          sista = performance.now();
          statuskoder[status] = (statuskoder[status] ?? 0) + 1;
          const h = headers as Record<string, string | undefined>;
          const plats = String(Object.entries(h).find(([k]) => k.toLowerCase() === "location")?.[1] ?? "");
          const m = /^\/kontakt\/tack\/([0-9a-f-]{36})(?:\?nyckel=[\w-]+)?$/.exec(plats);
          if (status === 303 && m) nycklar.push(m[1]);
        },
      },
    ],
  });
  const sekunder = (sista - start) / 1000;
  return {
    accepteradePerSekund: nycklar.length / sekunder,
    accepterade: nycklar.length,
    nycklar,
    statuskoder,
    fel: r.errors,
    timeouts: r.timeouts,
    sekunder,
    p50: r.latency.p50,
    p99: r.latency.p99,
  };
}

async function sekventiell(k: Extract<Kommando, { typ: "sekventiell" }>): Promise<Sekventiellt> {
  const ms: number[] = [];
  const status: number[] = [];
  let bytes = 0;
  let innehallOk = true;
  for (let i = 0; i < k.antal; i++) {
    const t = performance.now();
    const res = await fetch(k.url, { headers: k.cookie ? { cookie: k.cookie } : {}, redirect: "manual" });
    const text = await res.text();
    ms.push(performance.now() - t);
    status.push(res.status);
    bytes = Buffer.byteLength(text);
    if (k.maste && !text.includes(k.maste)) innehallOk = false;
  }
  return { ms, status, bytes, innehallOk };
}

process.on("message", (msg: { id: number; kommando: Kommando }) => {
  const { id, kommando } = msg;
  const gor = kommando.typ === "last" ? last(kommando) : kommando.typ === "formular" ? formular(kommando) : sekventiell(kommando);
  gor.then(
    (resultat) => process.send!({ id, ok: true, resultat } satisfies Svar),
    (error: Error) => process.send!({ id, ok: false, fel: error.stack ?? error.message } satisfies Svar),
  );
});

process.send!({ id: 0, ok: true, resultat: "redo" } satisfies Svar);
