// "Samma ärende": when several people write about one matter, a handläggare links the later case
// to the earlier one, the main case. The linked case is closed as linked (huvudarendeId), its
// sender is told, and from then on every answer on the main case reaches them too, as their own
// copy in their own case: the mail and the entry in their own timeline, with their own name and
// case number where the main case's were. Their page shows the main case's number, status and
// deadline, never anything its sender wrote. A link can be undone: the linked case reopens.
//
// Rules: the earlier case (by arrival) is the main one; a linked case cannot be a main case and a
// main case cannot be linked (no chains); no self-links, no gallrad cases, no closed main case.
// Both rows are locked in id order before the rules are read, so handläggare linking at the same
// time are serialized on the case they share and never make a chain or a cycle.
import { z } from "zod";
import { text } from "@/lib/text";
import type { PrismaClient } from "../db/generated/client";
import type { SynpunktStatus } from "../db/generated/enums";
import { authorize, type Aktor } from "../auth/permissions";
import { expireTags, taggar } from "../cache";
import { koaUtskick, mall, type Tx } from "../utskick";
import { diarienummer } from "./diarium";
import { aktuellFrist, datumText, fristerVidAteroppning } from "./frister";
import { forseningsmejl, svarsmejl } from "./mejl";
import { arendelanken } from "./nyckel";
import { arendenummer, synpunktStatusar } from "./typer";

type Handlaggare = (Aktor & { name: string }) | null;

const ARENDENUMMER = /^(?:GF-(\d{4})-)?0*(\d{1,9})$/i;
const DIARIENUMMER = /^(?:[A-ZÅÄÖ]{1,10}\s*)?(\d{4})\s*\/\s*0*(\d{1,9})$/i;

export type Arendereferens = { slag: "arende"; ar: number | null; lopnummer: number } | { slag: "diarie"; ar: number; nr: number };

/** "GF-2026-00042", "42", "GRF 2026/00123" or "2026/123": the other case, as the handläggare knows it. */
export function tolkaNummer(v: string): Arendereferens | null {
  const s = v.trim();
  const a = ARENDENUMMER.exec(s);
  if (a) return { slag: "arende", ar: a[1] ? Number(a[1]) : null, lopnummer: Number(a[2]) };
  const d = DIARIENUMMER.exec(s);
  if (d) return { slag: "diarie", ar: Number(d[1]), nr: Number(d[2]) };
  return null;
}

/** The two forms on a case's page: "Samma ärende som …" and "Ta bort kopplingen". */
export const kopplingSchema = z.discriminatedUnion("handling", [
  z.object({
    handling: z.literal("koppla"),
    nummer: text()
      .trim()
      .min(1, { error: "Skriv ärendenumret eller diarienumret för det andra ärendet." })
      .max(40, { error: "Skriv ärendenumret (till exempel GF-2026-00042) eller diarienumret (till exempel GRF 2026/00123)." })
      .refine((v) => tolkaNummer(v) !== null, {
        error: "Skriv ärendenumret (till exempel GF-2026-00042) eller diarienumret (till exempel GRF 2026/00123).",
      }),
  }),
  z.object({ handling: z.literal("koppla-loss") }),
]);
export type Kopplingsatgard = z.infer<typeof kopplingSchema>;

/** To the linked case's sender, who asked for mail: the matter is handled in the main case. */
export const kopplingsmejl = mall({
  namn: "synpunkt.kopplad",
  amne: "Ditt ärende {arendenummer} handläggs tillsammans med ett annat",
  text: `Hej!

Fler har skrivit till oss om samma sak som du. Därför handlägger vi ditt ärende {arendenummer} tillsammans med ärende {huvudarende}. Ditt ärende avslutas som eget ärende.

Svaren i ärende {huvudarende} får du med e-post och på din ärendesida, där du också kan följa ärendets status. Länken är personlig: dela den inte med någon.
{arendelank}

Med vänlig hälsning
Grundskoleförvaltningen, Göteborgs Stad`,
  lankar: [arendelanken],
});

/** The link was undone: the sender's case is handled on its own again. */
export const kopplingBorttagenMejl = mall({
  namn: "synpunkt.koppling-borttagen",
  amne: "Ditt ärende {arendenummer} handläggs som eget ärende igen",
  text: `Hej!

Ditt ärende {arendenummer} handläggs inte längre tillsammans med ärende {huvudarende}. Vi har öppnat ditt ärende igen, och en handläggare arbetar med det.

Läs mer och skriv till oss på ärendets sida. Länken är personlig: dela den inte med någon.
{arendelank}

Med vänlig hälsning
Grundskoleförvaltningen, Göteborgs Stad`,
  lankar: [arendelanken],
});

export type Kopplingsutfall = { ok: true } | { ok: false; fel: string };

const falt = {
  id: true,
  lopnummer: true,
  skapad: true,
  status: true,
  typ: true,
  epost: true,
  meddela: true,
  gallrad: true,
  forstaSvar: true,
  huvudarendeId: true,
} as const;

/** Locks the cases' rows, in id order so two transactions never wait on each other in a circle. */
async function las(tx: Tx, ids: string[]) {
  const ordning = [...new Set(ids)].sort();
  await tx.$queryRaw`SELECT id FROM "Synpunkt" WHERE id = ANY(${ordning}::text[]) ORDER BY id FOR NO KEY UPDATE`;
}

async function hitta(db: PrismaClient, ref: Arendereferens) {
  if (ref.slag === "arende") {
    const s = await db.synpunkt.findUnique({ where: { lopnummer: ref.lopnummer }, select: { id: true, skapad: true } });
    return s && (ref.ar === null || s.skapad.getUTCFullYear() === ref.ar) ? s.id : null;
  }
  const s = await db.synpunkt.findUnique({ where: { diarieAr_diarieNr: { diarieAr: ref.ar, diarieNr: ref.nr } }, select: { id: true } });
  return s?.id ?? null;
}

const granskning = (tx: Tx, aktor: NonNullable<Handlaggare>, handling: string, lopnummer: number, data: object) =>
  tx.granskningshandelse.create({
    data: { aktorId: aktor.id, aktorNamn: aktor.name, handling, objektTyp: "synpunkt", objektId: String(lopnummer), data: { ...data } },
  });

/** Marks the case `lopnummer` and the case `nummer` as the same matter: the later one is linked to the earlier. */
export async function koppla(db: PrismaClient, aktor: Handlaggare, lopnummer: number, nummer: string): Promise<Kopplingsutfall> {
  authorize(aktor, "synpunkt.hantera");
  const ref = tolkaNummer(nummer);
  const denna = await db.synpunkt.findUnique({ where: { lopnummer }, select: { id: true } });
  if (!denna) return { ok: false, fel: "Ärendet finns inte." };
  const andraId = ref && (await hitta(db, ref));
  if (!andraId) return { ok: false, fel: `Det finns inget ärende med numret ${nummer.trim()}.` };
  if (andraId === denna.id) return { ok: false, fel: "Ett ärende kan inte kopplas till sig självt. Skriv numret på det andra ärendet." };

  const utfall = await db.$transaction(async (tx): Promise<Kopplingsutfall & { andrat?: boolean }> => {
    await las(tx, [denna.id, andraId]);
    // Read after the lock: what another handläggare did a moment ago counts.
    const [a, b] = await Promise.all([
      tx.synpunkt.findUniqueOrThrow({ where: { id: denna.id }, select: falt }),
      tx.synpunkt.findUniqueOrThrow({ where: { id: andraId }, select: falt }),
    ]);
    const [huvud, kopplat] =
      a.skapad.getTime() < b.skapad.getTime() || (a.skapad.getTime() === b.skapad.getTime() && a.lopnummer < b.lopnummer) ? [a, b] : [b, a];
    const nr = (s: { lopnummer: number; skapad: Date }) => arendenummer(s.lopnummer, s.skapad);
    // A double submit: already done.
    if (kopplat.huvudarendeId === huvud.id) return { ok: true };
    for (const s of [a, b]) if (s.gallrad) return { ok: false, fel: `Ärende ${nr(s)} är gallrat och kan inte kopplas.` };
    if (kopplat.huvudarendeId) {
      const annat = await tx.synpunkt.findUniqueOrThrow({
        where: { id: kopplat.huvudarendeId },
        select: { lopnummer: true, skapad: true },
      });
      return { ok: false, fel: `Ärende ${nr(kopplat)} är redan kopplat till ärende ${nr(annat)}. Ta bort den kopplingen först.` };
    }
    if (huvud.huvudarendeId) {
      const dess = await tx.synpunkt.findUniqueOrThrow({ where: { id: huvud.huvudarendeId }, select: { lopnummer: true, skapad: true } });
      return {
        ok: false,
        fel: `Ärende ${nr(huvud)} är självt kopplat till ärende ${nr(dess)}. Koppla till ärende ${nr(dess)} i stället.`,
      };
    }
    if (huvud.status === "AVSLUTAD")
      return {
        ok: false,
        fel: `Ärende ${nr(huvud)} är avslutat. Ett ärende kan bara kopplas till ett ärende som handläggs: öppna det igen först.`,
      };
    if (await tx.synpunkt.count({ where: { huvudarendeId: kopplat.id } }))
      return {
        ok: false,
        fel: `Ärende ${nr(kopplat)} har egna kopplade ärenden och kan inte kopplas till ett annat. Ta bort de kopplingarna först.`,
      };

    const nu = new Date();
    await tx.synpunkt.update({
      where: { id: kopplat.id },
      data: { huvudarendeId: huvud.id, status: "AVSLUTAD", avslutad: nu, frist: null, nyttMeddelande: false },
    });
    const data = { huvudarende: huvud.lopnummer, kopplat: kopplat.lopnummer, huvudarendenummer: nr(huvud) };
    if (kopplat.status !== "AVSLUTAD") {
      // After the link, in both timelines: the link is why the status changed.
      await tx.synpunktHandelse.create({
        data: {
          synpunktId: kopplat.id,
          aktorId: aktor!.id,
          tidpunkt: new Date(nu.getTime() + 1),
          typ: "STATUS_ANDRAD",
          data: { fran: kopplat.status, till: "AVSLUTAD", orsak: "kopplad" },
          text: `${synpunktStatusar[kopplat.status]} → ${synpunktStatusar.AVSLUTAD}`,
        },
      });
    }
    await tx.synpunktHandelse.createMany({
      data: [
        {
          synpunktId: kopplat.id,
          aktorId: aktor!.id,
          tidpunkt: nu,
          typ: "KOPPLAD",
          data: { ...data, roll: "kopplat" },
          text: `Samma ärende som ${nr(huvud)}. Handläggs där; svaren i det ärendet går också hit.`,
        },
        {
          synpunktId: huvud.id,
          aktorId: aktor!.id,
          tidpunkt: nu,
          typ: "KOPPLAD",
          data: { ...data, roll: "huvud" },
          text: `Ärende ${nr(kopplat)} gäller samma sak och handläggs här. Svaren går också till dess avsändare.`,
        },
      ],
    });
    if (kopplat.meddela && kopplat.epost && !kopplat.gallrad) {
      await koaUtskick(tx, kopplingsmejl, {
        till: kopplat.epost,
        synpunktId: kopplat.id,
        avregistrering: true,
        varden: { arendenummer: nr(kopplat), huvudarende: nr(huvud) },
      });
    }
    for (const s of [kopplat, huvud]) await granskning(tx, aktor!, "synpunkt.koppla", s.lopnummer, data);
    return { ok: true, andrat: true };
  });
  // The linked case's status is public in the diarium.
  if (utfall.ok && utfall.andrat) expireTags(taggar.diarium);
  return utfall.ok ? { ok: true } : utfall;
}

/** "Ta bort kopplingen": the linked case `lopnummer` is reopened with new deadlines, and its sender told. */
export async function kopplaLoss(db: PrismaClient, aktor: Handlaggare, lopnummer: number): Promise<Kopplingsutfall> {
  authorize(aktor, "synpunkt.hantera");
  const forst = await db.synpunkt.findUnique({ where: { lopnummer }, select: { id: true, huvudarendeId: true } });
  if (!forst) return { ok: false, fel: "Ärendet finns inte." };
  const ejKopplat: Kopplingsutfall = { ok: false, fel: "Ärendet är inte kopplat till något annat ärende." };
  if (!forst.huvudarendeId) return ejKopplat;
  const huvudId = forst.huvudarendeId;
  const utfall = await db.$transaction(async (tx): Promise<Kopplingsutfall> => {
    await las(tx, [forst.id, huvudId]);
    const s = await tx.synpunkt.findUniqueOrThrow({ where: { id: forst.id }, select: falt });
    if (s.huvudarendeId !== huvudId) return ejKopplat;
    if (s.gallrad) return { ok: false, fel: "Ärendet är gallrat och kan inte öppnas igen." };
    const huvud = await tx.synpunkt.findUniqueOrThrow({ where: { id: huvudId }, select: { lopnummer: true, skapad: true } });
    const nu = new Date();
    const till: SynpunktStatus = "UNDER_HANDLAGGNING";
    await tx.synpunkt.update({
      where: { id: s.id },
      data: { huvudarendeId: null, status: till, avslutad: null, ...fristerVidAteroppning(s.typ, nu, Boolean(s.forstaSvar)) },
    });
    const [nrHuvud, nrKopplat] = [arendenummer(huvud.lopnummer, huvud.skapad), arendenummer(s.lopnummer, s.skapad)];
    const data = { huvudarende: huvud.lopnummer, kopplat: s.lopnummer, huvudarendenummer: nrHuvud };
    await tx.synpunktHandelse.createMany({
      data: [
        {
          synpunktId: s.id,
          aktorId: aktor!.id,
          tidpunkt: nu,
          typ: "KOPPLING_BORTTAGEN",
          data: { ...data, roll: "kopplat" },
          text: `Handläggs inte längre i ärende ${nrHuvud}.`,
        },
        {
          synpunktId: s.id,
          aktorId: aktor!.id,
          tidpunkt: new Date(nu.getTime() + 1),
          typ: "STATUS_ANDRAD",
          data: { fran: s.status, till, orsak: "koppling-borttagen" },
          text: `${synpunktStatusar[s.status]} → ${synpunktStatusar[till]}`,
        },
        {
          synpunktId: huvudId,
          aktorId: aktor!.id,
          tidpunkt: nu,
          typ: "KOPPLING_BORTTAGEN",
          data: { ...data, roll: "huvud" },
          text: `Ärende ${nrKopplat} handläggs inte längre här.`,
        },
      ],
    });
    if (s.meddela && s.epost) {
      await koaUtskick(tx, kopplingBorttagenMejl, {
        till: s.epost,
        synpunktId: s.id,
        avregistrering: true,
        varden: { arendenummer: nrKopplat, huvudarende: nrHuvud },
      });
    }
    for (const l of [s.lopnummer, huvud.lopnummer]) await granskning(tx, aktor!, "synpunkt.koppla-loss", l, data);
    return { ok: true };
  });
  if (utfall.ok) expireTags(taggar.diarium);
  return utfall;
}

// ---- Answers on a main case ---------------------------------------------------------------

interface Avsandare {
  namn: string | null;
  epost: string | null;
  nummer: string;
  diarienummer: string;
}

const ordgrans = (v: string) => new RegExp(`(?<![\\p{L}\\p{N}])${v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "giu");
const namnet = (n: string | null) => (n && n.trim().length >= 2 ? n.trim() : null);

/**
 * The main case's text as the linked case's sender gets it: the main sender's name, case number
 * and diarienummer replaced by theirs (as the answer templates' {namn}, {ärendenummer} and
 * {diarienummer} would have been filled for them). An empty name leaves no gap, as in
 * fyllSvarsmall.
 */
export function aterfyll(text: string, fran: Avsandare, till: Avsandare): string {
  let t = text.replaceAll(fran.nummer, till.nummer).replaceAll(fran.diarienummer, till.diarienummer);
  const namn = namnet(fran.namn);
  if (namn) {
    const ny = namnet(till.namn) ?? "";
    t = t.replace(ordgrans(namn), ny);
    if (!ny) t = t.replace(/[ \t]+([!,.?])/g, "$1").replace(/[ \t]{2,}/g, " ");
  }
  return t;
}

const avsandare = (s: {
  namn: string | null;
  epost: string | null;
  lopnummer: number;
  skapad: Date;
  diarieAr: number;
  diarieNr: number;
}) => ({
  namn: s.namn,
  epost: s.epost,
  nummer: arendenummer(s.lopnummer, s.skapad),
  diarienummer: diarienummer(s.diarieAr, s.diarieNr),
});
const avsandarfalt = { namn: true, epost: true, lopnummer: true, skapad: true, diarieAr: true, diarieNr: true } as const;

/**
 * Refuses a text for the main case that would show one sender's details to another: a linked
 * sender's name or any sender's e-mail address. The main sender's own name is fine: each copy
 * gets its sender's name in its place. Null when the case has no linked cases or the text is safe.
 */
export async function kopplingshinder(db: PrismaClient | Tx, synpunktId: string, text: string): Promise<string | null> {
  const kopplade = await db.synpunkt.findMany({ where: { huvudarendeId: synpunktId, gallrad: null }, select: avsandarfalt });
  if (kopplade.length === 0) return null;
  const huvud = await db.synpunkt.findUniqueOrThrow({ where: { id: synpunktId }, select: avsandarfalt });
  const huvudnamn = namnet(huvud.namn)?.toLocaleLowerCase("sv-SE");
  const namn = kopplade.map((k) => namnet(k.namn)).filter((n): n is string => Boolean(n) && n!.toLocaleLowerCase("sv-SE") !== huvudnamn);
  const adresser = [huvud.epost, ...kopplade.map((k) => k.epost)].filter((e): e is string => Boolean(e));
  const lagre = text.toLocaleLowerCase("sv-SE");
  if (adresser.some((e) => lagre.includes(e.toLocaleLowerCase("sv-SE"))) || namn.some((n) => ordgrans(n).test(text)))
    return "Texten går också till avsändarna i de kopplade ärendena och får inte innehålla deras namn eller någon avsändares e-postadress. Avsändarens namn i det här ärendet byts ut mot var och ens eget.";
  return null;
}

/**
 * An answer or an 11 § notice on a main case, to every linked case: an entry in the linked case's
 * own timeline, and a mail to its sender if they gave an address and asked for mail. Runs in the
 * answer's transaction, after locking the main case's row, so a link made at the same moment is
 * either wholly before the answer (and gets it) or wholly after.
 */
export async function tillKopplade(tx: Tx, huvudId: string, aktorId: string, typ: "SVAR_SKICKAT" | "FORSENINGSBESKED", text: string) {
  await las(tx, [huvudId]);
  const kopplade = await tx.synpunkt.findMany({
    where: { huvudarendeId: huvudId, gallrad: null },
    orderBy: { lopnummer: "asc" },
    select: { ...avsandarfalt, id: true, meddela: true },
  });
  if (kopplade.length === 0) return;
  const huvud = avsandare(await tx.synpunkt.findUniqueOrThrow({ where: { id: huvudId }, select: avsandarfalt }));
  for (const k of kopplade) {
    const egen = avsandare(k);
    const kopia = aterfyll(text, huvud, egen);
    await tx.synpunktHandelse.create({ data: { synpunktId: k.id, aktorId, typ, text: kopia, data: { huvudarende: huvud.nummer } } });
    if (!k.meddela || !k.epost) continue;
    if (typ === "SVAR_SKICKAT")
      await koaUtskick(tx, svarsmejl, {
        till: k.epost,
        synpunktId: k.id,
        avregistrering: true,
        varden: { arendenummer: egen.nummer, svar: kopia },
      });
    else
      await koaUtskick(tx, forseningsmejl, {
        till: k.epost,
        synpunktId: k.id,
        avregistrering: true,
        varden: { arendenummer: egen.nummer, besked: kopia },
      });
  }
}

// ---- What the pages show ------------------------------------------------------------------

export interface Kopplingsvy {
  huvudarende: { lopnummer: number; nummer: string } | null;
  kopplade: { lopnummer: number; nummer: string; nyttMeddelande: boolean }[];
}

/** For the staff case page: the main case this one is linked to, or the cases linked to it. */
export async function kopplingsvy(db: PrismaClient, synpunktId: string): Promise<Kopplingsvy> {
  const s = await db.synpunkt.findUniqueOrThrow({
    where: { id: synpunktId },
    select: {
      huvudarende: { select: { lopnummer: true, skapad: true } },
      kopplade: { orderBy: { lopnummer: "asc" }, select: { lopnummer: true, skapad: true, nyttMeddelande: true } },
    },
  });
  return {
    huvudarende: s.huvudarende && {
      lopnummer: s.huvudarende.lopnummer,
      nummer: arendenummer(s.huvudarende.lopnummer, s.huvudarende.skapad),
    },
    kopplade: s.kopplade.map((k) => ({
      lopnummer: k.lopnummer,
      nummer: arendenummer(k.lopnummer, k.skapad),
      nyttMeddelande: k.nyttMeddelande,
    })),
  };
}

export interface Huvudarendevy {
  nummer: string;
  diarienummer: string;
  status: SynpunktStatus;
  /** The main case's deadline that applies now ("YYYY-MM-DD") and which one it is. */
  frist: { datum: string; slag: "svar" | "avslut" } | null;
}

/**
 * For the linked sender's private page: the main case's number, status and deadline, and
 * nothing else of it (its sender's name, address and text are never read here). Null when the
 * case is not linked or has been gallrad.
 */
export async function huvudarendeFor(db: PrismaClient, synpunktId: string): Promise<Huvudarendevy | null> {
  const s = await db.synpunkt.findUnique({
    where: { id: synpunktId },
    select: {
      gallrad: true,
      huvudarende: {
        select: {
          lopnummer: true,
          skapad: true,
          diarieAr: true,
          diarieNr: true,
          status: true,
          forstaSvar: true,
          svarSenast: true,
          avslutasSenast: true,
        },
      },
    },
  });
  const h = s?.huvudarende;
  if (!h || s.gallrad) return null;
  const frist = aktuellFrist(h);
  return {
    nummer: arendenummer(h.lopnummer, h.skapad),
    diarienummer: diarienummer(h.diarieAr, h.diarieNr),
    status: h.status,
    frist: frist && { datum: datumText(frist), slag: h.forstaSvar ? "avslut" : "svar" },
  };
}
