import { randomUUID } from "node:crypto";
import net from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createClient } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { synpunktSchema, MAX_TECKEN } from "@/lib/synpunkter/schema";
import { klientnyckel } from "@/lib/sakerhet/klientnyckel";
import { FORMULAR_MAX_SEKUNDER, nyttFormular, sekunderSedanStart } from "@/lib/sakerhet/formularladdning";
import { GRANS_PER_FONSTER } from "@/lib/synpunkter/skydd";
import { taEmotSynpunkt } from "@/lib/synpunkter/ta-emot";
import { skickaVantande, smtpSandare } from "@/lib/utskick";
import { UTSKICKSLANKAR } from "@/lib/utskicksmallar";
import { seededDatabase } from "../support/seeded";

let db: PrismaClient;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await seededDatabase("syn"));
});
afterAll(() => drop());

const formular = (andra: Record<string, string> = {}) => ({
  typ: "FRAGA",
  skolaId: "",
  meddelande: "När börjar höstterminen?",
  namn: "",
  epost: "",
  ...nyttFormular("kontakt"),
  webbplats: "",
  ...andra,
});
const giltig = (andra: Record<string, string> = {}) => synpunktSchema.parse(formular(andra));
const antal = async () => [await db.synpunkt.count(), await db.synpunktHandelse.count(), await db.utskick.count()];

describe("the contact form's rules", () => {
  const fel = (andra: Record<string, string>) => {
    const r = synpunktSchema.safeParse(formular(andra));
    return r.success ? {} : z.flattenError(r.error).fieldErrors;
  };

  it("asks for a message, and treats whitespace as empty", () => {
    expect(fel({ meddelande: "" }).meddelande?.[0]).toBe("Skriv ditt meddelande.");
    expect(fel({ meddelande: " \n\t " }).meddelande?.[0]).toBe("Skriv ditt meddelande.");
  });

  it(`accepts ${MAX_TECKEN} characters and refuses ${MAX_TECKEN + 1}`, () => {
    expect(fel({ meddelande: "å".repeat(MAX_TECKEN) })).toEqual({});
    expect(fel({ meddelande: "å".repeat(MAX_TECKEN + 1) }).meddelande?.[0]).toMatch(/högst 5\s000 tecken/);
  });

  it("refuses a malformed e-mail address, an unknown type and a filled honeypot", () => {
    expect(fel({ epost: "inte@" }).epost?.[0]).toBe("Skriv e-postadressen i formatet namn@exempel.se, eller lämna fältet tomt.");
    expect(fel({ typ: "HOT" }).typ?.[0]).toBe("Välj vad ditt meddelande gäller.");
    expect(fel({ webbplats: "http://spam.example" }).webbplats).toBeDefined();
    expect(fel({ idempotensnyckel: "1" }).idempotensnyckel).toBeDefined();
  });

  it("keeps HTML and script as plain text", () => {
    expect(giltig({ meddelande: "<script>alert(1)</script>", namn: "<b>Anna</b>" })).toMatchObject({
      meddelande: "<script>alert(1)</script>",
      namn: "<b>Anna</b>",
    });
  });

  it("signs the form's start time together with its key, so neither can be forged, swapped or kept for long", () => {
    const nu = Date.now();
    const { idempotensnyckel, startad } = nyttFormular("kontakt", nu - 5000);
    expect(idempotensnyckel).toMatch(/^[0-9a-f-]{36}$/);
    expect(sekunderSedanStart(startad, idempotensnyckel, "kontakt", nu)).toBe(5);
    // Another key with this load's start time, this load on another form, or a forged signature.
    expect(sekunderSedanStart(startad, randomUUID(), "kontakt", nu)).toBeNull();
    expect(sekunderSedanStart(startad, idempotensnyckel, "meddelande", nu)).toBeNull();
    expect(sekunderSedanStart(`${nu - 60_000}.${startad.split(".")[1]}`, idempotensnyckel, "kontakt", nu)).toBeNull();
    expect(sekunderSedanStart(`${nu - 60_000}.falsk`, idempotensnyckel, "kontakt", nu)).toBeNull();
    expect(sekunderSedanStart(`${startad}.x`, idempotensnyckel, "kontakt", nu)).toBeNull();
    expect(sekunderSedanStart("", idempotensnyckel, "kontakt", nu)).toBeNull();
    // Too old: refused like a reused one.
    const gammal = nyttFormular("kontakt", nu - FORMULAR_MAX_SEKUNDER * 1000 - 1000);
    expect(sekunderSedanStart(gammal.startad, gammal.idempotensnyckel, "kontakt", nu)).toBeNull();
  });
});

describe("receiving a synpunkt", () => {
  it("commits the case, its first event and the confirmation e-mail together, with a case number", async () => {
    const data = giltig({ typ: "KLAGOMAL", meddelande: "Skolgården är trasig.", epost: "foralder@exempel.se", namn: "Anna" });
    const utfall = await taEmotSynpunkt(db, data, klientnyckel("198.51.100.1"));
    expect(utfall).toMatchObject({ ok: true, arendenummer: expect.stringMatching(/^GF-\d{4}-\d{5}$/) });
    const s = await db.synpunkt.findUniqueOrThrow({
      where: { idempotensnyckel: data.idempotensnyckel },
      include: { handelser: true, utskick: true },
    });
    expect(s).toMatchObject({ typ: "KLAGOMAL", status: "MOTTAGEN", epost: "foralder@exempel.se" });
    expect(s.handelser.map((h) => h.typ)).toEqual(["SKAPAD"]);
    expect(s.utskick).toHaveLength(1);
    expect(s.utskick[0].amne).toContain((utfall as { arendenummer: string }).arendenummer);
  });

  it("gives the phone number editors published in the confirmation e-mail", async () => {
    const fore = await db.forvaltning.findUniqueOrThrow({ where: { id: 1 } });
    await db.forvaltning.update({ where: { id: 1 }, data: { telefon: "031-123 45 67" } });
    try {
      const data = giltig({ meddelande: "Vilket nummer ringer jag?", epost: "ring@exempel.se" });
      await taEmotSynpunkt(db, data, klientnyckel("198.51.100.8"));
      const s = await db.synpunkt.findUniqueOrThrow({ where: { idempotensnyckel: data.idempotensnyckel }, include: { utskick: true } });
      expect(s.utskick[0].text).toContain("Telefon 031-123 45 67");
      expect(s.utskick[0].text).not.toContain(fore.telefon);
    } finally {
      await db.forvaltning.update({ where: { id: 1 }, data: { telefon: fore.telefon } });
    }
  });

  it("makes one case however often the same form is posted, also at the same moment", async () => {
    const data = giltig({ meddelande: "Dubbelklick." });
    const fore = await antal();
    const svar = await Promise.all([1, 2, 3].map(() => taEmotSynpunkt(db, data, klientnyckel("198.51.100.2"))));
    await taEmotSynpunkt(db, data, klientnyckel("198.51.100.2"));
    expect(new Set(svar.map((s) => (s as { arendenummer: string }).arendenummer)).size).toBe(1);
    expect(await antal()).toEqual([fore[0] + 1, fore[1] + 1, fore[2]]);
  });

  it("refuses a school that does not exist, leaving nothing behind", async () => {
    const fore = await antal();
    const inskick = await db.inskick.count();
    expect(await taEmotSynpunkt(db, giltig({ skolaId: "finns-inte" }), klientnyckel("198.51.100.3"))).toEqual({
      ok: false,
      orsak: "okand-skola",
    });
    expect(await antal()).toEqual(fore);
    // Not even counted against the sender's limit.
    expect(await db.inskick.count()).toBe(inskick);
  });

  it(`stops a client after ${GRANS_PER_FONSTER} submissions in ten minutes, and others are not affected`, async () => {
    const klient = klientnyckel("198.51.100.4");
    const nu = new Date();
    for (let i = 0; i < GRANS_PER_FONSTER; i++) expect((await taEmotSynpunkt(db, giltig(), klient, nu)).ok).toBe(true);
    const fore = await antal();
    expect(await taEmotSynpunkt(db, giltig(), klient, nu)).toEqual({ ok: false, orsak: "for-manga" });
    expect(await antal()).toEqual(fore);
    expect((await taEmotSynpunkt(db, giltig(), klientnyckel("198.51.100.5"), nu)).ok).toBe(true);
    expect((await taEmotSynpunkt(db, giltig(), klient, new Date(nu.getTime() + 11 * 60_000))).ok).toBe(true);
    const rader = await db.inskick.findMany();
    expect(rader.every((r) => !r.klient.includes("198.51"))).toBe(true);
  });

  it("fails loudly, and writes nothing, when the database cannot be reached", async () => {
    const nere = createClient("postgresql://nobody@127.0.0.1:1/none");
    await expect(taEmotSynpunkt(nere, giltig(), klientnyckel("198.51.100.6"))).rejects.toThrow();
    await nere.$disconnect();
  });
});

describe("the outbox over real SMTP", () => {
  async function ledigPort() {
    return new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      });
    });
  }
  function startaSmtp(port: number, mottagna: string[]) {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        let text = "";
        stream.on("data", (d: Buffer) => (text += d.toString()));
        stream.on("end", () => {
          mottagna.push(text);
          callback();
        });
      },
    });
    return new Promise<SMTPServer>((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
  }

  it("sends due mail, and when the server is down keeps it and sends it once it is back", async () => {
    await db.utskick.updateMany({ data: { skickad: new Date() } }); // earlier tests' mail is not this test's
    const port = await ledigPort();
    const skicka = smtpSandare(`smtp://127.0.0.1:${port}`);
    const data = giltig({ epost: "svar@exempel.se", meddelande: "Hej." });
    await taEmotSynpunkt(db, data, klientnyckel("198.51.100.7"));

    // Down: accepted case, mail kept for a later try.
    const nu = new Date();
    expect(await skickaVantande(db, skicka, UTSKICKSLANKAR, nu)).toEqual({ skickade: 0, misslyckade: 1 });
    const efterFel = await db.utskick.findFirstOrThrow({ where: { till: "svar@exempel.se" } });
    expect(efterFel).toMatchObject({ skickad: null, forsok: 1 });
    expect(efterFel.nastaForsok.getTime()).toBeGreaterThan(nu.getTime());
    expect(await skickaVantande(db, skicka, UTSKICKSLANKAR, nu)).toEqual({ skickade: 0, misslyckade: 0 }); // not before its time

    const mottagna: string[] = [];
    const server = await startaSmtp(port, mottagna);
    try {
      expect(await skickaVantande(db, skicka, UTSKICKSLANKAR, new Date(nu.getTime() + 2 * 60_000))).toEqual({
        skickade: 1,
        misslyckade: 0,
      });
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
    expect(mottagna).toHaveLength(1);
    expect(mottagna[0]).toContain("svar@exempel.se");
    expect(mottagna[0]).toMatch(/GF-\d{4}-\d{5}/);
    expect((await db.utskick.findFirstOrThrow({ where: { till: "svar@exempel.se" } })).skickad).toBeInstanceOf(Date);
  });
});
