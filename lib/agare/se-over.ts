// "Innehåll att se över": content items and insatser whose review date is past or within
// PAMINNELSE_DAGAR days, and those without an owner (or whose owner can no longer sign in).
// Archived items are left out: nothing on the public site to review.
import { svensktDatum } from "../datum";
import type { PrismaClient } from "../db/generated/client";
import { innehallGrupp, innehallRedigering, innehallTitel } from "../innehall";
import { laggTillDagar, PAMINNELSE_DAGAR, somDag, somKolumn } from "./schema";

export type Kategori = "forfallen" | "snart" | "utan-agare";

export const kategorinamn: Record<Kategori, string> = {
  forfallen: "Datumet har passerat",
  snart: `Inom ${PAMINNELSE_DAGAR} dagar`,
  "utan-agare": "Saknar ägare",
};

export interface SeOverRad {
  slag: "innehall" | "insats";
  id: string;
  titel: string;
  grupp: string;
  lank: string;
  granskaSenast: string;
  agareNamn: string | null;
  kategorier: Kategori[];
}

const agareVal = { select: { name: true, aktiv: true, borttagen: true } } as const;

/** `mina`: only what the user owns (then "without an owner" cannot be theirs). Sorted by date. */
export async function seOver(db: PrismaClient, { userId, mina, nu = new Date() }: { userId: string; mina: boolean; nu?: Date }) {
  const idag = svensktDatum(nu);
  const grans = somKolumn(laggTillDagar(idag, PAMINNELSE_DAGAR));
  const utanAgare = [{ agareId: null }, { agare: { aktiv: false } }, { agare: { borttagen: { not: null } } }];
  const where = mina
    ? { arkiverad: null, agareId: userId, granskaSenast: { lte: grans } }
    : { arkiverad: null, OR: [{ granskaSenast: { lte: grans } }, ...utanAgare] };
  const [innehall, insatser] = await Promise.all([
    db.innehall.findMany({
      where,
      select: { id: true, typ: true, nyckel: true, utkast: true, publicerad: true, granskaSenast: true, agare: agareVal },
      orderBy: [{ granskaSenast: "asc" }, { id: "asc" }],
      take: 500,
    }),
    db.insats.findMany({
      where,
      select: { id: true, slug: true, titel: true, granskaSenast: true, agare: agareVal },
      orderBy: [{ granskaSenast: "asc" }, { id: "asc" }],
      take: 500,
    }),
  ]);
  const kategorier = (datum: string, agare: { aktiv: boolean; borttagen: Date | null } | null): Kategori[] => [
    ...(datum < idag ? (["forfallen"] as const) : datum <= somDag(grans) ? (["snart"] as const) : []),
    ...(!agare || !agare.aktiv || agare.borttagen ? (["utan-agare"] as const) : []),
  ];
  const rader: SeOverRad[] = [
    ...innehall.map((i) => ({
      slag: "innehall" as const,
      id: i.id,
      titel: innehallTitel(i.typ, i.nyckel, i.utkast ?? i.publicerad),
      grupp: innehallGrupp(i.typ),
      lank: innehallRedigering(i.typ, i.nyckel),
      granskaSenast: somDag(i.granskaSenast),
      agareNamn: i.agare && !i.agare.borttagen ? i.agare.name : null,
      kategorier: kategorier(somDag(i.granskaSenast), i.agare),
    })),
    ...insatser.map((i) => ({
      slag: "insats" as const,
      id: i.id,
      titel: i.titel,
      grupp: "Insatser",
      lank: `/personal/insatser/${i.slug}`,
      granskaSenast: somDag(i.granskaSenast),
      agareNamn: i.agare && !i.agare.borttagen ? i.agare.name : null,
      kategorier: kategorier(somDag(i.granskaSenast), i.agare),
    })),
  ];
  return rader.sort((a, b) => a.granskaSenast.localeCompare(b.granskaSenast) || a.titel.localeCompare(b.titel, "sv"));
}
