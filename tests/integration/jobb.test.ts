import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createClient } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { migrate } from "@/scripts/db/migrate";
import type { Jobb } from "@/lib/jobb/deklaration";
import { jobbMedKorningar, korJobb, startaJobb } from "@/lib/jobb/korare";
import { freshDatabase } from "../support/databases";

// startaBakgrundsjobb runs this list instead of the real jobs, so the test can see what starts.
const startade: string[] = [];
vi.mock("@/lib/jobb", () => ({
  jobb: [
    {
      namn: "prov-start",
      beskrivning: "Prov",
      intervallSekunder: null,
      forstaKorningEfterSekunder: 0,
      enGangOverInstanser: false,
      kor: async () => void startade.push("prov-start"),
    },
  ],
}));

let db: PrismaClient;
let db2: PrismaClient;
let url: string;
let drop: () => Promise<void>;

beforeAll(async () => {
  const database = await freshDatabase("jobb");
  await migrate(database.url);
  url = database.url;
  db = createClient(url);
  db2 = createClient(url);
  drop = async () => {
    await db.$disconnect();
    await db2.$disconnect();
    await (globalThis as unknown as { prisma?: PrismaClient }).prisma?.$disconnect();
    await database.drop();
  };
});
afterAll(() => drop());

const vanta = (ms: number) => new Promise((r) => setTimeout(r, ms));

function jobb(namn: string, kor: Jobb["kor"], andra: Partial<Jobb> = {}): Jobb {
  return { namn, beskrivning: "Ett jobb i testet.", intervallSekunder: null, enGangOverInstanser: false, kor, ...andra };
}

/** A job that counts how many of its runs are going on at once, across every runner. */
function raknande(namn: string, ms: number, andra: Partial<Jobb> = {}) {
  const r = { korningar: 0, samtidiga: 0, flest: 0 };
  const j = jobb(
    namn,
    async () => {
      r.korningar++;
      r.flest = Math.max(r.flest, ++r.samtidiga);
      await vanta(ms);
      r.samtidiga--;
    },
    andra,
  );
  return { j, r };
}

describe("recording a job's runs", () => {
  it("records an ok run with its message and how long it took", async () => {
    const j = jobb("prov-ok", async () => {
      await vanta(50);
      return "3 borttagna";
    });
    expect(await korJobb(db, j, url)).toBe("ok");
    const rad = await db.jobbkorning.findUniqueOrThrow({ where: { namn: "prov-ok" } });
    expect(rad).toMatchObject({ resultat: "ok", meddelande: "3 borttagna", senasteFel: null, senasteFelmeddelande: null });
    expect(rad.millisekunder).toBeGreaterThanOrEqual(45);
    expect(rad.klar.getTime()).toBeGreaterThanOrEqual(rad.startad.getTime());
  });

  it("records a failure with its message, and keeps the latest failure after a later success", async () => {
    let ska = true;
    const j = jobb("prov-fel", async () => {
      if (ska) throw new Error("Databasen svarade inte");
      return "klart";
    });
    expect(await korJobb(db, j, url)).toBe("fel");
    const fel = await db.jobbkorning.findUniqueOrThrow({ where: { namn: "prov-fel" } });
    expect(fel).toMatchObject({ resultat: "fel", meddelande: "Databasen svarade inte", senasteFelmeddelande: "Databasen svarade inte" });
    expect(fel.senasteFel).toEqual(fel.klar);

    ska = false;
    expect(await korJobb(db, j, url)).toBe("ok");
    const ok = await db.jobbkorning.findUniqueOrThrow({ where: { namn: "prov-fel" } });
    expect(ok).toMatchObject({ resultat: "ok", meddelande: "klart", senasteFelmeddelande: "Databasen svarade inte" });
    expect(ok.senasteFel).toEqual(fel.klar);
    expect(await db.jobbkorning.count({ where: { namn: "prov-fel" } })).toBe(1);
  });

  it("lists every declared job, with its run or none", async () => {
    const lista = [jobb("prov-ok", async () => {}), jobb("aldrig-kort", async () => {})];
    const rader = await jobbMedKorningar(db, lista);
    expect(rader.map((r) => [r.jobb.namn, r.korning?.resultat ?? null])).toEqual([
      ["prov-ok", "ok"],
      ["aldrig-kort", null],
    ]);
  });
});

describe("one instance at a time", () => {
  it("two runners against one database run a job for one instance at a time once, and the other skips the round", async () => {
    const { j, r } = raknande("prov-las", 300, { enGangOverInstanser: true });
    const utfall = await Promise.all([korJobb(db, j, url), korJobb(db2, j, url)]);
    expect(utfall.sort()).toEqual(["ok", "upptaget"]);
    expect(r).toMatchObject({ korningar: 1, flest: 1 });
    // The lock is released after the run.
    expect(await korJobb(db2, j, url)).toBe("ok");
  });

  it("two runners with timers never run it concurrently, and between them keep running it", async () => {
    const { j, r } = raknande("prov-las-timer", 120, { enGangOverInstanser: true, intervallSekunder: 0.04 });
    const stopp = [startaJobb(db, [j], url), startaJobb(db2, [j], url)];
    await vanta(1200);
    stopp.forEach((s) => s());
    await vanta(200);
    expect(r.flest).toBe(1);
    expect(r.korningar).toBeGreaterThanOrEqual(3);
  });

  it("within one instance, a run that has not ended makes the next round skip", async () => {
    const { j, r } = raknande("prov-overlapp", 200, { intervallSekunder: 0.03 });
    const stopp = startaJobb(db, [j], url);
    await vanta(800);
    stopp();
    await vanta(250);
    expect(r.flest).toBe(1);
    expect(r.korningar).toBeGreaterThanOrEqual(2);
  });
});

describe("starting the jobs", () => {
  it("a failing job does not stop the others, nor its own next rounds", async () => {
    let fel = 0;
    let ok = 0;
    const lista = [
      jobb(
        "prov-kastar",
        () => {
          fel++;
          throw new Error("Gick inte");
        },
        { intervallSekunder: 0.05 },
      ),
      jobb(
        "prov-avvisar",
        async () => {
          fel++;
          throw new Error("Gick inte heller");
        },
        { intervallSekunder: 0.05, enGangOverInstanser: true },
      ),
      jobb("prov-fungerar", async () => void ok++, { intervallSekunder: 0.05 }),
    ];
    const stopp = startaJobb(db, lista, url);
    await vanta(600);
    stopp();
    await vanta(200);
    expect(fel).toBeGreaterThanOrEqual(4);
    expect(ok).toBeGreaterThanOrEqual(3);
    const rader = await db.jobbkorning.findMany({ where: { namn: { startsWith: "prov-" } }, orderBy: { namn: "asc" } });
    const resultat = Object.fromEntries(rader.map((r) => [r.namn, r.resultat]));
    expect(resultat).toMatchObject({ "prov-kastar": "fel", "prov-avvisar": "fel", "prov-fungerar": "ok" });
  });

  it("runs a first round after forstaKorningEfterSekunder as well as on its interval", async () => {
    const { j, r } = raknande("prov-forsta", 1, { intervallSekunder: 3600, forstaKorningEfterSekunder: 0.05 });
    const stopp = startaJobb(db, [j], url);
    await vanta(300);
    stopp();
    expect(r.korningar).toBe(1);
  });

  it("with BAKGRUNDSJOBB=av, starts none", async () => {
    const fore = process.env.BAKGRUNDSJOBB;
    process.env.BAKGRUNDSJOBB = "av";
    try {
      const { j, r } = raknande("prov-av", 1, { intervallSekunder: 0.02, forstaKorningEfterSekunder: 0 });
      const stopp = startaJobb(db, [j], url);
      await vanta(300);
      stopp();
      expect(r.korningar).toBe(0);
      expect(await db.jobbkorning.count({ where: { namn: "prov-av" } })).toBe(0);
    } finally {
      if (fore === undefined) delete process.env.BAKGRUNDSJOBB;
      else process.env.BAKGRUNDSJOBB = fore;
    }
  });

  it("the server's start-up runs the list, and with BAKGRUNDSJOBB=av none of it", async () => {
    const env = { ...process.env };
    Object.assign(process.env, { DATABASE_URL: url, ADRESS_SEKUNDER: "3600", BAKGRUNDSJOBB: "av" });
    try {
      const { startaBakgrundsjobb } = await import("@/lib/startup");
      await startaBakgrundsjobb();
      await vanta(300);
      expect(startade).toEqual([]);
      delete process.env.BAKGRUNDSJOBB;
      await startaBakgrundsjobb();
      await vanta(300);
      expect(startade).toEqual(["prov-start"]);
    } finally {
      process.env = env;
    }
  });
});
