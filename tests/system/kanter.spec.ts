// The edges a client controls: addresses, query strings, bodies (chunked or not), the encoded
// arguments of server actions, and the forwarded headers. Nothing a client sends may give a
// 500, and nothing refused may write a row.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { freshDatabase, type TestDatabase } from "../support/databases";
import { loggaInSom } from "../support/logga-in";
import {
  actionFormular,
  appEnv,
  type AppServer,
  hamtaFormular,
  kontaktformularI,
  prepareDatabase,
  query,
  radantal,
  skicka,
  startApp,
} from "./support";

test.describe.configure({ mode: "serial" });

let database: TestDatabase;
let app: AppServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await freshDatabase("kanter");
  await prepareDatabase(database.url);
  app = await startApp({ env: appEnv(database.url, { SYNPUNKT_GRANS: "100000", BAKGRUNDSJOBB: "av", PROXY_ANTAL: "1" }) });
});
test.afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

/** Raw request: fetch would re-encode a malformed path, so the path is sent exactly as written. */
async function ra(path: string, init: RequestInit = {}) {
  const res = await fetch(app.url + path, { redirect: "manual", signal: AbortSignal.timeout(30_000), ...init });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

const OGILTIGA = ["%00", "%01", "%1b", "%7f", "%ff", "%c3%28", "%e4", "a%00b", "%ed%a0%80"];
const PARAMETRAR = [
  "q",
  "skola",
  "status",
  "typ",
  "fran",
  "till",
  "efter",
  "stadsomrade",
  "arskurs",
  "pilot",
  "format",
  "sida",
  "callbackUrl",
];
const PUBLIKA = [
  "/",
  "/sok",
  "/skolor",
  "/jamlikt-goteborg",
  "/framtidsrustad-skola",
  "/forstarkningsomraden",
  "/kontakt",
  "/oppna-data",
  "/api/oppna-data/insatser",
  "/om-forvaltningen",
  "/logga-in",
  "/api/health",
];
const PERSONAL = [
  "/personal",
  "/personal/synpunkter",
  "/personal/synpunkter/statistik",
  "/personal/synpunkter/export",
  "/personal/insatser",
  "/personal/konton",
  "/personal/granskningslogg",
  "/personal/jobb",
  "/personal/pilotskolor",
];

test("NUL, control characters and invalid UTF-8 in any query parameter give the Swedish 400 page", async ({ page }) => {
  for (const sida of PUBLIKA) {
    for (const p of PARAMETRAR) {
      for (const v of OGILTIGA) {
        const svar = await ra(`${sida}?${p}=${v}`);
        expect(svar.status, `${sida}?${p}=${v}`).toBe(400);
        expect(svar.text).toContain("Adressen går inte att läsa");
      }
    }
  }
  // Signed in, the staff pages (the inbox's search and school filter once gave a 500).
  await loggaInSom(page, "admin", app.url);
  for (const sida of PERSONAL) {
    for (const p of PARAMETRAR) {
      for (const v of ["%00", "%ff", "%c3%28"]) {
        const svar = await page.request.get(`${app.url}${sida}?${p}=${v}`, { maxRedirects: 0 });
        expect(svar.status(), `${sida}?${p}=${v}`).toBe(400);
      }
    }
  }
  // Valid Swedish text in the same places still works.
  expect((await ra("/sok?q=f%C3%B6rst%C3%A4rkning")).status).toBe(200);
  expect((await page.request.get(`${app.url}/personal/synpunkter?q=%C3%A5%C3%A4%C3%B6`)).status()).toBe(200);
});

test("a path that does not decode gives the Swedish 400 page, never a bare 500", async () => {
  for (const path of [
    "/%ff",
    "/skolor/%ff",
    "/insatser/%ff",
    "/forstarkningsomraden/%ff",
    "/kontakt/tack/%ff",
    "/personal/synpunkter/%ff",
    "/%c3",
    "/%e4%ff",
    "/%00",
    "/sok/%0a",
  ]) {
    const svar = await ra(path);
    expect(svar.status, path).toBe(400);
    expect(svar.text, path).toContain("Adressen går inte att läsa");
    expect(svar.headers.get("content-type")).toContain("text/html");
  }
});

/** A body sent in chunks, without Content-Length, the way a client that streams sends it. */
function chunkad(bytes: number): ReadableStream<Uint8Array> {
  let kvar = bytes;
  return new ReadableStream({
    pull(c) {
      if (kvar <= 0) return c.close();
      const n = Math.min(kvar, 16 * 1024);
      c.enqueue(new Uint8Array(n).fill(0x61));
      kvar -= n;
    },
  });
}

test("bodies over the limit are refused by the bytes read, chunked or not, and write nothing", async () => {
  const formular = await hamtaFormular(app.url);
  const actionId = JSON.parse(formular.falt["$ACTION_1:0"]).id as string;
  const fore = await radantal(database.url);
  for (const storlek of [512 * 1024, 2 * 1024 * 1024]) {
    for (const headers of [
      { "content-type": "application/x-www-form-urlencoded" },
      { "content-type": "text/plain;charset=UTF-8", "next-action": actionId },
      { "content-type": "multipart/form-data; boundary=----gräns" },
    ]) {
      const svar = await ra("/kontakt", {
        method: "POST",
        headers: { origin: app.url, ...headers },
        body: chunkad(storlek),
        duplex: "half",
      } as RequestInit);
      expect(svar.status, `${storlek} ${JSON.stringify(headers)}`).toBe(413);
      expect(svar.text).toContain("Det du skickade var för stort");
    }
  }
  // A form within the limit, chunked, still arrives.
  const body = new FormData();
  for (const [k, v] of Object.entries({
    ...formular.falt,
    typ: "FRAGA",
    meddelande: "Skickad i bitar.",
    skolaId: "",
    namn: "",
    epost: "",
    webbplats: "",
  }))
    body.append(k, v);
  const kodad = new Response(body);
  const svar = await ra("/kontakt", {
    method: "POST",
    headers: { origin: app.url, "content-type": kodad.headers.get("content-type")!, "x-forwarded-for": "203.0.113.70" },
    body: kodad.body,
    duplex: "half",
  } as RequestInit);
  expect(svar.status).toBe(303);
  const efter = await radantal(database.url);
  expect(efter.Synpunkt).toBe(fore.Synpunkt + 1);
});

test("crafted server-action bodies get a 400 or the form again, never a 500, and write nothing", async () => {
  const formular = await hamtaFormular(app.url);
  const actionId = JSON.parse(formular.falt["$ACTION_1:0"]).id as string;
  const djup = "[".repeat(3000) + "]".repeat(3000);
  const fore = await radantal(database.url);
  const medJs = (body: string) =>
    ra("/kontakt", {
      method: "POST",
      headers: { origin: app.url, "next-action": actionId, "content-type": "text/plain;charset=UTF-8" },
      body,
    });
  for (const body of [djup, "aaaa", "{}", '["$@5"]', '["$Q1"]', '[null,"$7"]', "[1,2]", '[{"not":"x"},null]', "[]", '"x"']) {
    const svar = await medJs(body);
    expect(svar.status, body.slice(0, 40)).toBeLessThan(500);
  }
  const multipart = (delar: string) =>
    ra("/kontakt", {
      method: "POST",
      headers: { origin: app.url, "next-action": actionId, "content-type": "multipart/form-data; boundary=xyz" },
      body: delar,
    });
  for (const delar of [
    '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--xy',
    '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$@1"]\r\n--xyz--\r\n',
    `--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n${djup}\r\n--xyz--\r\n`,
  ]) {
    expect((await multipart(delar)).status).toBeLessThan(500);
  }
  // Without JavaScript: the action's reference and bound arguments are form fields.
  const utanJs = async (andrat: Record<string, string>, utan: string[] = []) => {
    const body = new FormData();
    for (const [k, v] of Object.entries({ ...formular.falt, typ: "FRAGA", meddelande: "Hej", ...andrat }))
      if (!utan.includes(k)) body.append(k, v);
    return ra("/kontakt", { method: "POST", headers: { origin: app.url }, body });
  };
  for (const [andrat, utan] of [
    [{}, ["$ACTION_1:1"]],
    [{}, ["$ACTION_1:0"]],
    [{ "$ACTION_1:0": "inte json" }, []],
    [{ "$ACTION_1:0": '{"id":5}' }, []],
    [{ "$ACTION_1:1": djup }, []],
    [{ "$ACTION_1:1": '"$@9"' }, []],
    [{ "$ACTION_1:1": '["$Q3"]' }, []],
  ] as [Record<string, string>, string[]][]) {
    const svar = await utanJs(andrat, utan);
    expect(svar.status, JSON.stringify({ andrat, utan }).slice(0, 120)).toBeLessThan(500);
  }
  expect(await radantal(database.url)).toEqual(fore);
});

const ATERANVANT = "Formuläret har redan skickats eller är för gammalt";

test("one load of the contact form makes one case: its start time with new keys gets the Swedish try-again answer, text kept", async () => {
  const formular = await hamtaFormular(app.url);
  const fore = await radantal(database.url);
  const text = (i: number) => `Återanvänt formulär ${i}: när öppnar fritids på Kvibergsskolan?`;
  // Eight posts without JavaScript, each with the load's start time and a key of its own.
  const svar = [];
  for (let i = 0; i < 8; i++) {
    svar.push(
      await skicka(app.url, formular, { meddelande: text(i), namn: "Örjan Åström", idempotensnyckel: randomUUID() }, "203.0.113.100"),
    );
  }
  for (const [i, s] of svar.entries()) {
    expect(s.kvitto, `inskick ${i}`).toBeNull();
    expect(s.status).toBe(200);
    expect(s.body).toContain(ATERANVANT);
    expect(s.body).toContain(text(i));
    expect(s.body).toContain("Örjan Åström");
    // The form comes back as a new load of its own.
    expect(kontaktformularI(s.body).falt.idempotensnyckel).not.toBe(formular.falt.idempotensnyckel);
  }
  expect(await radantal(database.url)).toEqual(fore);

  // The load's own key makes its case, and the same post again (a double click) finds the same one.
  const forsta = await skicka(app.url, formular, { meddelande: "Det riktiga inskicket." }, "203.0.113.100");
  const igen = await skicka(app.url, formular, { meddelande: "Det riktiga inskicket." }, "203.0.113.100");
  expect(forsta.kvitto).toContain(`/kontakt/tack/${formular.falt.idempotensnyckel}`);
  expect(igen.kvitto).toContain(`/kontakt/tack/${formular.falt.idempotensnyckel}`);
  // After it, another key with the same start time still makes nothing, and a start time from
  // another load (or one forged) does not either.
  const annan = await hamtaFormular(app.url);
  for (const varden of [
    { idempotensnyckel: randomUUID() },
    { startad: annan.falt.startad },
    { startad: `${Date.now() - 60_000}.${formular.falt.startad.split(".")[1]}` },
  ]) {
    const s = await skicka(app.url, formular, { meddelande: "Ett till?", ...varden }, "203.0.113.100");
    expect(s.kvitto).toBeNull();
    expect(s.body).toContain(ATERANVANT);
  }
  expect((await radantal(database.url)).Synpunkt).toBe(fore.Synpunkt + 1);

  // The form shown again is a load of its own: sent as it is, it makes one case.
  const omskickat = await skicka(app.url, kontaktformularI(svar[0].body), { meddelande: text(0) }, "203.0.113.100");
  expect(omskickat.kvitto).toBeTruthy();
  expect((await radantal(database.url)).Synpunkt).toBe(fore.Synpunkt + 2);
});

test("one load of a case page's message form adds one message; its start time with new keys adds nothing", async () => {
  const kvitto = await skicka(app.url, await hamtaFormular(app.url), { meddelande: "Ett ärende att skriva i." }, "203.0.113.101");
  const nyckel = new URL(kvitto.kvitto!, app.url).searchParams.get("nyckel")!;
  const html = await (await fetch(`${app.url}/arende/${nyckel}`)).text();
  const form = actionFormular(html).find((f) => f.falt.includes("text"))!;
  expect(form.dolda.startad).toBeTruthy();
  const posta = (varden: Record<string, string>) => {
    const body = new FormData();
    for (const [k, v] of Object.entries({ ...form.dolda, ...varden })) body.append(k, v);
    return ra(`/arende/${nyckel}`, { method: "POST", body, headers: { origin: app.url, "x-forwarded-for": "203.0.113.101" } });
  };
  const meddelanden = async () =>
    (
      await query<{ n: number }>(
        database.url,
        `SELECT count(*)::int AS n FROM "SynpunktHandelse" WHERE typ = 'MEDDELANDE' AND text LIKE 'Meddelande %'`,
      )
    )[0].n;
  for (let i = 0; i < 8; i++) {
    const svar = await posta({ text: `Meddelande ${i} från samma formulär`, idempotensnyckel: randomUUID() });
    expect(svar.status).toBe(200);
    expect(svar.text).toContain(ATERANVANT);
    expect(svar.text).toContain(`Meddelande ${i} från samma formulär`);
  }
  expect(await meddelanden()).toBe(0);
  for (let i = 0; i < 2; i++) {
    const svar = await posta({ text: "Meddelande som skickas två gånger" });
    expect(svar.status).toBe(303);
    expect(svar.headers.get("location")).toContain("klart=meddelande");
  }
  expect(await meddelanden()).toBe(1);
});

/** A useActionState form's previous state, which React sends as the action's only bound value: the actions ignore it. */
function arTillstand(varde: string): boolean {
  try {
    const v = JSON.parse(varde);
    return Array.isArray(v) && v.length > 0 && v.every((x) => x !== null && typeof x === "object");
  } catch {
    return false;
  }
}

/** The fields that name what a form acts on, where an action takes it from the form instead of a bound argument. */
const MALFALT = ["id", "slug", "lopnummer"];

/**
 * Every form with bound arguments on a staff page, posted with the arguments swapped for wrong
 * types; and every form whose action takes its target from a field (id, slug, lopnummer), posted
 * with that field wrong.
 */
async function fellaktigaArgument(page: Page, sidor: string[]) {
  let antal = 0;
  for (const sida of sidor) {
    const html = await (await page.request.get(app.url + sida)).text();
    for (const form of actionFormular(html)) {
      const bundna = Object.keys(form.dolda).filter((k) => /^\$ACTION_\d+:[1-9]\d*$/.test(k) && !arTillstand(form.dolda[k]));
      const byten = [
        ...bundna.flatMap((falt) =>
          [
            '[{"not":"x"}]',
            "[null]",
            "[123]",
            '[["a"]]',
            '[{"not":"x"},{"varden":{},"fel":{}}]',
            `["${"a".repeat(5000)}"]`,
            '["../../api"]',
            "[-1]",
            "[1.5]",
          ].map((fel) => [falt, fel]),
        ),
        ...MALFALT.filter((f) => f in form.dolda).flatMap((falt) =>
          ["", "a".repeat(5000), "../../api", "-1", "1.5", "null", "\u0000"].map((fel) => [falt, fel]),
        ),
      ];
      for (const [falt, fel] of byten) {
        {
          antal++;
          const multipart: Record<string, string> = { ...form.dolda, [falt]: fel };
          for (const f of form.falt) multipart[f] ??= "1";
          const res = await page.request.post(app.url + sida, { multipart, headers: { origin: app.url }, maxRedirects: 0 });
          const vad = `POST ${sida} ${falt}=${fel.slice(0, 40)} → ${res.status()}`;
          expect(res.status(), vad).toBeLessThan(500);
          expect(res.status(), vad).not.toBe(303);
        }
      }
    }
  }
  return antal;
}

test("every staff action's bound arguments are parsed: wrong types give 404 and change nothing, as admin and as rektor", async ({
  browser,
}) => {
  const kvitto = await skicka(app.url, await hamtaFormular(app.url), { meddelande: "Ett ärende för kanttestet." }, "203.0.113.60");
  expect(kvitto.kvitto).toBeTruthy();
  const [{ lopnummer }] = await query<{ lopnummer: number }>(database.url, `SELECT lopnummer FROM "Synpunkt" ORDER BY skapad DESC LIMIT 1`);
  const [{ id: kontoId }] = await query<{ id: string }>(database.url, `SELECT id FROM "User" WHERE roll = 'REDAKTOR' LIMIT 1`);
  const fore = await radantal(database.url);
  for (const roll of ["admin", "rektor"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await loggaInSom(page, roll, app.url);
    const sidor = [
      "/personal/insatser/systematiskt-kvalitetsarbete",
      "/personal/pilotskolor",
      `/personal/synpunkter/${lopnummer}`,
      `/personal/konton/${kontoId}`,
    ];
    const antal = await fellaktigaArgument(page, sidor);
    if (roll === "admin") expect(antal).toBeGreaterThanOrEqual(30);
    await context.close();
  }
  const efter = await radantal(database.url);
  // Signing in writes its own rows (the session, the audit log of sign-ins); nothing else may change.
  const utanInloggning = (r: Record<string, number>) => ({ ...r, Granskningshandelse: 0, Session: 0 });
  expect(utanInloggning(efter)).toEqual(utanInloggning(fore));
});

test("a forged X-Forwarded-Host cannot make a cross-site post pass the origin check", async () => {
  const formular = await hamtaFormular(app.url);
  const fore = await radantal(database.url);
  const body = new FormData();
  for (const [k, v] of Object.entries({
    ...formular.falt,
    typ: "FRAGA",
    meddelande: "Från en annan webbplats.",
    skolaId: "",
    namn: "",
    epost: "",
    webbplats: "",
  }))
    body.append(k, v);
  const svar = await ra("/kontakt", {
    method: "POST",
    body,
    headers: {
      origin: "https://annan-webbplats.example",
      "x-forwarded-host": "annan-webbplats.example",
      "x-forwarded-for": "203.0.113.80",
    },
  });
  expect(svar.status).not.toBe(303);
  expect(await radantal(database.url)).toEqual(fore);
});

test("the client address comes from the trusted proxies only: a forged X-Forwarded-For gets no fresh quota", async () => {
  const egen = await freshDatabase("kanter_proxy");
  await prepareDatabase(egen.url);
  // One trusted proxy (deploy/nginx.conf): the last entry is what it saw; the rest is the client's word.
  const enProxy = await startApp({ env: appEnv(egen.url, { SYNPUNKT_GRANS: "2", BAKGRUNDSJOBB: "av", PROXY_ANTAL: "1" }) });
  // No proxy: no entry can be trusted, so every client shares one quota.
  const ingenProxy = await startApp({ env: appEnv(egen.url, { SYNPUNKT_GRANS: "2", BAKGRUNDSJOBB: "av", PROXY_ANTAL: "0" }) });
  try {
    const skickaMed = async (server: AppServer, xff: string) =>
      (await skicka(server.url, await hamtaFormular(server.url), { meddelande: `Via ${xff}` }, xff)).kvitto !== null;
    const viaProxy = [];
    for (const forfalskad of ["198.51.100.1", "198.51.100.2", "198.51.100.3"])
      viaProxy.push(await skickaMed(enProxy, `${forfalskad}, 203.0.113.90`));
    expect(viaProxy).toEqual([true, true, false]);
    // Another real client behind the proxy has its own quota.
    expect(await skickaMed(enProxy, "203.0.113.91")).toBe(true);
    const direkt = [];
    for (const forfalskad of ["198.51.100.4", "198.51.100.5", "198.51.100.6"]) direkt.push(await skickaMed(ingenProxy, forfalskad));
    expect(direkt).toEqual([true, true, false]);
  } finally {
    await enProxy.stop();
    await ingenProxy.stop();
    await egen.drop();
  }
});
