// The two pieces of review before publishing (lib/innehall/granskning.ts) that the editing path
// itself needs: whether an item must be reviewed, and withdrawing a request when the draft
// changes after it was sent. Kept apart so that redigera.ts and autospara.ts need not import the
// review steps, which import them.
import type { Prisma } from "../db/generated/client";
import type { Innehallstyp } from "./typ";

/** Review before publishing: the type asks it of every item, or an admin asked it of this one. */
export function kraverGranskning(typ: Pick<Innehallstyp, "granskning">, item: { kraverGranskning: boolean }): boolean {
  return typ.granskning === true || item.kraverGranskning;
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
  const g = await tx.granskning.findFirst({
    where: { innehallId: item.id, status: "VANTAR" },
    select: { id: true, nummer: true, data: true },
  });
  if (!g || kanonisk(g.data) === kanonisk(data)) return false;
  await tx.granskning.update({ where: { id: g.id }, data: { status: "ATERKALLAD", avgjord: new Date() } });
  const { _max } = await tx.innehallVersion.aggregate({ where: { innehallId: item.id }, _max: { nummer: true } });
  const nummer = (_max.nummer ?? 0) + 1;
  const kommentar = `Granskningen av version ${g.nummer} drogs tillbaka eftersom utkastet ändrades.`;
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
      data: { version: nummer, skickad: g.nummer },
    },
  });
  return true;
}
