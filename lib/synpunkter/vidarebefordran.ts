// Forwarding a case to its school: a handläggare (synpunkt.hantera) forwards a case that concerns
// a school to that school's rektor, who may then read it, answer the sender and write internal
// notes (synpunkt.vidarebefordrad, checked against the school the case is forwarded to now). The
// rektor may not assign it, change its status, its ärendemening or its sekretess marking, nor
// forward it on: that stays with the förvaltning. "Ta tillbaka" ends the forwarding, and with it
// the rektor's access. Both are internal events in the thread, never shown to the sender, and in
// the audit log. Each rektor of the school is mailed the case number and the link, never its text.
import { siteUrl } from "../config";
import type { PrismaClient } from "../db/generated/client";
import { authorize, can, type Aktor } from "../auth/permissions";
import { koaUtskick, mall } from "../utskick";
import { arendenummer } from "./typer";

type Handlaggare = (Aktor & { name: string }) | null;

/** The school a case is forwarded to now, as the `skolor` of the permission check. */
export function vidarebefordradTill(s: { skolaId: string | null; vidarebefordrad: Date | null }): string[] {
  return s.skolaId && s.vidarebefordrad ? [s.skolaId] : [];
}

/** May this person open the case: a handläggare any case, a rektor one forwarded to their school. */
export function kanLasaArende(aktor: Aktor | null, s: { skolaId: string | null; vidarebefordrad: Date | null }): boolean {
  return can(aktor, "synpunkt.lasa") || can(aktor, "synpunkt.vidarebefordrad", { skolor: vidarebefordradTill(s) });
}

/** May this person see an inbox at all: a handläggare theirs, a rektor with a school the forwarded cases'. */
export function harInkorg(aktor: Aktor | null): boolean {
  return can(aktor, "synpunkt.lasa") || can(aktor, "synpunkt.vidarebefordrad", { skolor: aktor?.skolaId ? [aktor.skolaId] : [] });
}

/** The mail to each rektor of the school: the number and the link to the staff page, nothing the sender wrote. */
export const vidarebefordransmejl = mall({
  namn: "synpunkt.vidarebefordrad",
  amne: "Ärende {arendenummer} har skickats vidare till din skola",
  text: `Hej {namn}!

En handläggare på grundskoleförvaltningen har skickat ärende {arendenummer} vidare till dig som rektor för {skola}.

Logga in i Grundskoleportalen för att läsa ärendet. Där kan du svara avsändaren och skriva interna anteckningar:
{lank}

Mejlet innehåller inte det avsändaren skrev. Ärendet finns bara i portalen.

Grundskoleportalen`,
});

export type Vidarebefordringsutfall = { ok: true } | { ok: false; fel: string };

const granskning = (aktor: Aktor & { name: string }, handling: string, lopnummer: number) => ({
  aktorId: aktor.id,
  aktorNamn: aktor.name,
  handling,
  objektTyp: "synpunkt",
  objektId: String(lopnummer),
});

/** The school's rektorer who can sign in: the ones the case is forwarded to. */
export function skolansRektorer(db: PrismaClient, skolaId: string) {
  return db.user.findMany({
    where: { roll: "REKTOR", skolaId, aktiv: true, borttagen: null },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
}

export async function vidarebefordra(db: PrismaClient, aktor: Handlaggare, lopnummer: number): Promise<Vidarebefordringsutfall> {
  authorize(aktor, "synpunkt.hantera");
  const s = await db.synpunkt.findUnique({
    where: { lopnummer },
    select: { id: true, skapad: true, status: true, skolaId: true, vidarebefordrad: true, skola: { select: { namn: true } } },
  });
  if (!s) return { ok: false, fel: "Ärendet finns inte." };
  if (!s.skolaId || !s.skola) return { ok: false, fel: "Ärendet gäller ingen skola och kan inte skickas vidare till en rektor." };
  if (s.status === "AVSLUTAD") return { ok: false, fel: "Ärendet är avslutat. Öppna det igen innan du skickar det vidare." };
  if (s.vidarebefordrad) return { ok: true };
  const rektorer = await skolansRektorer(db, s.skolaId);
  if (rektorer.length === 0)
    return {
      ok: false,
      fel: `${s.skola.namn} har ingen rektor med konto i portalen, så ärendet kan inte skickas vidare härifrån. Kontakta skolan på annat sätt, eller be en administratör lägga upp rektorns konto.`,
    };
  const nummer = arendenummer(lopnummer, s.skapad);
  const lank = `${siteUrl().replace(/\/$/, "")}/personal/synpunkter/${lopnummer}`;
  const skola = s.skola.namn;
  await db.$transaction(async (tx) => {
    // Claimed on the row: of two forwardings at once (a double submit) one does it, the other nothing.
    const { count } = await tx.synpunkt.updateMany({
      where: { id: s.id, vidarebefordrad: null },
      data: { vidarebefordrad: new Date(), nyttMeddelande: false },
    });
    if (count === 0) return;
    await tx.synpunktHandelse.create({
      data: {
        synpunktId: s.id,
        aktorId: aktor.id,
        typ: "VIDAREBEFORDRAD",
        data: { skolaId: s.skolaId, rektorer: rektorer.map((r) => r.id) },
        text: `Till rektor för ${skola}: ${rektorer.map((r) => r.name).join(", ")}.`,
      },
    });
    for (const r of rektorer)
      await koaUtskick(tx, vidarebefordransmejl, { till: r.email, varden: { namn: r.name, arendenummer: nummer, skola, lank } });
    await tx.granskningshandelse.create({ data: granskning(aktor, "synpunkt.vidarebefordra", lopnummer) });
  });
  return { ok: true };
}

export async function taTillbaka(db: PrismaClient, aktor: Handlaggare, lopnummer: number): Promise<Vidarebefordringsutfall> {
  authorize(aktor, "synpunkt.hantera");
  const s = await db.synpunkt.findUnique({ where: { lopnummer }, select: { id: true, skolaId: true, skola: { select: { namn: true } } } });
  if (!s) return { ok: false, fel: "Ärendet finns inte." };
  await db.$transaction(async (tx) => {
    const { count } = await tx.synpunkt.updateMany({
      where: { id: s.id, vidarebefordrad: { not: null } },
      data: { vidarebefordrad: null },
    });
    if (count === 0) return;
    await tx.synpunktHandelse.create({
      data: {
        synpunktId: s.id,
        aktorId: aktor.id,
        typ: "ATERTAGEN",
        data: { skolaId: s.skolaId },
        text: `Rektor för ${s.skola?.namn ?? "skolan"} har inte längre tillgång till ärendet.`,
      },
    });
    await tx.granskningshandelse.create({ data: granskning(aktor, "synpunkt.ta-tillbaka", lopnummer) });
  });
  return { ok: true };
}

/** The rektor's inbox: the cases forwarded to their school now, most recently forwarded first. */
export const REKTORSINKORG = 100;

export async function vidarebefordradeArenden(db: PrismaClient, aktor: Aktor) {
  if (!aktor.skolaId) return [];
  authorize(aktor, "synpunkt.vidarebefordrad", { skolor: [aktor.skolaId] });
  return db.synpunkt.findMany({
    where: { skolaId: aktor.skolaId, vidarebefordrad: { not: null } },
    orderBy: [{ vidarebefordrad: "desc" }, { id: "desc" }],
    take: REKTORSINKORG,
    select: {
      id: true,
      lopnummer: true,
      typ: true,
      status: true,
      skapad: true,
      vidarebefordrad: true,
      svarSenast: true,
      forstaSvar: true,
      avslutasSenast: true,
      frist: true,
      nyttMeddelande: true,
    },
  });
}
