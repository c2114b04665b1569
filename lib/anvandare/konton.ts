// Staff accounts, managed by admins. Every change is authorized here and written to the audit log.
import type { PrismaClient } from "../db/generated/client";
import { forLattAttGissa } from "../auth/losenordsregler";
import { hashPassword } from "../auth/password";
import { authorize, type Aktor } from "../auth/permissions";
import { avslutaAllaSessioner } from "../auth/sessioner";
import type { KontoAndring, NyttKonto } from "./schema";

type Admin = (Aktor & { name: string }) | null;

export async function skapaKonto(db: PrismaClient, aktor: Admin, data: NyttKonto) {
  authorize(aktor, "anvandare.hantera");
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    return { ok: false as const, fel: { email: "Det finns redan ett konto med den e-postadressen." } };
  }
  const gissbart = forLattAttGissa(data.losenord, [data.email, data.name]);
  if (gissbart) return { ok: false as const, fel: { losenord: gissbart } };
  const losenordHash = await hashPassword(data.losenord);
  const skolaId = data.roll === "REKTOR" ? data.skolaId : null;
  const user = await db.$transaction(async (tx) => {
    // The admin knows this password: the person chooses their own at first sign-in.
    const u = await tx.user.create({
      data: { email: data.email, name: data.name, roll: data.roll, skolaId, losenordHash, losenordMasteBytas: true },
    });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "anvandare.skapa",
        objektTyp: "anvandare",
        objektId: u.id,
        data: { roll: data.roll, skolaId },
      },
    });
    return u;
  });
  return { ok: true as const, id: user.id };
}

export async function andraKonto(db: PrismaClient, aktor: Admin, id: string, data: KontoAndring) {
  authorize(aktor, "anvandare.hantera");
  if (id === aktor.id && (!data.aktiv || data.roll !== "ADMIN")) {
    return { ok: false as const, fel: { formular: "Du kan inte stänga av ditt eget konto eller ta bort din egen administratörsroll." } };
  }
  const fore = await db.user.findUnique({ where: { id, borttagen: null }, select: { roll: true, skolaId: true, aktiv: true } });
  if (!fore) return { ok: false as const, fel: { formular: "Kontot finns inte." } };
  const skolaId = data.roll === "REKTOR" ? data.skolaId : null;
  // A disabled account, or one whose rights changed, signs in again: its sessions end now.
  const avsluta = !data.aktiv || fore.roll !== data.roll || fore.skolaId !== skolaId;
  await db.$transaction([
    db.user.update({ where: { id }, data: { roll: data.roll, skolaId, aktiv: data.aktiv } }),
    ...(avsluta ? [avslutaAllaSessioner(db, id)] : []),
    db.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: data.aktiv ? "anvandare.andra" : "anvandare.stang-av",
        objektTyp: "anvandare",
        objektId: id,
        data: { fran: fore, till: { roll: data.roll, skolaId, aktiv: data.aktiv } },
      },
    }),
  ]);
  return { ok: true as const };
}

/** An admin's "Logga ut överallt": every session of the account ends at once. */
export async function loggaUtOverallt(db: PrismaClient, aktor: Admin, id: string) {
  authorize(aktor, "anvandare.hantera");
  const { count } = await db.$transaction(async (tx) => {
    const r = await avslutaAllaSessioner(tx, id);
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "anvandare.logga-ut-overallt",
        objektTyp: "anvandare",
        objektId: id,
        data: { sessioner: r.count },
      },
    });
    return r;
  });
  return count;
}

export function kontolista(db: PrismaClient) {
  return db.user.findMany({
    where: { borttagen: null },
    orderBy: [{ aktiv: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, roll: true, aktiv: true, skola: { select: { id: true, namn: true } } },
  });
}
