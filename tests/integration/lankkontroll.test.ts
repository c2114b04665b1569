// The scheduled link check against a local HTTP server: only allowlisted hosts are asked, at the
// set rate, each address once a run; broken internal links are found; a fixed link goes; two runs
// at once write one row per link.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kontrolleraLankar, sidorMedTrasigaLankar, trasigaLankarFor } from "@/lib/agare/trasiga-lankar";
import { lankinstallningar, type Lankinstallningar } from "@/lib/agare/externa-lankar";
import { skickaPaminnelser } from "@/lib/agare/paminnelser";
import type { PrismaClient } from "@/lib/db/generated/client";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
let server: Server;
let port: number;
const fragor: { metod: string; vag: string; vard: string; tid: number; agent: string }[] = [];

beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("lankkontroll"));
  server = createServer((req, res) => {
    fragor.push({
      metod: req.method ?? "",
      vag: req.url ?? "",
      vard: req.headers.host ?? "",
      tid: Date.now(),
      agent: req.headers["user-agent"] ?? "",
    });
    if (req.url === "/ok") res.writeHead(200).end("ok");
    else if (req.url === "/flytt") res.writeHead(302, { location: "/ok" }).end();
    else if (req.url === "/bara-get") res.writeHead(req.method === "HEAD" ? 405 : 200).end();
    else if (req.url === "/langsam") setTimeout(() => res.writeHead(200).end(), 2000);
    else res.writeHead(404).end("saknas");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await drop();
});

const installningar = (): Lankinstallningar => ({ vardar: ["127.0.0.1"], perMinut: 600, tidsgransMs: 500, maxOmdirigeringar: 3 });
const bas = () => `http://127.0.0.1:${port}`;

async function sattText(id: string, brodtext: string) {
  const i = await db.innehall.findUniqueOrThrow({ where: { id } });
  await db.innehall.update({ where: { id }, data: { publicerad: { ...(i.publicerad as object), brodtext } } });
}

describe("the scheduled link check", () => {
  it("finds broken internal and allowlisted external links, asks nothing else, honours the rate", async () => {
    const sida = await db.innehall.findFirstOrThrow({
      where: { typ: "sida", arkiverad: null, avpublicerad: null, publiceradTid: { not: null } },
    });
    await db.innehall.update({ where: { id: sida.id }, data: { agareId: aktor.REDAKTOR.id } });
    await sattText(
      sida.id,
      [
        `Se [kontakt](/kontakt), [borta](/finns-inte-alls) och [fel insats](/insatser/finns-inte).`,
        `Externt: [ok](${bas()}/ok), [saknas](${bas()}/saknas#del), [flytt](${bas()}/flytt), [långsam](${bas()}/langsam),`,
        `[bara GET](${bas()}/bara-get) och [inte med](http://localhost:${port}/ok).`,
      ].join("\n"),
    );
    const insats = await db.insats.create({
      data: { slug: "lank-insats", titel: "Insats med länk", beskrivning: `Läs mer på ${bas()}/saknas`, ansvarigEnhet: "Test" },
    });

    const start = Date.now();
    const utfall = await kontrolleraLankar(db, { installningar: installningar() });
    expect(utfall.externa).toBe(5);

    const rader = await trasigaLankarFor(db, "innehall", sida.id);
    expect(rader.map((r) => [r.href, r.slag, r.orsak])).toEqual([
      [`${bas()}/langsam`, "extern", "Svarade inte inom 0,5 s"],
      [`${bas()}/saknas#del`, "extern", "Svarade 404"],
      ["/finns-inte-alls", "intern", "Sidan finns inte"],
      ["/insatser/finns-inte", "intern", "Sidan finns inte"],
    ]);
    expect((await trasigaLankarFor(db, "insats", insats.id)).map((r) => [r.href, r.orsak])).toEqual([[`${bas()}/saknas`, "Svarade 404"]]);

    // Never the host that is not on the list; each address once although two items use /saknas.
    const varden = fragor.map((f) => f.vard.split(":")[0]);
    expect(varden).not.toContain("localhost");
    expect(fragor.filter((f) => f.vag === "/saknas")).toHaveLength(1);
    expect(fragor.filter((f) => f.vag === "/bara-get").map((f) => f.metod)).toEqual(["HEAD", "GET"]);
    expect(fragor[0].agent).toMatch(/^Grundskoleportalen-lankkontroll/);
    // 600 a minute: ~100 ms between requests (7 of them: the redirect and the GET count too), loosely.
    expect(fragor).toHaveLength(7);
    for (let i = 1; i < fragor.length; i += 1) expect(fragor[i].tid - fragor[i - 1].tid).toBeGreaterThanOrEqual(50);
    expect(fragor[6].tid - fragor[0].tid).toBeGreaterThanOrEqual(550);
    expect(Date.now() - start).toBeGreaterThanOrEqual(600);

    // The owner's list on "Innehåll att se över".
    const mina = await sidorMedTrasigaLankar(db, { userId: aktor.REDAKTOR.id, mina: true });
    expect(mina.map((s) => [s.id, s.lankar.length])).toEqual([[sida.id, 4]]);
  });

  it("a fixed link is gone after the next run; one still broken keeps when it was first seen", async () => {
    const sida = (await db.trasigLank.findFirstOrThrow({ where: { href: "/finns-inte-alls" } })).innehallId!;
    const fore = await db.trasigLank.findFirstOrThrow({ where: { innehallId: sida, href: { endsWith: "/saknas#del" } } });
    await sattText(sida, `Nu [rätt](/kontakt) och [saknas](${bas()}/saknas#del).`);
    await kontrolleraLankar(db, { installningar: installningar() });
    const efter = await trasigaLankarFor(db, "innehall", sida);
    expect(efter.map((r) => r.href)).toEqual([`${bas()}/saknas#del`]);
    expect(efter[0].forstSedd).toEqual(fore.forstSedd);
    expect(efter[0].senastKontrollerad.getTime()).toBeGreaterThan(fore.senastKontrollerad.getTime());
  });

  it("two runs at once write one row per link", async () => {
    // Several items with broken links, so that the runs meet on one.
    const sidor = await db.innehall.findMany({
      where: { typ: "sida", arkiverad: null, avpublicerad: null, publiceradTid: { not: null } },
      orderBy: { id: "asc" },
      take: 8,
    });
    for (const s of sidor) await sattText(s.id, "[Ett](/borta-1), [två](/borta-2) och [tre](/borta-3).");
    await db.trasigLank.deleteMany();
    const utan = { ...installningar(), vardar: [] };
    // Writes to the table wait a moment, so both runs have read an item's (empty) rows before either writes.
    let korningar: Promise<unknown>[] = [];
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`LOCK TABLE "TrasigLank" IN EXCLUSIVE MODE`;
      korningar = [1, 2].map(() => kontrolleraLankar(db, { installningar: utan }));
      await new Promise((r) => setTimeout(r, 1000));
    });
    await Promise.all(korningar);
    const rader = await db.trasigLank.findMany({ select: { innehallId: true, insatsId: true, href: true } });
    for (const s of sidor)
      expect(
        rader
          .filter((r) => r.innehallId === s.id)
          .map((r) => r.href)
          .sort(),
      ).toEqual(["/borta-1", "/borta-2", "/borta-3"]);
    expect(new Set(rader.map((r) => `${r.innehallId}|${r.insatsId}|${r.href}`)).size).toBe(rader.length);
  });

  it("the owner's reminder names the item's broken links", async () => {
    const agare = await db.user.create({ data: { email: `lankagare-${Date.now()}@example.se`, name: "Länkägare", roll: "REDAKTOR" } });
    const i = await db.insats.findUniqueOrThrow({ where: { slug: "lank-insats" } });
    await db.insats.update({ where: { id: i.id }, data: { agareId: agare.id, granskaSenast: new Date("2027-03-01T00:00:00Z") } });
    await db.trasigLank.createMany({
      data: ["/borta-4", "/borta-5"].map((href) => ({ insatsId: i.id, href, slag: "intern", orsak: "Sidan finns inte" })),
    });
    await skickaPaminnelser(db, new Date("2027-02-15T07:00:00Z"));
    const [mejl] = await db.utskick.findMany({ where: { till: agare.email } });
    expect(mejl.text).toContain("Insats med länk: granska senast 1 mars 2027 (2 trasiga länkar)");
  });

  it("reads the allowlist and the rate from the environment; empty allowlist, no external checks", () => {
    expect(lankinstallningar({})).toMatchObject({ vardar: [], perMinut: 20 });
    expect(lankinstallningar({ LANKKONTROLL_VARDAR: " Goteborg.se, https://skolverket.se/ ", LANKKONTROLL_PER_MINUT: "5" })).toMatchObject({
      vardar: ["goteborg.se", "skolverket.se"],
      perMinut: 5,
    });
    expect(() => lankinstallningar({ LANKKONTROLL_PER_MINUT: "många" })).toThrow(/LANKKONTROLL_PER_MINUT/);
  });
});
