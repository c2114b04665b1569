// The load generator: a process of its own (forked by index.ts), so that sending load never
// shares an event loop with the server being measured or with the orchestrator. It takes one
// command at a time over IPC and answers with the figures.
import { randomInt, randomUUID } from "node:crypto";
import http from "node:http";
import autocannon from "autocannon";
import { dolda } from "./http";
import type { Formularresultat, Kommando, Lastresultat, Profil, Profilresultat, ProfilUtfall, Sekventiellt, Svar } from "./protokoll";

process.on("disconnect", () => process.exit(0));
// Ctrl-C in the terminal reaches this process too; the orchestrator stops it in its own order.
process.on("SIGINT", () => {});

function kanon(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/** Ten random lower-case letters: a word no one has searched for, already in its canonical spelling. */
function slumpord(): string {
  let ord = "";
  for (let i = 0; i < 10; i++) ord += String.fromCharCode(97 + randomInt(26));
  return ord;
}

async function last(k: Extract<Kommando, { typ: "last" }>): Promise<Lastresultat> {
  const slumpa = k.slumpaFran;
  const r = await kanon({
    url: k.url,
    connections: k.anslutningar,
    duration: k.sekunder,
    headers: k.headers,
    ...(k.metod ? { method: k.metod, body: k.kropp } : {}),
    ...(slumpa ? { requests: [{ setupRequest: (req) => ({ ...req, path: slumpa + slumpord() }) }] } : {}),
  });
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

function multipartFalt(dolda: Record<string, string>, skolor: string[]): { boundary: string; body: Buffer } {
  const i = randomInt(1_000_000);
  return multipart([
    ...Object.entries(dolda),
    ["typ", typer[i % typer.length]],
    ["skolaId", i % 10 < 7 ? skolor[i % skolor.length] : ""],
    ["meddelande", `${texter[i % texter.length]} (skolvalsdag ${i})`],
    ["namn", i % 2 === 0 ? "Testa Testsson" : ""],
    ["epost", i % 5 < 3 ? `vardnadshavare${i}@example.se` : ""],
    ["webbplats", ""],
  ]);
}

const percentil = (s: number[], p: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN);

async function profil(p: Profil): Promise<Profilresultat> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: p.maxSamtidiga });
  const bas = new URL(p.bas);
  const fraga = (metod: string, sokvag: string, headers: Record<string, string> = {}, body?: Buffer) =>
    new Promise<{ status: number; location: string; text: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: bas.hostname,
          port: bas.port,
          path: sokvag,
          method: metod,
          agent,
          headers: { ...headers, ...(body ? { "content-length": String(body.length) } : {}) },
          timeout: 30_000,
        },
        (res) => {
          const delar: Buffer[] = [];
          res.on("data", (d: Buffer) => delar.push(d));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              location: String(res.headers.location ?? ""),
              text: Buffer.concat(delar).toString("utf8"),
            }),
          );
          res.on("error", reject);
        },
      );
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", reject);
      req.end(body);
    });

  // The beacon is no arrival of its own: it follows a page view.
  const valbara = p.slag.filter((s) => s.satt !== "rakning");
  const summaVikt = valbara.reduce((a, s) => a + s.vikt, 0);
  const valj = () => {
    let x = Math.random() * summaVikt;
    for (const s of valbara) if ((x -= s.vikt) < 0) return s;
    return valbara.at(-1)!;
  };
  const tider = new Map(p.slag.map((s) => [s.namn, [] as number[]]));
  const fel = new Map(p.slag.map((s) => [s.namn, 0]));
  const natfel = new Map(p.slag.map((s) => [s.namn, 0]));
  const trangda = new Map(p.slag.map((s) => [s.namn, 0]));
  const statuskoder: Record<string, number> = {};
  const nycklar: string[] = [];
  let iFlykten = 0;
  let ankomster = 0;
  const pagaende = new Set<Promise<void>>();

  // The beacon after a page view: sent as the browser sends it, timed from its own start.
  const rakning = p.slag.find((s) => s.satt === "rakning");
  const beacon = async (sokvag: string) => {
    const namn = rakning!.namn;
    const t = performance.now();
    iFlykten++;
    const jobb = (async () => {
      try {
        const svar = await fraga("POST", "/api/besok", p.besokHeaders, Buffer.from(new URLSearchParams({ s: sokvag }).toString()));
        tider.get(namn)!.push(performance.now() - t);
        if (svar.status !== 204) fel.set(namn, fel.get(namn)! + 1);
      } catch {
        natfel.set(namn, natfel.get(namn)! + 1);
      }
    })().finally(() => {
      iFlykten--;
      pagaende.delete(jobb);
    });
    pagaende.add(jobb);
    await jobb;
  };

  const gor = async (slag: Profil["slag"][number], due: number) => {
    try {
      let ok: boolean;
      if (slag.satt === "inskick") {
        const laddning = await fraga("GET", "/kontakt");
        if (laddning.status !== 200) ok = false;
        else {
          const { boundary, body } = multipartFalt(dolda(laddning.text), p.skolor);
          const svar = await fraga("POST", "/kontakt", { "content-type": `multipart/form-data; boundary=${boundary}` }, body);
          statuskoder[svar.status] = (statuskoder[svar.status] ?? 0) + 1;
          const m = /^\/kontakt\/tack\/([0-9a-f-]{36})(?:\?nyckel=[\w-]+)?$/.exec(svar.location);
          ok = svar.status === 303 && m !== null;
          if (m) nycklar.push(m[1]);
        }
      } else {
        const vag = slag.satt === "sok-svans" ? slag.sokvagar[0] + slumpord() : slag.sokvagar[randomInt(slag.sokvagar.length)];
        const svar = await fraga("GET", vag);
        ok = svar.status === 200;
        if (ok && slag.rakna && rakning) void beacon(vag.split("?")[0]);
      }
      tider.get(slag.namn)!.push(performance.now() - due);
      if (!ok) fel.set(slag.namn, fel.get(slag.namn)! + 1);
    } catch {
      natfel.set(slag.namn, natfel.get(slag.namn)! + 1);
    }
  };

  const start = performance.now();
  const slut = start + p.sekunder * 1000;
  let nasta = start;
  while (nasta < slut) {
    const nu = performance.now();
    while (nasta <= nu && nasta < slut) {
      const slag = valj();
      ankomster++;
      if (iFlykten >= p.maxSamtidiga) trangda.set(slag.namn, trangda.get(slag.namn)! + 1);
      else {
        iFlykten++;
        const jobb: Promise<void> = gor(slag, nasta).finally(() => {
          iFlykten--;
          pagaende.delete(jobb);
        });
        pagaende.add(jobb);
      }
      // Exponential gaps: arrivals at random, `perSekund` on average.
      nasta += (-Math.log(1 - Math.random()) / p.perSekund) * 1000;
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  while (pagaende.size > 0) await Promise.all([...pagaende]);
  agent.destroy();
  const sekunder = (performance.now() - start) / 1000;
  const slag: ProfilUtfall[] = p.slag.map((s) => {
    const t = tider.get(s.namn)!.sort((a, b) => a - b);
    return {
      namn: s.namn,
      antal: t.length + natfel.get(s.namn)! + trangda.get(s.namn)!,
      fel: fel.get(s.namn)!,
      natfel: natfel.get(s.namn)!,
      trangda: trangda.get(s.namn)!,
      p50: percentil(t, 50),
      p95: percentil(t, 95),
      p99: percentil(t, 99),
      max: t.at(-1) ?? NaN,
    };
  });
  return { sekunder, ankomster, perSekundUppnatt: ankomster / p.sekunder, slag, nycklar, statuskoder };
}

process.on("message", (msg: { id: number; kommando: Kommando }) => {
  const { id, kommando } = msg;
  const gor =
    kommando.typ === "last"
      ? last(kommando)
      : kommando.typ === "formular"
        ? formular(kommando)
        : kommando.typ === "profil"
          ? profil(kommando.profil)
          : sekventiell(kommando);
  gor.then(
    (resultat) => process.send!({ id, ok: true, resultat } satisfies Svar),
    (error: Error) => process.send!({ id, ok: false, fel: error.stack ?? error.message } satisfies Svar),
  );
});

process.send!({ id: 0, ok: true, resultat: "redo" } satisfies Svar);
