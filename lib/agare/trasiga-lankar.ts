// The scheduled link check (the job lankkontroll): every published content item's texts (all
// Markdown fields and link lists, language versions too) and every active insats's description
// are read for links. Internal links are checked against what the site answers, with the same
// rules as publishing (lib/innehall sokvagFinns: archived pages, old addresses that redirect, …);
// external ones over HTTP, only on allowlisted hosts (./externa-lankar.ts), each address once a
// run however many pages use it. The broken ones are kept in TrasigLank and listed per item for
// its owner ("Innehåll att se över" and the item's own page).
//
// A run replaces an item's rows in one transaction holding a per-item advisory lock, so a reader
// never sees half a run's result and two runs at once write one row per link, not two.
import type { PrismaClient } from "../db/generated/client";
import { innehallAdress, innehallLankar, innehallRedigering, innehallTitel, sokvag, sokvagFinns, textLankar } from "../innehall";
import { kontrolleraExtern, lankinstallningar, takt, tillatenVard, type Lankinstallningar, type Lankutfall } from "./externa-lankar";

export type Lankslag = "intern" | "extern";

interface Sak {
  nyckel: { innehallId: string } | { insatsId: string };
  id: string;
  /** The item's own public address: a link to itself is never broken. */
  egen: string | null;
  lankar: string[];
}

export interface Lankkontrollutfall {
  /** Items read. */
  saker: number;
  /** Distinct external addresses requested. */
  externa: number;
  /** Broken links stored after the run. */
  trasiga: number;
}

const NOT_FOUND = "Sidan finns inte";

const externAdress = (href: string) => /^https?:\/\//i.test(href);
const utanFragment = (href: string) => href.split("#")[0];

/** One run. `installningar` and `nu` for the tests; the job reads the environment. */
export async function kontrolleraLankar(
  db: PrismaClient,
  { installningar = lankinstallningar(), nu = new Date() }: { installningar?: Lankinstallningar; nu?: Date } = {},
): Promise<Lankkontrollutfall> {
  const [innehall, insatser] = await Promise.all([
    db.innehall.findMany({
      where: { avpublicerad: null, arkiverad: null },
      select: { id: true, typ: true, nyckel: true, publicerad: true },
      orderBy: { id: "asc" },
    }),
    db.insats.findMany({ where: { arkiverad: null }, select: { id: true, slug: true, beskrivning: true }, orderBy: { id: "asc" } }),
  ]);
  const saker: Sak[] = [
    ...innehall
      .filter((i) => i.publicerad !== null)
      .map((i) => ({
        nyckel: { innehallId: i.id },
        id: i.id,
        egen: innehallAdress(i.typ, i.nyckel, i.publicerad),
        lankar: innehallLankar(i.typ, i.publicerad),
      })),
    ...insatser.map((i) => ({
      nyckel: { insatsId: i.id },
      id: i.id,
      egen: `/insatser/${i.slug}`,
      lankar: [...new Set(textLankar(i.beskrivning))],
    })),
  ];

  // Internal paths once each; external addresses once each, one at a time at the allowed rate.
  const interna = new Map<string, Promise<boolean>>();
  const finns = (vag: string) => {
    if (!interna.has(vag)) interna.set(vag, sokvagFinns(db, vag));
    return interna.get(vag)!;
  };
  const externa = new Map<string, Lankutfall>();
  const vanta = takt(installningar.perMinut);
  for (const href of saker.flatMap((s) => s.lankar)) {
    const adress = utanFragment(href);
    if (!externAdress(href) || externa.has(adress) || !tillatenVard(adress, installningar.vardar)) continue;
    externa.set(adress, await kontrolleraExtern(adress, installningar, vanta));
  }

  for (const sak of saker) {
    const trasiga = new Map<string, { slag: Lankslag; orsak: string }>();
    const behall: string[] = [];
    for (const href of sak.lankar) {
      const vag = sokvag(href);
      if (vag !== null) {
        if (vag !== sak.egen && !(await finns(vag))) trasiga.set(href, { slag: "intern", orsak: NOT_FOUND });
        continue;
      }
      const utfall = externAdress(href) ? externa.get(utanFragment(href)) : undefined;
      if (utfall?.lage === "trasig") trasiga.set(href, { slag: "extern", orsak: utfall.orsak });
      else if (utfall?.lage === "okand") behall.push(href);
    }
    await ersatt(db, sak, trasiga, behall, nu);
  }

  // Items taken off the site since: nothing there to be broken.
  await db.trasigLank.deleteMany({
    where: {
      OR: [
        { innehall: { is: { OR: [{ arkiverad: { not: null } }, { avpublicerad: { not: null } }] } } },
        { insats: { is: { arkiverad: { not: null } } } },
      ],
    },
  });
  return { saker: saker.length, externa: externa.size, trasiga: await db.trasigLank.count() };
}

/** Replaces one item's rows: one transaction, one writer per item at a time. */
async function ersatt(db: PrismaClient, sak: Sak, trasiga: Map<string, { slag: Lankslag; orsak: string }>, behall: string[], nu: Date) {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('TrasigLank'), hashtext(${sak.id}))`;
    const fore = await tx.trasigLank.findMany({ where: sak.nyckel, select: { href: true, slag: true, orsak: true } });
    if (fore.length === 0 && trasiga.size === 0) return;
    // A link no longer broken (or no longer in the text) goes; one without a verdict this run stays as it was.
    await tx.trasigLank.deleteMany({ where: { ...sak.nyckel, href: { notIn: [...trasiga.keys(), ...behall] } } });
    const kanda = new Map(fore.map((f) => [f.href, f]));
    const nya = [...trasiga].filter(([href]) => !kanda.has(href));
    if (nya.length > 0)
      await tx.trasigLank.createMany({
        data: nya.map(([href, t]) => ({ ...sak.nyckel, href, slag: t.slag, orsak: t.orsak, forstSedd: nu, senastKontrollerad: nu })),
      });
    for (const [href, t] of trasiga) {
      if (!kanda.has(href)) continue;
      await tx.trasigLank.updateMany({ where: { ...sak.nyckel, href }, data: { slag: t.slag, orsak: t.orsak, senastKontrollerad: nu } });
    }
  });
}

export interface TrasigLankRad {
  href: string;
  slag: Lankslag;
  orsak: string;
  forstSedd: Date;
  senastKontrollerad: Date;
}

const radval = { href: true, slag: true, orsak: true, forstSedd: true, senastKontrollerad: true } as const;
const somRad = (r: { href: string; slag: string; orsak: string; forstSedd: Date; senastKontrollerad: Date }): TrasigLankRad => ({
  ...r,
  slag: r.slag === "extern" ? "extern" : "intern",
});

/** The broken links of one item, for its staff page. */
export async function trasigaLankarFor(db: PrismaClient, slag: "innehall" | "insats", id: string): Promise<TrasigLankRad[]> {
  const rader = await db.trasigLank.findMany({
    where: slag === "insats" ? { insatsId: id } : { innehallId: id },
    select: radval,
    orderBy: [{ slag: "asc" }, { href: "asc" }],
  });
  return rader.map(somRad);
}

export interface SidaMedTrasigaLankar {
  slag: "innehall" | "insats";
  id: string;
  titel: string;
  lank: string;
  agareNamn: string | null;
  lankar: TrasigLankRad[];
}

/** Items with broken links, each with its links; `mina`: only those the user owns. Sorted by title. */
export async function sidorMedTrasigaLankar(
  db: PrismaClient,
  { userId, mina }: { userId: string; mina: boolean },
): Promise<SidaMedTrasigaLankar[]> {
  const agare = { select: { name: true, borttagen: true } } as const;
  const rader = await db.trasigLank.findMany({
    where: {
      // What is on the site now: an item archived since the last run has nothing to fix.
      OR: [
        { innehall: { is: { arkiverad: null, avpublicerad: null, ...(mina ? { agareId: userId } : {}) } } },
        { insats: { is: { arkiverad: null, ...(mina ? { agareId: userId } : {}) } } },
      ],
    },
    select: {
      ...radval,
      innehall: { select: { id: true, typ: true, nyckel: true, utkast: true, publicerad: true, agare } },
      insats: { select: { id: true, slug: true, titel: true, agare } },
    },
    orderBy: [{ slag: "asc" }, { href: "asc" }],
    take: 2000,
  });
  const sidor = new Map<string, SidaMedTrasigaLankar>();
  for (const r of rader) {
    const namn = (a: { name: string; borttagen: Date | null } | null) => (a && !a.borttagen ? a.name : null);
    const sida: Omit<SidaMedTrasigaLankar, "lankar"> | null = r.innehall
      ? {
          slag: "innehall",
          id: r.innehall.id,
          titel: innehallTitel(r.innehall.typ, r.innehall.nyckel, r.innehall.utkast ?? r.innehall.publicerad),
          lank: innehallRedigering(r.innehall.typ, r.innehall.nyckel),
          agareNamn: namn(r.innehall.agare),
        }
      : r.insats
        ? {
            slag: "insats",
            id: r.insats.id,
            titel: r.insats.titel,
            lank: `/personal/insatser/${r.insats.slug}`,
            agareNamn: namn(r.insats.agare),
          }
        : null;
    if (!sida) continue;
    const nyckel = `${sida.slag}-${sida.id}`;
    if (!sidor.has(nyckel)) sidor.set(nyckel, { ...sida, lankar: [] });
    sidor.get(nyckel)!.lankar.push(somRad(r));
  }
  return [...sidor.values()].sort((a, b) => a.titel.localeCompare(b.titel, "sv"));
}
