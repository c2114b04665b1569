import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ForbiddenError } from "@/lib/auth/permissions";
import { kontrolleraSession, startaSession } from "@/lib/auth/sessioner";
import { hittaLank, LANK_OGILTIG, LANK_TIMMAR, skickaLosenordslank, valjNyttLosenord } from "@/lib/auth/losenordslank";
import { skickaVantande, type Brev } from "@/lib/utskick";
import { UTSKICKSLANKAR } from "@/lib/utskicksmallar";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("losenordslank"));
});
afterAll(() => drop());

const NYTT = "Sju gröna ankor simmar i Slottsskogen";
const timmar = (t: Date, h: number) => new Date(t.getTime() + h * 3_600_000);

async function konto(email: string, aktiv = true) {
  return db.user.create({
    data: { email, name: "Glömsk Person", roll: "HANDLAGGARE", aktiv, losenordHash: await hashPassword("Gammalt-lösenord-1") },
  });
}

/** Sends what the outbox holds and returns the key in the mail to `till`. */
async function skickaOchLasNyckel(till: string, nu = new Date()): Promise<{ nyckel: string; brev: Brev }> {
  const brev: Brev[] = [];
  await skickaVantande(db, async (b) => void brev.push(b), UTSKICKSLANKAR, nu);
  const mitt = brev.find((b) => b.till === till);
  if (!mitt) throw new Error(`inget mejl till ${till}`);
  const nyckel = /\/nytt-losenord\/([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/.exec(mitt.text)?.[1];
  if (!nyckel) throw new Error(`ingen länk i ${mitt.text}`);
  return { nyckel, brev: mitt };
}

describe("an admin sends a link for a new password", () => {
  it("only an admin may", async () => {
    const u = await konto("bara-admin@exempel.se");
    await expect(skickaLosenordslank(db, aktor.REDAKTOR, u.id)).rejects.toThrow(ForbiddenError);
    expect(await db.utskick.count({ where: { till: u.email } })).toBe(0);
  });

  it("queues a mail; the key is made when it goes out and only its hash is stored", async () => {
    const u = await konto("glomsk@exempel.se");
    expect(await skickaLosenordslank(db, aktor.ADMIN, u.id)).toEqual({ ok: true });
    const koad = await db.utskick.findFirstOrThrow({ where: { till: u.email } });
    expect(koad.amne).toContain("lösenord");
    const nu = new Date();
    const { nyckel, brev } = await skickaOchLasNyckel(u.email, nu);
    expect(brev.text).toContain(`gäller i ${LANK_TIMMAR} timme`);
    const lank = await db.losenordslank.findFirstOrThrow({ where: { userId: u.id } });
    expect(lank.hash).not.toBeNull();
    expect(lank.hash).not.toContain(nyckel);
    expect(lank.giltigTill!.getTime() - nu.getTime()).toBe(LANK_TIMMAR * 3_600_000);
    const sparat = await db.utskick.findUniqueOrThrow({ where: { id: koad.id } });
    expect(sparat.text).not.toContain(nyckel);
    expect(
      await db.granskningshandelse.count({
        where: { handling: "anvandare.losenordslank-skickad", objektId: u.id, aktorId: aktor.ADMIN.id },
      }),
    ).toBe(1);
  });

  it("is refused for a disabled account", async () => {
    const u = await konto("avstangd-lank@exempel.se", false);
    expect(await skickaLosenordslank(db, aktor.ADMIN, u.id)).toMatchObject({
      ok: false,
      fel: { formular: expect.stringContaining("avstängt") },
    });
  });
});

describe("following the link", () => {
  it("sets the new password, ends every session, and works once", async () => {
    const u = await konto("folj-lanken@exempel.se");
    const s1 = await startaSession(db, { userId: u.id, leverantor: "credentials", userAgent: null });
    await db.user.update({ where: { id: u.id }, data: { losenordMasteBytas: true } });
    await skickaLosenordslank(db, aktor.ADMIN, u.id);
    const { nyckel } = await skickaOchLasNyckel(u.email);
    expect(await hittaLank(db, nyckel)).toMatchObject({ userId: u.id });

    // Rules first: a guessable password is refused and the link still works.
    expect(await valjNyttLosenord(db, nyckel, { nytt: "password1234", upprepa: "password1234" })).toMatchObject({
      ok: false,
      fel: { nytt: expect.any(String) },
    });
    expect(await hittaLank(db, nyckel)).not.toBeNull();

    expect(await valjNyttLosenord(db, nyckel, { nytt: NYTT, upprepa: NYTT })).toEqual({ ok: true });
    const rad = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verifyPassword(NYTT, rad.losenordHash!)).toBe(true);
    expect(rad.losenordMasteBytas).toBe(false);
    expect(await kontrolleraSession(db, s1)).toBeNull();
    expect(await db.granskningshandelse.count({ where: { handling: "anvandare.losenord-via-lank", objektId: u.id, aktorId: u.id } })).toBe(
      1,
    );

    expect(await hittaLank(db, nyckel)).toBeNull();
    expect(await valjNyttLosenord(db, nyckel, { nytt: `${NYTT} igen`, upprepa: `${NYTT} igen` })).toEqual({
      ok: false,
      fel: { formular: LANK_OGILTIG },
    });
    expect(await verifyPassword(NYTT, (await db.user.findUniqueOrThrow({ where: { id: u.id } })).losenordHash!)).toBe(true);
  });

  it(`expires after ${LANK_TIMMAR} hour, and an unknown key gets the same message`, async () => {
    const u = await konto("utgangen-lank@exempel.se");
    await skickaLosenordslank(db, aktor.ADMIN, u.id);
    const nu = new Date();
    const { nyckel } = await skickaOchLasNyckel(u.email, nu);
    const senare = timmar(nu, LANK_TIMMAR + 0.01);
    expect(await hittaLank(db, nyckel, senare)).toBeNull();
    expect(await valjNyttLosenord(db, nyckel, { nytt: NYTT, upprepa: NYTT }, senare)).toEqual({
      ok: false,
      fel: { formular: LANK_OGILTIG },
    });
    expect(await valjNyttLosenord(db, "A".repeat(32), { nytt: NYTT, upprepa: NYTT })).toEqual({
      ok: false,
      fel: { formular: LANK_OGILTIG },
    });
    expect(await valjNyttLosenord(db, "inte en nyckel", { nytt: NYTT, upprepa: NYTT })).toEqual({
      ok: false,
      fel: { formular: LANK_OGILTIG },
    });
    expect(await db.granskningshandelse.count({ where: { handling: "anvandare.losenord-via-lank-nekad", objektId: u.id } })).toBe(1);
  });

  it("a new link replaces an earlier one", async () => {
    const u = await konto("ny-lank@exempel.se");
    await skickaLosenordslank(db, aktor.ADMIN, u.id);
    const { nyckel: forsta } = await skickaOchLasNyckel(u.email);
    await skickaLosenordslank(db, aktor.ADMIN, u.id);
    const { nyckel: andra } = await skickaOchLasNyckel(u.email);
    expect(await hittaLank(db, forsta)).toBeNull();
    expect(await hittaLank(db, andra)).toMatchObject({ userId: u.id });
  });
});
