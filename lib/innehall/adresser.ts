// Reading the old addresses into the proxy's in-memory map (lib/innehall/adresskarta.ts), and
// finding the pages whose published text links to an address.
import type { PrismaClient } from "../db/generated/client";
import { adresskarta } from "./adresskarta";
import { sokvag } from "./lankkontroll";
import { lankar } from "./markdown";
import { innehallstyp } from "./typer";

/**
 * Reads the table into the map when it has changed since the last read (row count and latest
 * change): one small query when nothing changed. Returns whether the map was replaced.
 */
export async function laddaAdresser(db: PrismaClient): Promise<boolean> {
  const karta = adresskarta();
  try {
    const [{ antal, senast }] = await db.$queryRaw<{ antal: number; senast: Date | null }[]>`
      SELECT count(*)::int AS antal, max(andrad) AS senast FROM "GammalAdress"`;
    const version = `${antal}:${senast?.getTime() ?? 0}`;
    if (karta.laddad && version === karta.version) return false;
    const rader = await db.gammalAdress.findMany({ select: { slug: true, till: true } });
    karta.adresser = new Map(rader.map((r) => [r.slug, r.till]));
    karta.version = version;
    karta.laddad = true;
    return true;
  } finally {
    karta.klar();
  }
}

export interface Lankande {
  typ: string;
  nyckel: string;
  titel: string;
  /** The links as written, e.g. "/gammal-adress#kontakt". */
  lankar: string[];
}

/** Published items whose Markdown links to any of `slugs` (as "/slug", "/slug/…", with or without ?/#). */
export async function lankarTill(db: PrismaClient, slugs: string[]): Promise<Lankande[]> {
  if (slugs.length === 0) return [];
  const mal = new Set(slugs);
  const items = await db.innehall.findMany({
    where: { avpublicerad: null, arkiverad: null },
    select: { typ: true, nyckel: true, publicerad: true },
    orderBy: [{ typ: "asc" }, { nyckel: "asc" }],
  });
  const ut: Lankande[] = [];
  for (const i of items) {
    const typ = innehallstyp(i.typ);
    const data = (i.publicerad ?? {}) as Record<string, unknown>;
    if (!typ || i.publicerad === null) continue;
    const traffar = typ.falt
      .filter((f) => f.slag === "markdown")
      .flatMap((f) => lankar(String(data[f.namn] ?? "")))
      .filter((href) => {
        const vag = sokvag(href);
        return vag !== null && mal.has(vag.split("/")[1] ?? "");
      });
    if (traffar.length > 0)
      ut.push({ typ: i.typ, nyckel: i.nyckel, titel: typ.titel(i.nyckel, data as never), lankar: [...new Set(traffar)] });
  }
  return ut;
}
