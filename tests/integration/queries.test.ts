import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createClient } from "@/lib/db/client";
import { migrate } from "@/scripts/db/migrate";
import { seed } from "@/prisma/seed";
import { freshDatabase, type TestDatabase } from "../support/databases";

// Next.js's data cache exists only inside a Next.js server; here the queries run uncached. The
// cache itself is exercised by the browser tests against a production build.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

let database: TestDatabase;
let q: {
  sok: typeof import("@/lib/sok/queries").sok;
  insatser: typeof import("@/lib/insatser/queries");
  skolor: typeof import("@/lib/skolor/queries");
};

beforeAll(async () => {
  database = await freshDatabase("q");
  await migrate(database.url);
  const client = createClient(database.url);
  await seed(client, { demoUsers: false });
  await client.$disconnect();
  // lib/db reads DATABASE_URL when first imported.
  process.env.DATABASE_URL = database.url;
  q = {
    sok: (await import("@/lib/sok/queries")).sok,
    insatser: await import("@/lib/insatser/queries"),
    skolor: await import("@/lib/skolor/queries"),
  };
});
afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database.drop();
});

describe("search in Swedish", () => {
  it("finds likvärdighet when asked for likvärdig", async () => {
    const { traffar } = await q.sok("likvärdig");
    expect(traffar.map((t) => t.titel)).toContain("Ökad likvärdighet mellan skolor");
  });

  it("finds insatser and schools, and nothing for nonsense", async () => {
    expect((await q.sok("föräldrastöd")).traffar.some((t) => t.typ === "insats")).toBe(true);
    expect((await q.sok("xyzzyqwerty")).traffar).toEqual([]);
    expect((await q.sok("   ")).traffar).toEqual([]);
  });

  it("treats operators and quotes in the query as text, not as SQL", async () => {
    for (const fraga of ['\'; DROP TABLE "Insats"; --', '"skola" -OR & | !', "skol:* & !x", "o'brien's"]) {
      expect((await q.sok(fraga)).traffar).toBeInstanceOf(Array);
    }
  });
});

describe("insats queries", () => {
  it("return the tree of a programme with delinsatser", async () => {
    const trad = await q.insatser.getInsatsTrad({ programSlug: "jamlikt-goteborg" });
    expect(trad).toHaveLength(8);
    expect(trad[0].delinsatser.length).toBe(2);
  });

  it("return an insats with its history, newest first", async () => {
    const [forsta] = await q.insatser.getInsatsTrad({ programSlug: "jamlikt-goteborg" });
    const insats = await q.insatser.getInsats(forsta.slug);
    const tider = insats!.uppdateringar.map((u) => u.tidpunkt);
    expect(tider).toEqual([...tider].sort().reverse());
  });

  it("return null for an insats that does not exist", async () => {
    expect(await q.insatser.getInsats("finns-inte")).toBeNull();
  });
});

describe("school queries", () => {
  it("filter by stadsområde, grade and pilot status", async () => {
    const alla = await q.skolor.getSkolor({});
    const nordost = await q.skolor.getSkolor({ stadsomrade: "NORDOST" });
    expect(nordost.length).toBeGreaterThan(0);
    expect(nordost.every((s) => s.stadsomrade === "NORDOST")).toBe(true);
    const ak8 = await q.skolor.getSkolor({ arskurs: 8 });
    expect(ak8.every((s) => s.arskursFran <= 8 && s.arskursTill >= 8)).toBe(true);
    expect(ak8.length).toBeLessThan(alla.length);
    const pilot = await q.skolor.getSkolor({ pilot: "ja" });
    expect(pilot.every((s) => s.framtidsrustadPilot)).toBe(true);
  });
});
