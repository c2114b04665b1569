// Malformed requests at every route handler and server action: values from the zod schemas'
// edges and beyond, random bytes, wrong content types and methods. None may get a 500 or a
// stack trace, and nothing may be written. The inputs come from fast-check with a fixed seed
// (FUZZ_SEED to explore others); a failure prints the request that caused it.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { freshDatabase, type TestDatabase } from "../support/databases";
import { loggaInSom } from "../support/logga-in";
import { actionFormular, appEnv, type AppServer, hamtaFormular, prepareDatabase, query, radantal, skicka, startApp } from "./support";

test.describe.configure({ mode: "serial" });

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const LECKA =
  /\bat [^\s()]+ \([^)]*:\d+:\d+\)|node_modules|\.next\/server|webpack-internal|ECONNREFUSED|PrismaClient|\bTypeError\b|\bSyntaxError\b/;

let database: TestDatabase;
let app: AppServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await freshDatabase("fuzz");
  await prepareDatabase(database.url);
  app = await startApp({ env: appEnv(database.url, { SYNPUNKT_GRANS: "100000", BAKGRUNDSJOBB: "av" }) });
});
test.afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

interface Forfragan {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  beskrivning?: string;
}

async function kontrollera(f: Forfragan) {
  const res = await fetch(app.url + f.path, {
    method: f.method,
    headers: { origin: app.url, ...f.headers },
    body: f.method === "GET" || f.method === "HEAD" ? undefined : f.body,
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  const vad = `${f.method} ${f.path} ${f.beskrivning ?? ""} → ${res.status}\n${text.slice(0, 500)}`;
  expect(res.status, vad).toBeLessThan(500);
  expect(text, vad).not.toMatch(LECKA);
}

// ---- Values from the contact form schema's edges, and beyond them.
const kanter = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\t\n ",
    "a".repeat(5000),
    "å".repeat(5001),
    "x".repeat(100_001),
    "<script>alert(1)</script>",
    "\u0000",
    "null",
    "undefined",
    "[object Object]",
    "-1",
    "1e309",
    "💥".repeat(300),
    "\ud800",
    "GF-2026-00001",
    "' OR 1=1 --",
  ),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
);
const ogiltigTyp = fc.oneof(
  fc.constantFrom("", "fraga", "ANNAT", "FRAGA ", "0"),
  fc.string({ maxLength: 20 }).filter((s) => !["FRAGA", "SYNPUNKT", "KLAGOMAL", "BEROM"].includes(s)),
);
/** Each generated submission breaks at least one rule, so none may create a case. */
const brott = fc.oneof(
  fc.record({ typ: ogiltigTyp }),
  fc.record({ meddelande: fc.constantFrom("", "   ", "\n\t", "å".repeat(5001)) }),
  fc.record({ epost: fc.constantFrom("inte-en-adress", "a@", "@b.se", "a b@c.se", `${"a".repeat(250)}@b.se`) }),
  fc.record({ idempotensnyckel: fc.oneof(fc.constant(""), fc.string({ maxLength: 60 }), fc.uuid()) }),
  fc.record({ webbplats: fc.string({ minLength: 1, maxLength: 50 }) }),
  fc.record({ startad: fc.oneof(fc.constant(""), fc.string({ maxLength: 250 }), fc.constant(`${Date.now()}.falsk`)) }),
  fc.record({ skolaId: fc.oneof(fc.constant("finns-inte"), fc.string({ minLength: 1, maxLength: 101 })) }),
);

test("the contact form's action: schema edges and broken fields get a page, never a 500, and write nothing", async () => {
  const formular = await hamtaFormular(app.url);
  const fore = await radantal(database.url);
  await fc.assert(
    fc.asyncProperty(
      fc.record({ meddelande: kanter, namn: kanter, epost: kanter, skolaId: kanter }, { requiredKeys: [] }),
      brott,
      fc.boolean(),
      async (ovrigt, bryt, utanFalt) => {
        // The load's own key and start time: only the broken rule stands between a post and a case.
        const varden: Record<string, string> = { ...formular.falt, typ: "FRAGA", meddelande: "Hej", webbplats: "", ...ovrigt, ...bryt };
        const body = new FormData();
        for (const [k, v] of Object.entries(varden)) if (!(utanFalt && k === "meddelande")) body.append(k, v);
        await kontrollera({
          method: "POST",
          path: "/kontakt",
          body,
          headers: { "x-forwarded-for": "203.0.113.50" },
          beskrivning: JSON.stringify(bryt),
        });
      },
    ),
    { seed: SEED, numRuns: RUNS },
  );
  // Files instead of text, repeated fields, and a body far beyond any field's limit.
  const konstiga: FormData[] = [];
  const filer = new FormData();
  for (const [k, v] of Object.entries(formular.falt)) filer.append(k, v);
  filer.append("meddelande", new Blob(["text i en fil"]), "brev.txt");
  filer.append("typ", "FRAGA");
  konstiga.push(filer);
  const dubbla = new FormData();
  for (const [k, v] of Object.entries(formular.falt)) dubbla.append(k, v);
  for (const t of ["FRAGA", "ANNAT"]) dubbla.append("typ", t);
  dubbla.append("meddelande", "");
  dubbla.append("meddelande", "Andra gången");
  konstiga.push(dubbla);
  const stor = new FormData();
  for (const [k, v] of Object.entries(formular.falt)) stor.append(k, v);
  stor.append("typ", "FRAGA");
  stor.append("meddelande", "x".repeat(3_000_000));
  konstiga.push(stor);
  for (const body of konstiga)
    await kontrollera({ method: "POST", path: "/kontakt", body, headers: { "x-forwarded-for": "203.0.113.51" } });
  expect(await radantal(database.url)).toEqual(fore);
});

// ---- The forms on a case's private page: the sender's message, the closing question, and
// turning notifications off. Each post breaks at least one rule (a key from no load of the form,
// a wrong case key, a missing or over-long field …); the rest of it may be anything, NUL and
// invalid UTF-8 included. Never a 500; the answer is a Swedish page; no form writes a row (the
// only row a post may add is its client's count of wrong case keys).

/** A value as bytes on the wire: text, raw bytes (invalid UTF-8 among them), or a file. */
type Del = string | Uint8Array | { fil: string };

function multipart(falt: [string, Del][]): { headers: Record<string, string>; body: Uint8Array<ArrayBuffer> } {
  const grans = `----fuzz${randomUUID().replaceAll("-", "")}`;
  const delar: Buffer[] = [];
  for (const [namn, varde] of falt) {
    const fil = typeof varde === "object" && "fil" in varde;
    delar.push(
      Buffer.from(
        `--${grans}\r\nContent-Disposition: form-data; name="${namn}"${fil ? '; filename="brev.txt"\r\nContent-Type: text/plain' : ""}\r\n\r\n`,
      ),
    );
    delar.push(fil ? Buffer.from(varde.fil) : Buffer.from(varde as string | Uint8Array));
    delar.push(Buffer.from("\r\n"));
  }
  delar.push(Buffer.from(`--${grans}--\r\n`));
  return { headers: { "content-type": `multipart/form-data; boundary=${grans}` }, body: new Uint8Array(Buffer.concat(delar)) };
}

const OGILTIG_UTF8 = [[0xff], [0xc3, 0x28], [0xe4], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x41, 0x00, 0x42]].map(
  (b) => new Uint8Array(b),
);
const del: fc.Arbitrary<Del> = fc.oneof(
  kanter,
  fc.constantFrom<Del>(...OGILTIG_UTF8, { fil: "text i en fil" }, { fil: "" }, "\u0000".repeat(50), `${"\u0000"}JA`, "x".repeat(6000)),
  fc.uint8Array({ maxLength: 200 }),
);
const SVENSKT = /Det finns ett problem|Sidan finns inte|Det du skickade|Adressen går inte att läsa/;

test("the case page's forms (message, closing question, notifications off) with NUL, invalid UTF-8, over-long, wrong-typed and missing fields", async () => {
  // A closed case whose sender asked for notifications: the page then shows all three forms.
  const kvitto = await skicka(
    app.url,
    await hamtaFormular(app.url),
    { meddelande: "Ett ärende för ärendesidans fuzzning.", epost: "anna@exempel.se", meddela: "ja" },
    "203.0.113.61",
  );
  const nyckel = new URL(kvitto.kvitto!, app.url).searchParams.get("nyckel")!;
  await query(database.url, `UPDATE "Synpunkt" SET status = 'AVSLUTAD', avslutad = now() WHERE idempotensnyckel = $1`, [
    new URL(kvitto.kvitto!, app.url).pathname.split("/").at(-1),
  ]);
  const sida = `/arende/${nyckel}`;
  const former = actionFormular(await (await fetch(app.url + sida)).text());
  const meddelande = former.find((f) => f.falt.includes("text"));
  const enkat = former.find((f) => f.falt.includes("svar"));
  const avregistrering = former.find((f) => f.falt.length === 0 && f.dolda.nyckel === nyckel);
  expect(meddelande && enkat && avregistrering, "ärendesidans tre formulär").toBeTruthy();
  const fore = await radantal(database.url);

  const felNyckel = fc.oneof(
    fc.constantFrom(
      "",
      "\u0000",
      nyckel.slice(1),
      `${nyckel.slice(0, -1)}${nyckel.endsWith("A") ? "B" : "A"}`,
      `${nyckel}\u0000`,
      "x".repeat(5000),
      "../../etc/passwd",
    ),
    fc.string({ maxLength: 40 }),
  );
  const fall: { namn: string; form: NonNullable<typeof meddelande>; falt: string[]; brott: fc.Arbitrary<Record<string, Del>> }[] = [
    {
      namn: "meddelandet",
      form: meddelande!,
      falt: ["text", "idempotensnyckel", "startad", "slag", "nyckel"],
      brott: fc.oneof(
        fc.record({ text: fc.constantFrom<Del>("", "   ", "\u0000\u0000", "å".repeat(5001), { fil: "brev" }) }),
        fc.record({ idempotensnyckel: fc.oneof(fc.uuid(), fc.constantFrom<Del>("", "\u0000", ...OGILTIG_UTF8)) }),
        fc.record({
          startad: fc.oneof(fc.constantFrom<Del>("", `${Date.now()}.falsk`, "\u0000", ...OGILTIG_UTF8), fc.string({ maxLength: 250 })),
        }),
        fc.record({ nyckel: felNyckel }),
      ),
    },
    {
      namn: "frågan",
      form: enkat!,
      falt: ["svar", "kommentar", "nyckel"],
      brott: fc.oneof(
        fc.record({ svar: fc.constantFrom<Del>("", "ja", "JA ", "\u0000", "MYCKET", { fil: "JA" }, ...OGILTIG_UTF8) }),
        fc.record({ kommentar: fc.constantFrom<Del>("å".repeat(501), "x".repeat(6000)) }),
        fc.record({ nyckel: felNyckel }),
      ),
    },
    { namn: "avregistreringen", form: avregistrering!, falt: ["nyckel"], brott: fc.record({ nyckel: felNyckel }) },
  ];
  let n = 0;
  for (const f of fall) {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...f.falt), del, { maxKeys: 4 }),
        f.brott,
        fc.subarray(f.falt),
        async (ovrigt, bryt, utan) => {
          const varden: Record<string, Del> = { ...f.form.dolda, svar: "JA", text: "Hej", ...ovrigt };
          for (const u of utan) delete varden[u];
          Object.assign(varden, bryt);
          const { headers, body } = multipart(Object.entries(varden));
          // A new address each time, so wrong case keys never use up one client's guesses.
          const res = await fetch(app.url + sida, {
            method: "POST",
            body,
            redirect: "manual",
            signal: AbortSignal.timeout(30_000),
            headers: { ...headers, origin: app.url, "x-forwarded-for": `2001:db8::${(++n).toString(16)}` },
          });
          const text = await res.text();
          const vad = `${f.namn}: ${JSON.stringify(bryt).slice(0, 200)} utan ${utan.join(",")} → ${res.status}\n${text.slice(0, 300)}`;
          expect(res.status, vad).toBeLessThan(500);
          expect(text, vad).not.toMatch(LECKA);
          if (res.status === 303) expect(res.headers.get("location"), vad).toMatch(/\/arende\/okand$/);
          else expect(text, vad).toMatch(SVENSKT);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }
  const efter = await radantal(database.url);
  expect({ ...efter, Inskick: 0 }).toEqual({ ...fore, Inskick: 0 });
  const [arendet] = await query<{ meddela: boolean; enkatSvar: string | null; status: string }>(
    database.url,
    `SELECT meddela, "enkatSvar", status FROM "Synpunkt" WHERE meddelande = 'Ett ärende för ärendesidans fuzzning.'`,
  );
  expect(arendet).toEqual({ meddela: true, enkatSvar: null, status: "AVSLUTAD" });
});

test("random bytes, wrong content types and forged action ids at the pages with actions", async () => {
  const formular = await hamtaFormular(app.url);
  const actionId = Object.entries(formular.falt)
    .find(([k]) => k.startsWith("$ACTION_ID_"))?.[0]
    .slice("$ACTION_ID_".length);
  const fore = await radantal(database.url);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom("/kontakt", "/logga-in", "/personal/insatser", "/personal/synpunkter", "/"),
      fc.constantFrom(
        "multipart/form-data; boundary=----x",
        "multipart/form-data",
        "application/x-www-form-urlencoded",
        "text/plain;charset=UTF-8",
        "application/json",
        "application/octet-stream",
        "",
      ),
      fc.oneof(
        fc.constant(undefined),
        fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 1, maxLength: 60 }),
        fc.constant(actionId ?? "00"),
        fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")),
      ),
      fc.uint8Array({ maxLength: 4096 }),
      async (path, contentType, action, bytes) => {
        const headers: Record<string, string> = {};
        if (contentType) headers["content-type"] = contentType;
        if (action !== undefined) headers["next-action"] = action;
        await kontrollera({ method: "POST", path, headers, body: bytes, beskrivning: `${contentType} action=${action}` });
      },
    ),
    { seed: SEED, numRuns: RUNS },
  );
  expect(await radantal(database.url)).toEqual(fore);
});

test("route handlers and pages with random paths, queries and methods", async () => {
  const fore = await radantal(database.url);
  const segment = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom("..", "%", "%00", "%E4", "å", "ö", "ä".repeat(300), "<svg>", "' OR 1=1"),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(
        "/api/health",
        "/api/oppna-data/insatser",
        "/api/oppna-data/sa-gar-det.json",
        "/api/oppna-data/sa-gar-det.csv",
        "/sa-gar-det",
        "/sok",
        "/skolor",
        "/skolor/",
        "/insatser/",
        "/kontakt/tack/",
        "/forstarkningsomraden/",
        "/",
        "/sitemap.xml",
        "/robots.txt",
        "/api/auth/csrf",
        "/api/auth/session",
        "/api/auth/providers",
        "/api/auth/callback/credentials",
        "/api/auth/signin",
        "/api/auth/signout",
        "/personal/synpunkter",
        "/personal/synpunkter/",
        "/personal/synpunkter/export",
        "/personal/synpunkter/statistik",
        "/personal/insatser/",
        "/personal/konton/",
      ),
      segment,
      fc.dictionary(
        fc.constantFrom("q", "format", "status", "typ", "skola", "fran", "till", "efter", "stadsomrade", "sida", "callbackUrl"),
        segment,
        { maxKeys: 4 },
      ),
      fc.constantFrom("GET", "GET", "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"),
      fc.uint8Array({ maxLength: 512 }),
      async (bas, seg, query, method, bytes) => {
        const path = (bas.endsWith("/") ? bas + encodeURIComponent(seg) : bas) + "?" + new URLSearchParams(query).toString();
        await kontrollera({ method, path, body: bytes, headers: { "content-type": "application/x-www-form-urlencoded" } });
      },
    ),
    { seed: SEED, numRuns: RUNS * 2 },
  );
  expect(await radantal(database.url)).toEqual(fore);
});

test("the sign-in action and every staff action, signed in as admin, with values from beyond the schemas' edges", async ({ page }) => {
  // Sign-in with random credentials: refused with a message, never a fault; no account touched.
  const loggaIn = actionFormular(await (await fetch(`${app.url}/logga-in`)).text())[0];
  expect(loggaIn.falt).toEqual(expect.arrayContaining(["email", "password"]));
  const fore = await radantal(database.url);
  await fc.assert(
    fc.asyncProperty(fc.dictionary(fc.constantFrom(...loggaIn.falt), kanter), async (varden) => {
      const body = new FormData();
      for (const [k, v] of Object.entries({ ...loggaIn.dolda, ...varden })) body.append(k, v);
      await kontrollera({ method: "POST", path: "/logga-in", body, beskrivning: "inloggning" });
    }),
    { seed: SEED, numRuns: RUNS / 2 },
  );
  expect(await radantal(database.url)).toEqual(fore);

  // A case to handle, then the admin's pages: every form on them gets random values.
  const kvitto = await skicka(app.url, await hamtaFormular(app.url), { meddelande: "Ett ärende för fuzzningen." }, "203.0.113.60");
  expect(kvitto.kvitto).toBeTruthy();
  const [{ lopnummer }] = await query<{ lopnummer: number }>(database.url, `SELECT lopnummer FROM "Synpunkt" ORDER BY skapad DESC LIMIT 1`);
  await loggaInSom(page, "admin", app.url);
  const sidor = [
    "/personal/insatser/systematiskt-kvalitetsarbete",
    "/personal/insatser/ny",
    "/personal/konton",
    "/personal/pilotskolor",
    `/personal/synpunkter/${lopnummer}`,
    "/personal/innehall/ny",
    "/personal/innehall/sida/om-forvaltningen",
    "/personal/innehall/kontaktuppgifter/forvaltningen",
    "/personal/innehall/sida/om-forvaltningen/historik",
  ];
  let antalFormular = 0;
  for (const sida of sidor) {
    const html = await (await page.request.get(app.url + sida)).text();
    for (const form of actionFormular(html)) {
      antalFormular++;
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom(...(form.falt.length ? form.falt : ["x"])), kanter), async (varden) => {
          const multipart: Record<string, string> = { ...form.dolda, ...varden };
          const res = await page.request.post(app.url + sida, { multipart, headers: { origin: app.url }, maxRedirects: 0 });
          const text = await res.text();
          const vad = `POST ${sida} ${JSON.stringify(varden).slice(0, 300)} → ${res.status()}\n${text.slice(0, 500)}`;
          expect(res.status(), vad).toBeLessThan(500);
          expect(text, vad).not.toMatch(LECKA);
        }),
        { seed: SEED, numRuns: 10 },
      );
    }
  }
  expect(antalFormular).toBeGreaterThanOrEqual(5);
});
