// The pieces of review before publishing (lib/innehall/granskning.ts) that the editing path
// itself needs: whether an item must be reviewed, and withdrawing a request (or an approved,
// scheduled publish) when the draft changes after it was sent. Kept apart so that redigera.ts,
// schemalagt.ts and autospara.ts need not import the review steps, which import them.
import type { Prisma, PrismaClient } from "../db/generated/client";
import type { Innehallstyp } from "./typ";

type Lasare = PrismaClient | Prisma.TransactionClient;

/**
 * An admin's setting for the whole type ("Kräver granskning" on /personal/innehall), kept in
 * InnehallstypInstallning so it changes without a deploy. Read with a plain query: only staff
 * actions and staff pages ask.
 */
export async function typKraverGranskning(db: Lasare, typNamn: string): Promise<boolean> {
  const rad = await db.innehallstypInstallning.findUnique({ where: { typ: typNamn }, select: { kraverGranskning: true } });
  return rad?.kraverGranskning ?? false;
}

/**
 * Review before publishing: the type asks it of every item in code (`granskning: true`), an admin
 * asked it of the type (the setting), or an admin asked it of this item.
 */
export async function kraverGranskning(
  db: Lasare,
  typ: Pick<Innehallstyp, "granskning" | "typ">,
  item: { kraverGranskning: boolean },
): Promise<boolean> {
  return typ.granskning === true || item.kraverGranskning || (await typKraverGranskning(db, typ.typ));
}

const kanonisk = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

/**
 * After the draft was written (the caller holds the item's row): when a request waits and the
 * draft now differs from the version sent, the request is withdrawn, with a version row and an
 * audit entry. A reviewer can then never approve something other than what the draft says, and
 * the author sends again when done. Saving the same text again keeps the request.
 */
export async function aterkallaOmAndrad(
  tx: Prisma.TransactionClient,
  aktor: { id: string | null; name: string },
  item: { id: string; typ: string; nyckel: string },
  data: Record<string, unknown>,
): Promise<boolean> {
  await avbrytGodkandOmAndrad(tx, aktor, item, data);
  const g = await tx.granskning.findFirst({
    where: { innehallId: item.id, status: "VANTAR" },
    select: { id: true, nummer: true, data: true },
  });
  if (!g || kanonisk(g.data) === kanonisk(data)) return false;
  await tx.granskning.update({ where: { id: g.id }, data: { status: "ATERKALLAD", avgjord: new Date() } });
  await skrivAterkallelse(tx, aktor, item, data, `Granskningen av version ${g.nummer} drogs tillbaka eftersom utkastet ändrades.`, {
    skickad: g.nummer,
  });
  return true;
}

/** The history row ("Granskningen drogs tillbaka") and the audit entry of a withdrawal, with `logg` added to the entry's data. */
async function skrivAterkallelse(
  tx: Prisma.TransactionClient,
  aktor: { id: string | null; name: string },
  item: { id: string; typ: string; nyckel: string },
  data: Record<string, unknown>,
  kommentar: string,
  logg: Record<string, string | number>,
): Promise<void> {
  const { _max } = await tx.innehallVersion.aggregate({ where: { innehallId: item.id }, _max: { nummer: true } });
  const nummer = (_max.nummer ?? 0) + 1;
  await tx.innehallVersion.create({
    data: {
      innehallId: item.id,
      nummer,
      handling: "GRANSKNING_ATERKALLAD",
      data: data as Prisma.InputJsonObject,
      forfattareId: aktor.id,
      forfattarNamn: aktor.name,
      kommentar,
    },
  });
  await tx.granskningshandelse.create({
    data: {
      aktorId: aktor.id,
      aktorNamn: aktor.name,
      handling: "innehall.granskning-aterkallad",
      objektTyp: item.typ,
      objektId: item.nyckel,
      data: { version: nummer, ...logg },
    },
  });
}

/**
 * "Godkänn och publicera <tid>" publishes exactly the approved version later. When the draft
 * changes before then (the caller holds the item's row), that scheduled publish is cancelled, as
 * a change withdraws a waiting request: what goes live on a schedule is what the draft says and a
 * reviewer approved, or nothing. The author sends the new text for review again.
 */
export async function avbrytGodkandOmAndrad(
  tx: Prisma.TransactionClient,
  aktor: { id: string | null; name: string },
  item: { id: string; typ: string; nyckel: string },
  data: Record<string, unknown>,
): Promise<number> {
  const rader = await tx.schemalagdPublicering.findMany({
    where: { innehallId: item.id, granskningId: { not: null }, utford: null, avbruten: null },
    select: { id: true, data: true, granskning: { select: { nummer: true } } },
  });
  let antal = 0;
  for (const r of rader) {
    if (kanonisk(r.data) === kanonisk(data)) continue;
    const { count } = await tx.schemalagdPublicering.updateMany({
      where: { id: r.id, utford: null, avbruten: null },
      data: { avbruten: new Date() },
    });
    if (count === 0) continue;
    antal += 1;
    await skrivAterkallelse(
      tx,
      aktor,
      item,
      data,
      `Den godkända publiceringen av version ${r.granskning?.nummer ?? "?"} avbröts eftersom utkastet ändrades.`,
      { schema: r.id },
    );
  }
  return antal;
}
