// Many people at once on one instance, as `npm start` runs it: every answer under load must be
// the answer the same request gets alone. Run on the embedded database that `npm start` uses
// without DATABASE_URL and, when TEST_DATABASE_URL is set, on that PostgreSQL server, with the
// same body. An embedded database that mixes up its connections' queries (PGlite issue 1046)
// shows up here as another page's rows, another user's name, a refused password or a 500.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startEmbeddedPostgres } from "../../scripts/db/embedded";
import { freshDatabase, type TestDatabase } from "../support/databases";
import { type AppServer, appEnv, prepareDatabase, query, startApp } from "./support";
import { Last, type Lasning, type Skrivmal } from "./samtidighet-last";

const LAST_SEKUNDER = 35;
const KLIENTER = 60;

const databaser: { namn: string; starta(): Promise<TestDatabase> }[] = [
  {
    namn: "den inbyggda databasen",
    async starta() {
      const db = await startEmbeddedPostgres();
      return { url: db.url, drop: () => db.stop() };
    },
  },
  ...(process.env.TEST_DATABASE_URL
    ? [{ namn: "PostgreSQL-servern i TEST_DATABASE_URL", starta: () => freshDatabase("samtidighet") }]
    : []),
];

for (const databas of databaser) {
  test(`${KLIENTER} klienter i ${LAST_SEKUNDER} s på ${databas.namn}: varje svar är det svar begäran får ensam`, async () => {
    test.setTimeout(300_000);
    const database = await databas.starta();
    const utskick = mkdtempSync(path.join(tmpdir(), "gsp-samtidighet-"));
    let app: AppServer | undefined;
    try {
      await prepareDatabase(database.url);
      // One instance with the pool size scripts/start.ts gives it. Each sender has an address of
      // its own, but the load sends more than a day's quota per address.
      app = await startApp({ env: appEnv(database.url, { DATABASE_POOL_SIZE: "10", SYNPUNKT_GRANS: "100000", UTSKICK_MAPP: utskick }) });

      const lasningar = await publikaLasningar(database.url);
      const last = new Last(app.url, database.url, lasningar, await skrivmal(database.url));
      await last.forbered();
      const publiceratFore = await publicerat(database.url);

      await last.kor({ klienter: KLIENTER, sekunder: LAST_SEKUNDER });
      // The same reads alone again: what the load left behind in the page cache must be right too.
      await last.efterAt();

      const db = await last.kontrolleraDatabasen();
      // A draft is never public: the published content is what it was.
      if (JSON.stringify(await publicerat(database.url)) !== JSON.stringify(publiceratFore))
        db.push("publicerat innehåll ändrades av att utkast sparades");

      const r = last.resultat;
      test.info().annotations.push(
        { type: `samtidighet: ${databas.namn}`, description: r.sammanfattning() },
        {
          type: `samtidighet: ${databas.namn}, skrivningar`,
          description: `${last.skrivningar()}. Fel i databasen: ${db.length ? db.slice(0, 5).join("; ") : "inga"}`,
        },
        { type: `samtidighet: ${databas.namn}, avvikelser`, description: r.exempel(12) || "inga" },
      );
      if (r.avvikelser.length > 0 || db.length > 0) {
        await test.info().attach(`avvikelser (${databas.namn})`, {
          body: [...r.avvikelser.map((a) => JSON.stringify(a)), ...db].join("\n"),
          contentType: "text/plain",
        });
        await test.info().attach(`serverns logg (${databas.namn})`, { body: app.output().slice(-200_000), contentType: "text/plain" });
      }
      expect(r.antal.totalt, "begäranden under lasten").toBeGreaterThan(500);
      expect(r.antal.kontakt, "kontaktformulär under lasten").toBeGreaterThan(0);
      expect(r.antal.insats, "insatsuppdateringar under lasten").toBeGreaterThan(0);
      expect(r.antal.utkast, "sparade utkast under lasten").toBeGreaterThan(0);
      expect.soft(r.annanIdentitet, "svar med en annan användares namn").toBe(0);
      expect.soft(r.serverfel, "svar med status 5xx").toBe(0);
      expect.soft(r.natverksfel, "nätverksfel och timeouts").toBe(0);
      expect.soft(r.avvikelser.length, `svar som inte är svaret utan last, till exempel:\n${r.exempel(5)}`).toBe(0);
      expect.soft(db, "det skrivna i databasen").toEqual([]);
    } finally {
      await app?.stop();
      await database.drop();
      rmSync(utskick, { recursive: true, force: true });
    }
  });
}

/**
 * The public reads compared under load. The items are taken from the seeded database; `hel`
 * compares the whole main text, for pages no write in the load can change (see skrivmal).
 */
async function publikaLasningar(url: string): Promise<Lasning[]> {
  const omraden = await query<{ slug: string }>(url, `SELECT slug FROM "Forstarkningsomrade" ORDER BY slug`);
  const insatser = await query<{ slug: string }>(
    url,
    `SELECT slug FROM "Insats" WHERE slug <> ALL($1) AND arkiverad IS NULL ORDER BY slug LIMIT 8`,
    [Object.values(SKRIVNA_INSATSER)],
  );
  const skolor = await query<{ slug: string; pilot: boolean }>(
    url,
    `SELECT slug, "framtidsrustadPilot" AS pilot FROM "Skola" ORDER BY pilot, slug`,
  );
  const vanliga = skolor.filter((s) => !s.pilot).slice(0, 5);
  const piloter = skolor.filter((s) => s.pilot).slice(0, 2);
  const sida = (sokvag: string, sort: Lasning["sort"] = "publik", hel = true): Lasning => ({ sokvag, sort, hel });
  return [
    // The start page lists the latest insats updates and the program page its insatser with
    // their progress: the written insatser are among them, so only the rest of those pages is compared.
    sida("/", "publik", false),
    sida("/framtidsrustad-skola", "publik", false),
    sida("/jamlikt-goteborg"),
    sida("/forstarkningsomraden"),
    ...omraden.map((o) => sida(`/forstarkningsomraden/${o.slug}`)),
    ...insatser.map((i) => sida(`/insatser/${i.slug}`)),
    sida("/skolor"),
    ...vanliga.map((s) => sida(`/skolor/${s.slug}`)),
    // Pilot schools show the rektor's insats's progress; their name, address and area are compared.
    ...piloter.map((s) => sida(`/skolor/${s.slug}`, "publik", false)),
    sida("/sa-gar-det"),
    sida("/oppna-data"),
    sida("/om-forvaltningen"),
    sida("/styr-och-stodkedjan"),
    sida("/kontakt", "publik", false),
    sida("/api/oppna-data/insatser"),
    sida("/api/oppna-data/sa-gar-det.json"),
    ...["skola", "närvaro", "likvärdighet", "kultur", "rektor", "studiehandledning"].map((q) =>
      sida(`/sok?q=${encodeURIComponent(q)}`, "sok"),
    ),
    ...["centrum", "hisingen", "nordost", "sydvast"].map((o) => sida(`/skolor?stadsomrade=${o}`, "skolfilter")),
    sida("/skolor?stadsomrade=nordost&arskurs=9", "skolfilter"),
  ];
}

/**
 * What the load writes. The rektor updates the one insats at the demo rektor's school, a
 * redaktör another; the updates keep each insats's status (only progress and a comment change),
 * so the counts on Så går det and in the open data stay as they were, and neither insats's own
 * page is compared. The drafts are of the contact details (in every page's footer) and a content
 * page that is compared whole: a draft is never public, so neither may change under load.
 */
const SKRIVNA_INSATSER = { rektor: "framtidsrustad-processtod-pilotskolor", redaktor: "framtidsrustad-kompetensutveckling" } as const;

async function skrivmal(url: string): Promise<Skrivmal> {
  const insatser = {} as Skrivmal["insatser"];
  for (const [roll, slug] of Object.entries(SKRIVNA_INSATSER) as [keyof typeof SKRIVNA_INSATSER, string][]) {
    const [insats] = await query<{ status: string }>(url, `SELECT status::text FROM "Insats" WHERE slug = $1`, [slug]);
    if (!insats || insats.status === "KLAR") throw new Error(`Insatsen ${slug} saknas eller är klar.`);
    insatser[roll] = { slug, status: insats.status };
  }
  return {
    insatser,
    utkast: [
      { typ: "kontaktuppgifter", nyckel: "forvaltningen", falt: "beskrivning" },
      { typ: "sida", nyckel: "om-forvaltningen", falt: "brodtext" },
    ],
  };
}

async function publicerat(url: string) {
  return query(url, `SELECT typ, nyckel, publicerad FROM "Innehall" ORDER BY typ, nyckel`);
}
