// The Content-Security-Policy on every response (runtime/csp.mjs, runtime/server.mjs): the
// directives on cached, per-request, staff, 404 and refused pages; an injected script that does
// not run; a crawl of every public and staff page in Chromium without a single violation; and
// the report endpoint's limits.
import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { RAPPORTER_PER_MINUT } from "../../lib/http/csp-rapport";
import { freshDatabase, type TestDatabase } from "../support/databases";
import { loggaInSom } from "../support/logga-in";
import { appEnv, type AppServer, prepareDatabase, startApp } from "./support";

test.describe.configure({ mode: "serial" });

let database: TestDatabase;
let app: AppServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await freshDatabase("csp");
  await prepareDatabase(database.url);
  app = await startApp({ env: appEnv(database.url, { BAKGRUNDSJOBB: "av", PROXY_ANTAL: "1", LOG_LEVEL: "info" }) });
});
test.afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

const KRAV = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "report-uri /api/csp-rapport",
];

function direktiv(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([namn, ...varden]) => [namn, varden]),
  );
}

/** The policy's required directives, and no inline script or eval allowed but by hash. */
function provaPolicy(policy: string | null, vad: string) {
  expect(policy, vad).toBeTruthy();
  for (const krav of KRAV) expect(policy, `${vad}: ${krav}`).toContain(`${krav}`);
  const skript = direktiv(policy!).get("script-src") ?? [];
  expect(skript[0], vad).toBe("'self'");
  for (const k of skript.slice(1)) expect(k, vad).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
  expect(policy, vad).not.toContain("unsafe-eval");
  expect(policy, vad).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(policy, vad).not.toMatch(/nonce-/);
}

/** Every inline script in the HTML is allowed by a hash in the policy, and no nonce is left. */
function provaHashar(html: string, policy: string, vad: string) {
  const skript = direktiv(policy).get("script-src") ?? [];
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attr]) => !/\ssrc=/.test(attr));
  expect(inline.length, vad).toBeGreaterThan(0);
  for (const [, , innehall] of inline) {
    expect(skript, vad).toContain(`'sha256-${createHash("sha256").update(innehall).digest("base64")}'`);
  }
  expect(html, vad).not.toContain("nonce=");
}

async function hamta(path: string, init: RequestInit = {}) {
  const res = await fetch(app.url + path, { redirect: "manual", signal: AbortSignal.timeout(30_000), ...init });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

test.describe("the policy on every response", () => {
  test("a cached public page: a HIT with the same hashes as when it was made", async () => {
    await hamta("/jamlikt-goteborg");
    let svar = await hamta("/jamlikt-goteborg");
    for (let i = 0; i < 20 && !/HIT|STALE/.test(svar.headers.get("x-nextjs-cache") ?? ""); i++) svar = await hamta("/jamlikt-goteborg");
    expect(svar.headers.get("x-nextjs-cache")).toMatch(/HIT|STALE/);
    expect(svar.status).toBe(200);
    const policy = svar.headers.get("content-security-policy");
    provaPolicy(policy, "/jamlikt-goteborg");
    provaHashar(svar.text, policy!, "/jamlikt-goteborg");
    // Over plain HTTP (these tests) no report-to: see policy() in runtime/csp.mjs.
    expect(svar.headers.get("reporting-endpoints")).toBeNull();
    expect(svar.headers.getSetCookie?.() ?? []).toEqual([]);
    // Compressed as before, below the hashing.
    const gzip = await fetch(`${app.url}/jamlikt-goteborg`, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    provaHashar(await gzip.text(), gzip.headers.get("content-security-policy")!, "gzip");
  });

  test("a page made per request, a staff page, a 404 and the edge's refusals", async ({ page }) => {
    for (const [sida, status] of [
      ["/sok?q=skola", 200],
      ["/kontakt", 200],
      ["/logga-in", 200],
      ["/finns-inte-alls", 404],
      ["/insatser/finns-inte", 404],
    ] as const) {
      const svar = await hamta(sida);
      expect(svar.status, sida).toBe(status);
      provaPolicy(svar.headers.get("content-security-policy"), sida);
      provaHashar(svar.text, svar.headers.get("content-security-policy")!, sida);
    }
    // proxy.ts's own pages (no script at all) and a JSON answer carry the policy too.
    for (const [sida, status] of [
      ["/%ff", 400],
      ["/api/health", 200],
      ["/api/oppna-data/insatser", 200],
    ] as const) {
      const svar = await hamta(sida);
      expect(svar.status, sida).toBe(status);
      provaPolicy(svar.headers.get("content-security-policy"), sida);
    }
    const stor = await hamta("/kontakt", {
      method: "POST",
      body: "x".repeat(300 * 1024),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(stor.status).toBe(413);
    provaPolicy(stor.headers.get("content-security-policy"), "413");

    await loggaInSom(page, "admin", app.url);
    const personal = await page.request.get(`${app.url}/personal`);
    const policy = personal.headers()["content-security-policy"];
    provaPolicy(policy, "/personal");
    provaHashar(await personal.text(), policy, "/personal");
  });

  test("a client's own Content-Security-Policy request header changes nothing", async () => {
    const svar = await hamta("/sok?q=nonce", { headers: { "content-security-policy": "script-src 'nonce-klientens'" } });
    expect(svar.text).not.toContain("klientens");
    provaHashar(svar.text, svar.headers.get("content-security-policy")!, "/sok");
  });
});

/**
 * True once React has hydrated the page, which it can only do with the data in the page's inline
 * scripts: hydrated elements carry React's own properties.
 */
const hydrerad = (page: Page) =>
  page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((k) => k.startsWith("__reactFiber")));

/** Collects securitypolicyviolation events and CSP console messages on every page the tab loads. */
async function bevaka(page: Page) {
  const handelser: string[] = [];
  await page.exposeFunction("__cspOvertradelse", (t: string) => handelser.push(t));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __cspOvertradelse: (t: string) => void }).__cspOvertradelse(
        `${e.effectiveDirective} ${e.blockedURI} ${location.pathname}`,
      ),
    );
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) handelser.push(`console: ${m.text()}`);
  });
  return handelser;
}

test("an inline script added to a page does not run, and its report is logged", async ({ page }) => {
  const handelser = await bevaka(page);
  await page.goto(`${app.url}/jamlikt-goteborg`);
  // Next's own inline scripts ran.
  await expect.poll(() => hydrerad(page)).toBe(true);
  const korde = await page.evaluate(async () => {
    const s = document.createElement("script");
    s.textContent = "window.__injicerat = true";
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __injicerat?: boolean }).__injicerat === true;
  });
  expect(korde).toBe(false);
  await expect.poll(() => handelser.length).toBeGreaterThan(0);
  expect(handelser.join("\n")).toContain("script-src-elem inline");
  await expect.poll(() => app.output().includes('"handelse":"csp.overtradelse"'), { timeout: 15_000 }).toBe(true);
  expect(app.output()).toMatch(/"handelse":"csp.overtradelse"[^\n]*"sida":"\/jamlikt-goteborg"/);
});

/**
 * The pages a visitor could reach by links from `start`, the way crawl.ts does: every kind of
 * page, and two under one parent below the top and the staff start page (two of the thirty
 * insatser: they are one template).
 */
async function lankar(hamtaHtml: (path: string) => Promise<string | null>, start: string[]): Promise<string[]> {
  const sedda = new Set(start);
  const perForalder = new Map<string, number>();
  const ko = [...start];
  while (ko.length > 0) {
    const html = await hamtaHtml(ko.shift()!);
    if (!html) continue;
    for (const [, href] of html.matchAll(/<a\s[^>]*href="(\/[^"#]*)/g)) {
      const ren = href.replace(/&amp;/g, "&").replace(/\/$/, "") || "/";
      // Feeds (XML for feed readers) and file downloads (CSV, JSON) are no pages: nothing to hydrate.
      if (/^\/(api|_next)\//.test(ren) || /\/atom$|\.(csv|json)(\?|$)/.test(ren) || ren.startsWith("/logga-ut") || sedda.has(ren)) continue;
      const foralder = ren.split("?")[0].replace(/\/[^/]*$/, "") + (ren.includes("?") ? "?" : "");
      const antal = perForalder.get(foralder) ?? 0;
      if (antal >= 2 && foralder !== "" && foralder !== "/personal") continue;
      perForalder.set(foralder, antal + 1);
      sedda.add(ren);
      ko.push(ren);
    }
  }
  return [...sedda].sort();
}

async function besok(page: Page, handelser: string[], sidor: string[]) {
  for (const sida of sidor) {
    const svar = await page.goto(`${app.url}${sida}`);
    expect(svar?.headers()["content-security-policy"], sida).toBeTruthy();
    // Hydration ran: the page's inline scripts were let through.
    await expect.poll(() => hydrerad(page), { message: sida }).toBe(true);
  }
  expect(handelser, sidor.join(", ")).toEqual([]);
}

test("a crawl of every public page and every staff page, as each role, records no violation", async ({ browser }) => {
  test.setTimeout(600_000);
  const publik = await browser.newPage();
  const handelser = await bevaka(publik);
  const publika = await lankar(
    async (p) => {
      const r = await publik.request.get(`${app.url}${p}`);
      return r.ok() && (r.headers()["content-type"] ?? "").includes("text/html") ? r.text() : null;
    },
    ["/", "/sok?q=skola", "/kontakt", "/logga-in", "/finns-inte-alls", "/%ff"],
  );
  expect(publika.length).toBeGreaterThan(15);
  await besok(
    publik,
    handelser,
    publika.filter((p) => p !== "/%ff" && !p.startsWith("/personal")),
  );
  // The edge's own page has no script; it loads without a violation too.
  await publik.goto(`${app.url}/%ff`);
  expect(handelser).toEqual([]);
  // A sender's private pages: the receipt and the case page, reached by sending the form.
  await publik.goto(`${app.url}/kontakt`);
  await publik.getByRole("radio", { name: /^Fråga/ }).check();
  await publik.getByLabel("Ditt meddelande").fill("Hur söker jag till förskoleklass?");
  await publik.waitForTimeout(1_100); // the server refuses forms filled in faster than a person could
  await publik.getByRole("button", { name: "Skicka" }).click();
  await expect(publik.getByRole("heading", { level: 1 })).toHaveText("Tack, vi har tagit emot ditt meddelande");
  const nyckel = new URL(publik.url()).searchParams.get("nyckel");
  expect(nyckel).toBeTruthy();
  await besok(publik, handelser, [new URL(publik.url()).pathname + `?nyckel=${nyckel}`, `/arende/${nyckel}`]);
  await publik.close();

  for (const roll of ["admin", "redaktor", "handlaggare", "rektor"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fel = await bevaka(page);
    await loggaInSom(page, roll, app.url);
    const sidor = await lankar(
      async (p) => {
        const r = await page.request.get(`${app.url}${p}`);
        return r.ok() && (r.headers()["content-type"] ?? "").includes("text/html") ? r.text() : null;
      },
      ["/personal"],
    );
    const personal = sidor.filter((p) => p.startsWith("/personal"));
    expect(personal.length, roll).toBeGreaterThan(3);
    await besok(page, fel, personal);
    await context.close();
  }
});

test.describe("the report endpoint", () => {
  const rapport = (dokument = "http://portal.test/arende/hemlig-nyckel-123?x=1") =>
    JSON.stringify({
      "csp-report": {
        "document-uri": dokument,
        "blocked-uri": "inline",
        "effective-directive": "script-src-elem",
        "line-number": 3,
        "script-sample": "alert(1)",
      },
    });
  const skicka = (body: BodyInit, klient: string, typ = "application/csp-report", extra: RequestInit = {}) =>
    hamta("/api/csp-rapport", { method: "POST", body, headers: { "content-type": typ, "x-forwarded-for": klient }, ...extra });

  test("takes a report of either kind and logs it without a private key or a query", async () => {
    expect((await skicka(rapport(), "198.51.100.1")).status).toBe(204);
    const batch = JSON.stringify([
      {
        type: "csp-violation",
        age: 1,
        url: "http://x/",
        user_agent: "t",
        body: {
          documentURL: "http://portal.test/kontakt/tack/abc",
          blockedURL: "https://evil.example/x.js?k=1",
          effectiveDirective: "script-src-elem",
          disposition: "enforce",
        },
      },
    ]);
    expect((await skicka(batch, "198.51.100.1", "application/reports+json")).status).toBe(204);
    await expect.poll(() => app.output().includes("/kontakt/tack/[nyckel]")).toBe(true);
    expect(app.output()).toContain('"sida":"/arende/[nyckel]"');
    expect(app.output()).toContain('"blockerat":"https://evil.example/x.js"');
    expect(app.output()).not.toContain("hemlig-nyckel-123");
  });

  test("garbage is a 400, never a 500", async () => {
    for (const body of [
      "",
      "inte json",
      "{",
      "[]",
      "{}",
      '{"csp-report": 5}',
      '[{"type":"deprecation","body":{}}]',
      "null",
      '"x"',
      "[".repeat(5000),
      "\u0000\uFFFF",
    ]) {
      expect((await skicka(body, "198.51.100.2")).status, body.slice(0, 20)).toBe(400);
    }
    expect((await hamta("/api/csp-rapport")).status).toBe(405);
  });

  test("a body over the limit is refused by the bytes that arrive, with or without Content-Length", async () => {
    const stor = JSON.stringify({ "csp-report": { "script-sample": "x".repeat(20_000) } });
    expect((await skicka(stor, "198.51.100.3")).status).toBe(413);
    // Chunked: no Content-Length, so only the bytes read can tell.
    const strom = new ReadableStream({
      start(c) {
        for (let i = 0; i < 20; i++) c.enqueue(new TextEncoder().encode("x".repeat(1024)));
        c.close();
      },
    });
    const chunkad = await skicka(strom, "198.51.100.3", "application/csp-report", { duplex: "half" } as RequestInit);
    expect(chunkad.status).toBe(413);
  });

  test(`more than ${RAPPORTER_PER_MINUT} reports a minute from one client get 429; another client is not held up`, async () => {
    const status: number[] = [];
    for (let i = 0; i <= RAPPORTER_PER_MINUT; i++) status.push((await skicka(rapport(), "198.51.100.4")).status);
    expect(status.slice(0, RAPPORTER_PER_MINUT).every((s) => s === 204)).toBe(true);
    expect(status.at(-1)).toBe(429);
    expect((await skicka(rapport(), "198.51.100.5")).status).toBe(204);
    expect(app.output()).not.toMatch(/"statusCode":500|status 500/);
  });
});
