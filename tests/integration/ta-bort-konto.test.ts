import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { kontolista, skapaKonto } from "@/lib/anvandare/konton";
import { pseudonym, taBortKonto } from "@/lib/anvandare/ta-bort";
import { kontrolleraInloggning } from "@/lib/auth/login";
import { skickaLosenordslank } from "@/lib/auth/losenordslank";
import { hashPassword } from "@/lib/auth/password";
import { ForbiddenError } from "@/lib/auth/permissions";
import { startaSession } from "@/lib/auth/sessioner";
import { kryptera } from "@/lib/auth/totp-kryptering";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("tabortkonto"));
});
afterAll(() => drop());

const NAMN = "Rebecka Raderasson";
const EPOST = "rebecka.raderasson@exempel.se";

/** An editor who has done a little of everything the portal records. */
async function flitigRedaktor() {
  const u = await db.user.create({
    data: { email: EPOST, name: NAMN, roll: "REDAKTOR", losenordHash: await hashPassword("Rebeckas-lösenord-1") },
  });
  await db.user.update({
    where: { id: u.id },
    data: { ...kryptera(u.id, "JBSWY3DPEHPK3PXP"), aterstallningskoder: { create: [{ hash: "x" }] } },
  });
  await startaSession(db, { userId: u.id, leverantor: "credentials", userAgent: null });
  const insats = await db.insats.findFirstOrThrow();
  await db.insatsUppdatering.create({
    data: { insatsId: insats.id, forfattareId: u.id, forfattarNamn: NAMN, tillStatus: "PAGAR", tillProgress: 40, kommentar: "Halvvägs." },
  });
  await db.granskningshandelse.create({
    data: { aktorId: u.id, aktorNamn: NAMN, handling: "insats.status", objektTyp: "insats", objektId: insats.slug },
  });
  const synpunkt = await db.synpunkt.create({
    data: { typ: "FRAGA", meddelande: "Hej", idempotensnyckel: "ta-bort-1", handlaggareId: u.id },
  });
  await db.synpunktHandelse.create({ data: { synpunktId: synpunkt.id, typ: "ANTECKNING", aktorId: u.id, text: "Intern notering" } });
  await skickaLosenordslank(db, aktor.ADMIN, u.id);
  return { u, insats, synpunkt };
}

describe("deleting a staff account", () => {
  it("only an admin may, and not their own account", async () => {
    const u = await db.user.create({
      data: {
        email: "behorighet-ta-bort@exempel.se",
        name: "Kvar Kvarsson",
        roll: "REKTOR",
        skolaId: (await db.skola.findFirstOrThrow()).id,
      },
    });
    await expect(taBortKonto(db, aktor.REDAKTOR, u.id)).rejects.toThrow(ForbiddenError);
    expect(await taBortKonto(db, aktor.ADMIN, aktor.ADMIN.id)).toMatchObject({
      ok: false,
      fel: { formular: expect.stringContaining("ditt eget") },
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({ name: "Kvar Kvarsson", borttagen: null });
  });

  it("removes the personal data and leaves a tombstone with a pseudonym", async () => {
    const { u } = await flitigRedaktor();
    const utfall = await taBortKonto(db, aktor.ADMIN, u.id);
    expect(utfall).toEqual({ ok: true, pseudonym: pseudonym(u.id) });
    expect(pseudonym(u.id)).toMatch(/^Borttaget konto [0-9a-f]{4}$/);

    const rad = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(rad).toMatchObject({
      name: pseudonym(u.id),
      losenordHash: null,
      totpHemlighet: null,
      totpNyckel: null,
      aktiv: false,
      skolaId: null,
    });
    expect(rad.email).not.toContain("rebecka");
    expect(rad.borttagen).not.toBeNull();
    expect(await db.session.count({ where: { userId: u.id } })).toBe(0);
    expect(await db.aterstallningskod.count({ where: { userId: u.id } })).toBe(0);
    expect(await db.losenordslank.count({ where: { userId: u.id } })).toBe(0);
    expect(await db.utskick.count({ where: { till: EPOST } })).toBe(0);
    expect(await kontrolleraInloggning(db, { email: EPOST, password: "Rebeckas-lösenord-1", klient: "192.0.2.200" })).toEqual({
      ok: false,
      orsak: "fel",
    });
    expect((await kontolista(db)).map((k) => k.id)).not.toContain(u.id);
  });

  it("keeps the audit log and the timelines readable under the pseudonym", async () => {
    const email = "ture.tidslinje@exempel.se";
    const u = await db.user.create({
      data: { email, name: "Ture Tidslinje", roll: "HANDLAGGARE", losenordHash: await hashPassword("Tures-lösenord-12") },
    });
    const insats = await db.insats.findFirstOrThrow();
    await db.insatsUppdatering.create({
      data: { insatsId: insats.id, forfattareId: u.id, forfattarNamn: u.name, tillStatus: "KLAR", tillProgress: 100, kommentar: "Klart." },
    });
    await db.granskningshandelse.create({
      data: { aktorId: u.id, aktorNamn: u.name, handling: "synpunkt.svar", objektTyp: "synpunkt", objektId: "1" },
    });
    const synpunkt = await db.synpunkt.create({ data: { typ: "KLAGOMAL", meddelande: "Hm", idempotensnyckel: "ta-bort-2" } });
    await db.synpunktHandelse.create({ data: { synpunktId: synpunkt.id, typ: "SVAR_SKICKAT", aktorId: u.id, text: "Svar" } });

    await taBortKonto(db, aktor.ADMIN, u.id);
    const namn = pseudonym(u.id);
    expect((await db.granskningshandelse.findMany({ where: { aktorId: u.id } })).map((g) => g.aktorNamn)).toEqual([namn]);
    expect((await db.insatsUppdatering.findMany({ where: { forfattareId: u.id } })).map((i) => i.forfattarNamn)).toEqual([namn]);
    const handelse = await db.synpunktHandelse.findFirstOrThrow({
      where: { synpunktId: synpunkt.id },
      include: { aktor: { select: { name: true } } },
    });
    expect(handelse.aktor?.name).toBe(namn);
    expect(handelse.text).toBe("Svar");

    const borttagen = await db.granskningshandelse.findFirstOrThrow({ where: { handling: "anvandare.ta-bort", objektId: u.id } });
    expect(borttagen).toMatchObject({ aktorId: aktor.ADMIN.id });
    expect(JSON.stringify(borttagen)).not.toContain("Ture");
    expect(JSON.stringify(borttagen)).not.toContain(email);
    const kvar = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "Granskningshandelse" WHERE "aktorNamn" LIKE '%Ture%' OR data::text LIKE '%Ture%'`,
    );
    expect(kvar[0].n).toBe(0);
  });

  it("the address can be used for a new account afterwards, and a deleted account cannot be deleted again", async () => {
    const email = "ater@exempel.se";
    const u = await db.user.create({ data: { email, name: "Åter Använd", roll: "REDAKTOR" } });
    await taBortKonto(db, aktor.ADMIN, u.id);
    expect(await taBortKonto(db, aktor.ADMIN, u.id)).toMatchObject({ ok: false });
    expect(
      await skapaKonto(db, aktor.ADMIN, {
        email,
        name: "Ny Person",
        roll: "REDAKTOR",
        skolaId: null,
        losenord: "Ett helt nytt lösenord för Åter",
      }),
    ).toMatchObject({ ok: true });
  });
});
