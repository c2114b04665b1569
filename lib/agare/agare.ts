// Owners and review dates ("Granska senast") of content items and insatser. Setting them and
// confirming that an item is still right change only these columns: no new version, no cache
// expiry, nothing on the public site. Both are authorized here and written to the audit log.
import { authorize, can, type Aktor, type Behorighet } from "../auth/permissions";
import { svensktDatum } from "../datum";
import type { PrismaClient } from "../db/generated/client";
import { innehallRedigering } from "../innehall";
import { GRANSKNING_MANADER, laggTillManader, somDag, somKolumn, type Agaruppgifter, type Slag } from "./schema";

type Redaktor = Aktor & { name: string };

/** The right that edits an item of this kind, and that its owner must have. */
export const redigeringsratt = (slag: Slag): Behorighet => (slag === "insats" ? "insats.redigera" : "innehall.redigera");

const objektTyp = (slag: Slag) => (slag === "insats" ? "Insats" : "Innehall");

/** Active accounts, not deleted, whose role may edit this kind of item: whom the form offers. */
export async function mojligaAgare(db: PrismaClient, slag: Slag) {
  const konton = await db.user.findMany({
    where: { aktiv: true, borttagen: null },
    select: { id: true, name: true, email: true, roll: true, skolaId: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return konton.filter((k) => can(k, redigeringsratt(slag))).map((k) => ({ id: k.id, namn: k.name, epost: k.email }));
}

/** The owner and date as the item's staff page shows them; null for an unknown id. */
export async function agarskap(db: Pick<PrismaClient, "insats" | "innehall">, slag: Slag, id: string) {
  const select = { agareId: true, granskaSenast: true, agare: { select: { name: true, aktiv: true, borttagen: true } } } as const;
  const rad =
    slag === "insats"
      ? await db.insats
          .findUnique({ where: { id }, select: { ...select, slug: true } })
          .then((r) => r && { ...r, lank: `/personal/insatser/${r.slug}` })
      : await db.innehall
          .findUnique({ where: { id }, select: { ...select, typ: true, nyckel: true } })
          .then((r) => r && { ...r, lank: innehallRedigering(r.typ, r.nyckel) });
  if (!rad) return null;
  return {
    /** The item's staff page. */
    lank: rad.lank,
    agareId: rad.agareId,
    agareNamn: rad.agare && !rad.agare.borttagen ? rad.agare.name : null,
    /** The owner can no longer sign in or was deleted: someone should pick a new one. */
    agareBorta: Boolean(rad.agare && (!rad.agare.aktiv || rad.agare.borttagen)),
    granskaSenast: somDag(rad.granskaSenast),
  };
}

export type Agarutfall = { ok: true; lank: string } | { ok: false; fel: Record<string, string> };

async function uppdatera(tx: Pick<PrismaClient, "insats" | "innehall">, slag: Slag, id: string, data: object) {
  const { count } =
    slag === "insats" ? await tx.insats.updateMany({ where: { id }, data }) : await tx.innehall.updateMany({ where: { id }, data });
  return count;
}

/** "Spara ägare och datum": the owner must be an active account that may edit the item. */
export async function sattAgare(
  db: PrismaClient,
  aktor: Redaktor | null,
  slag: Slag,
  id: string,
  data: Agaruppgifter,
): Promise<Agarutfall> {
  authorize(aktor, redigeringsratt(slag));
  const agare = await db.user.findUnique({
    where: { id: data.agare },
    select: { id: true, name: true, roll: true, skolaId: true, aktiv: true, borttagen: true },
  });
  if (!agare || agare.borttagen) return { ok: false, fel: { agare: "Kontot finns inte. Välj en ägare i listan." } };
  if (!agare.aktiv) return { ok: false, fel: { agare: `${agare.name} är avstängd och kan inte äga innehåll. Välj någon annan.` } };
  if (!can(agare, redigeringsratt(slag)))
    return {
      ok: false,
      fel: {
        agare: `${agare.name} får inte redigera ${slag === "insats" ? "insatser" : "innehållet"} och kan därför inte äga det. Välj någon annan.`,
      },
    };
  return db.$transaction(async (tx) => {
    const fore = await agarskap(tx, slag, id);
    if (!fore) return { ok: false as const, fel: { formular: "Det här finns inte längre." } };
    const nyttDatum = fore.granskaSenast !== data.granskaSenast;
    await uppdatera(tx, slag, id, {
      agareId: agare.id,
      granskaSenast: somKolumn(data.granskaSenast),
      // A new date is a new reminder: the ones sent were for the old date.
      ...(nyttDatum ? { paminnelse14Skickad: null, paminnelseSkickad: null } : {}),
    });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "agare.satt",
        objektTyp: objektTyp(slag),
        objektId: id,
        data: { franAgare: fore.agareId, agare: agare.id, franDatum: fore.granskaSenast, granskaSenast: data.granskaSenast },
      },
    });
    return { ok: true as const, lank: fore.lank };
  });
}

/**
 * "Bekräfta att innehållet stämmer": the date moves to today + 12 months. Only the date and the
 * reminders: no version, no cache expiry. Returns the new date, or null for an unknown id.
 */
export async function bekrafta(
  db: PrismaClient,
  aktor: Redaktor | null,
  slag: Slag,
  id: string,
  nu = new Date(),
): Promise<{ datum: string; lank: string } | null> {
  authorize(aktor, redigeringsratt(slag));
  const datum = laggTillManader(svensktDatum(nu), GRANSKNING_MANADER);
  return db.$transaction(async (tx) => {
    const fore = await agarskap(tx, slag, id);
    if (!fore) return null;
    await uppdatera(tx, slag, id, { granskaSenast: somKolumn(datum), paminnelse14Skickad: null, paminnelseSkickad: null });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "agare.bekraftad",
        objektTyp: objektTyp(slag),
        objektId: id,
        data: { franDatum: fore.granskaSenast, granskaSenast: datum },
      },
    });
    return { datum, lank: fore.lank };
  });
}
