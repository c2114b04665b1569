// Deleting a staff account (GDPR, right to erasure). The User row stays as a tombstone: the
// audit log, the case timelines, the insatser's public history and the content versions point at
// it by foreign key, and a tombstone keeps those rows whole without turning every actor into
// "unknown". What made it a person goes: name (replaced by a pseudonym, also where the name was
// copied beside the id), e-mail, password, second factor, sessions, codes, links and their mails.
import { createHash } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";
import { kontonyckel } from "../auth/strypning";
import { authorize, type Aktor } from "../auth/permissions";
import { expireTags, taggar } from "../cache";
import { logger } from "../logger";

/** "Borttaget konto 7f3a": the same for an account every time, unrelated to its name. */
export const pseudonym = (id: string) => `Borttaget konto ${createHash("sha256").update(`borttaget:${id}`).digest("hex").slice(0, 4)}`;

export async function taBortKonto(db: PrismaClient, aktor: (Aktor & { name: string }) | null, id: string) {
  authorize(aktor, "anvandare.ta-bort");
  if (id === aktor.id) return { ok: false as const, fel: { formular: "Du kan inte ta bort ditt eget konto. Be en annan administratör." } };
  const user = await db.user.findUnique({ where: { id }, select: { email: true, name: true, roll: true, borttagen: true } });
  if (!user || user.borttagen) return { ok: false as const, fel: { formular: "Kontot finns inte." } };
  const namn = pseudonym(id);
  const schemalagd = (n: string) => `Schemalagd av ${n}.`;
  await db.$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { userId: id } });
    await tx.aterstallningskod.deleteMany({ where: { userId: id } });
    await tx.account.deleteMany({ where: { userId: id } });
    // Its mails (to the person's address) go with it.
    await tx.losenordslank.deleteMany({ where: { userId: id } });
    await tx.redigeringsnarvaro.deleteMany({ where: { userId: id } });
    await tx.inloggningsgrans.deleteMany({ where: { nyckel: kontonyckel(user.email) } });
    await tx.user.update({
      where: { id },
      data: {
        name: namn,
        // Unique and undeliverable (RFC 2606); the real address can be given to a new account.
        email: `borttaget-${id}@konto.invalid`,
        emailVerified: null,
        image: null,
        losenordHash: null,
        losenordMasteBytas: false,
        totpHemlighet: null,
        totpNyckel: null,
        totpSenasteSteg: null,
        skolaId: null,
        aktiv: false,
        borttagen: new Date(),
      },
    });
    // The name as it was copied beside the id when something was done.
    await tx.granskningshandelse.updateMany({ where: { aktorId: id }, data: { aktorNamn: namn } });
    await tx.insatsUppdatering.updateMany({ where: { forfattareId: id }, data: { forfattarNamn: namn } });
    await tx.innehallVersion.updateMany({ where: { forfattareId: id }, data: { forfattarNamn: namn } });
    await tx.innehall.updateMany({ where: { utkastAvId: id }, data: { utkastAvNamn: namn } });
    // A scheduled publish carries its scheduler's name into the version and audit row it writes.
    const planerade = await tx.schemalagdPublicering.findMany({
      where: { skapadAvId: id },
      select: { innehallId: true, innehall: { select: { nyckel: true } } },
    });
    if (planerade.length > 0) {
      await tx.schemalagdPublicering.updateMany({ where: { skapadAvId: id }, data: { skapadAvNamn: namn } });
      await tx.innehallVersion.updateMany({
        where: { forfattareId: null, kommentar: schemalagd(user.name), innehallId: { in: planerade.map((p) => p.innehallId) } },
        data: { kommentar: schemalagd(namn) },
      });
      await tx.$executeRaw`
        UPDATE "Granskningshandelse" SET data = jsonb_set(data, '{kommentar}', to_jsonb(${schemalagd(namn)}::text))
         WHERE "aktorId" IS NULL AND data->>'kommentar' = ${schemalagd(user.name)}
           AND "objektId" = ANY(${planerade.map((p) => p.innehall.nyckel)}::text[])`;
    }
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "anvandare.ta-bort",
        objektTyp: "anvandare",
        objektId: id,
        data: { roll: user.roll, pseudonym: namn },
      },
    });
  });
  // The public history of an insats shows who wrote each entry.
  expireTags(taggar.insatssidor);
  logger.info({ handelse: "anvandare.borttaget", userId: id }, "Konto borttaget");
  return { ok: true as const, pseudonym: namn };
}
