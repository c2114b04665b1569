// Autosave: with JavaScript the open edit form saves its draft a few seconds after the last
// change. It writes the draft row only, with the same optimistic concurrency as every save (a
// save from a stale version is refused and shown as a conflict), and no version and no audit
// entry: the history keeps the explicit steps ("Spara utkast", publishing, restoring) and does
// not fill with one version per pause in typing. What autosave wrote is the draft the edit form
// shows next time, and the next explicit step makes it a version.
import { aterkallaOmAndrad } from "./granskningsrad";
import type { PrismaClient, Prisma } from "../db/generated/client";
import { faltfel } from "../atgard/faltfel";
import { authorize } from "../auth/permissions";
import type { Fel, Redigerare } from "./redigera";
import { innehallstyp } from "./typer";

export type AutoUtfall =
  | { ok: true; version: number; sparad: Date }
  | { ok: false; orsak: "finns-inte" }
  | { ok: false; orsak: "ogiltig"; fel: Fel }
  | { ok: false; orsak: "konflikt"; aktuell: { data: Record<string, unknown>; version: number; av: string | null } };

/** JSON with object keys sorted: jsonb does not keep the order keys were written in. */
function kanonisk(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x,
  );
}

export async function autospara(
  db: PrismaClient,
  aktor: Redigerare | null,
  typNamn: string,
  nyckel: string,
  s: { data: Record<string, unknown>; version: number },
): Promise<AutoUtfall> {
  authorize(aktor, "innehall.redigera");
  const typ = innehallstyp(typNamn);
  if (!typ) return { ok: false, orsak: "finns-inte" };
  const parsed = typ.schema.safeParse(s.data);
  if (!parsed.success) return { ok: false, orsak: "ogiltig", fel: faltfel(parsed.error) };
  const fel = (await typ.kontrollera?.(db, nyckel, parsed.data)) ?? {};
  if (Object.keys(fel).length > 0) return { ok: false, orsak: "ogiltig", fel };
  return db.$transaction(async (tx) => {
    const item = await tx.innehall.findUnique({
      where: { typ_nyckel: { typ: typ.typ, nyckel } },
      select: { id: true, version: true, utkast: true, publicerad: true, utkastAvNamn: true, utkastAndrad: true },
    });
    if (!item) return { ok: false as const, orsak: "finns-inte" as const };
    const konflikt = () => ({
      ok: false as const,
      orsak: "konflikt" as const,
      aktuell: { data: (item.utkast ?? item.publicerad ?? {}) as Record<string, unknown>, version: item.version, av: item.utkastAvNamn },
    });
    if (item.version !== s.version) return konflikt();
    // Nothing changed since the last save (typed and taken back): no write, the version stays.
    if (kanonisk(item.utkast ?? item.publicerad) === kanonisk(parsed.data))
      return { ok: true as const, version: item.version, sparad: item.utkastAndrad ?? new Date() };
    const sparad = new Date();
    const { count } = await tx.innehall.updateMany({
      where: { id: item.id, version: s.version },
      data: {
        utkast: parsed.data as Prisma.InputJsonObject,
        utkastAvId: aktor.id,
        utkastAvNamn: aktor.name,
        utkastAndrad: sparad,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      const nu = await tx.innehall.findUniqueOrThrow({
        where: { id: item.id },
        select: { utkast: true, publicerad: true, version: true, utkastAvNamn: true },
      });
      return {
        ok: false as const,
        orsak: "konflikt" as const,
        aktuell: { data: (nu.utkast ?? nu.publicerad ?? {}) as Record<string, unknown>, version: nu.version, av: nu.utkastAvNamn },
      };
    }
    await aterkallaOmAndrad(tx, { id: aktor.id, name: aktor.name }, { id: item.id, typ: typ.typ, nyckel }, parsed.data);
    return { ok: true as const, version: s.version + 1, sparad };
  });
}
