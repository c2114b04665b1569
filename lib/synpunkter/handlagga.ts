// Arendeatgard a case: every change appends an event (who, when, what); nothing is edited in place.
// Authorized here; replies go out through the outbox, and so do the notifications a sender
// asked for ("Meddela mig när ärendet ändras"). Any staff action clears "Nytt meddelande".
import { z } from "zod";
import { text } from "@/lib/text";
import type { PrismaClient } from "../db/generated/client";
import type { SynpunktStatus } from "../db/generated/enums";
import { authorize, can, type Aktor } from "../auth/permissions";
import { expireTags, taggar } from "../cache";
import { koaUtskick, type Mall } from "../utskick";
import { standardmening } from "./diarium";
import { aktuellFrist, fristerVidAteroppning } from "./frister";
import { kopplingshinder, tillKopplade } from "./koppling";
import { forseningsmejl, statusmejl, svarsmejl } from "./mejl";
import { SEKRETESSGRUNDER, sekretessgrund } from "./sekretess";
import { arendenummer, statusForklaring, synpunktStatusar } from "./typer";
import { vidarebefordradTill } from "./vidarebefordran";

/** What a rektor may do on a case forwarded to their school (lib/synpunkter/vidarebefordran.ts). */
export const REKTORNS_HANDLINGAR: readonly Arendeatgard["handling"][] = ["svar", "anteckning"];

type Handlaggare = (Aktor & { name: string }) | null;
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const arendeatgardSchema = z.discriminatedUnion("handling", [
  z.object({
    handling: z.literal("tilldela"),
    handlaggareId: text()
      .trim()
      .max(100)
      .transform((v) => v || null),
  }),
  z.object({
    handling: z.literal("status"),
    status: z.enum(["MOTTAGEN", "UNDER_HANDLAGGNING", "BESVARAD", "AVSLUTAD"], { error: "Välj en status." }),
  }),
  z.object({
    handling: z.literal("anteckning"),
    text: text().trim().min(1, { error: "Skriv anteckningen." }).max(5000, { error: "Högst 5 000 tecken." }),
  }),
  z.object({
    handling: z.literal("forseningsbesked"),
    text: text()
      .trim()
      .min(1, { error: "Skriv beskedet till avsändaren." })
      .max(5000, { error: "Högst 5 000 tecken." })
      // The template's gaps (lib/synpunkter/frister.ts) must be filled before it goes to the sender.
      .refine((t) => !/\[(skriv varför|datum)[^\]]*\]/.test(t), {
        error: "Fyll i det som står inom hakparentes: varför och vilket datum.",
      }),
  }),
  z.object({
    handling: z.literal("svar"),
    text: text().trim().min(1, { error: "Skriv svaret." }).max(10000, { error: "Högst 10 000 tecken." }),
  }),
  z.object({
    handling: z.literal("arendemening"),
    // Public in the diarium: a short, neutral subject, no names.
    text: text()
      .trim()
      .min(1, { error: "Skriv en ärendemening." })
      .max(150, { error: "Ärendemeningen får vara högst 150 tecken." })
      .refine((v) => !/[\r\n]/.test(v), { error: "Skriv ärendemeningen på en rad." }),
  }),
  z.object({
    handling: z.literal("sekretess"),
    // "": the marking is removed.
    grund: z.enum(["", ...SEKRETESSGRUNDER], { error: "Välj en grund för sekretess ur listan." }).transform((v) => v || null),
  }),
]);
export type Arendeatgard = z.infer<typeof arendeatgardSchema>;

export type Handlaggningsutfall = { ok: true } | { ok: false; fel: string };

export async function handlagga(db: PrismaClient, aktor: Handlaggare, lopnummer: number, h: Arendeatgard): Promise<Handlaggningsutfall> {
  // A rektor answers and writes notes on a case forwarded to their school, checked below on the case.
  const somRektor = !can(aktor, "synpunkt.hantera") && REKTORNS_HANDLINGAR.includes(h.handling);
  if (somRektor) authorize(aktor, "synpunkt.vidarebefordrad", { skolor: aktor?.skolaId ? [aktor.skolaId] : [] });
  else authorize(aktor, "synpunkt.hantera");
  const s = await db.synpunkt.findUnique({
    where: { lopnummer },
    select: {
      id: true,
      status: true,
      epost: true,
      meddela: true,
      gallrad: true,
      skapad: true,
      forstaSvar: true,
      handlaggareId: true,
      arendemening: true,
      sekretess: true,
      skola: { select: { namn: true } },
      typ: true,
      svarSenast: true,
      avslutasSenast: true,
      huvudarendeId: true,
      skolaId: true,
      vidarebefordrad: true,
    },
  });
  if (somRektor) authorize(aktor, "synpunkt.vidarebefordrad", { skolor: s ? vidarebefordradTill(s) : [] });
  if (!s) return { ok: false, fel: "Ärendet finns inte." };
  // "Samma ärende" (koppling.ts): a linked case stays closed until the link is undone, and a text
  // for a main case's senders must name none of them but its own.
  if (h.handling === "status" && s.huvudarendeId && h.status !== s.status)
    return { ok: false, fel: "Ärendet är kopplat till ett annat ärende. Ta bort kopplingen för att ändra statusen." };
  const hinder = h.handling === "svar" || h.handling === "forseningsbesked" ? await kopplingshinder(db, s.id, h.text) : null;
  if (hinder) return { ok: false, fel: hinder };
  const nummer = arendenummer(lopnummer, s.skapad);
  const handelse = { synpunktId: s.id, aktorId: aktor.id };
  const meddela = Boolean(s.meddela && s.epost && !s.gallrad);
  // The admins' audit log records who did what to which case; the text stays in the case.
  const granskning = async (tx: Tx) => {
    await tx.synpunkt.update({ where: { id: s.id }, data: { nyttMeddelande: false } });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: `synpunkt.${h.handling}`,
        objektTyp: "synpunkt",
        objektId: String(lopnummer),
      },
    });
  };
  // `tyst`: the change is part of a reply, whose own mail already tells the sender.
  let besvarad: Date | null = null;
  const status = async (tx: Tx, till: SynpunktStatus, tyst = false) => {
    if (till === s.status) return;
    // A reply has set forstaSvar before it moves the status (`besvarad`); a reopened case gets new deadlines.
    const svarat = besvarad ?? s.forstaSvar;
    const frister =
      s.status === "AVSLUTAD"
        ? fristerVidAteroppning(s.typ, new Date(), Boolean(svarat))
        : { frist: aktuellFrist({ ...s, forstaSvar: svarat, status: till }) };
    await tx.synpunkt.update({
      where: { id: s.id },
      data: { status: till, avslutad: till === "AVSLUTAD" ? new Date() : null, ...frister },
    });
    await tx.synpunktHandelse.create({
      data: {
        ...handelse,
        typ: "STATUS_ANDRAD",
        data: { fran: s.status, till },
        text: `${synpunktStatusar[s.status]} → ${synpunktStatusar[till]}`,
      },
    });
    if (meddela && !tyst) {
      await koaUtskick(tx, statusmejl, {
        till: s.epost!,
        synpunktId: s.id,
        avregistrering: true,
        varden: { arendenummer: nummer, status: synpunktStatusar[till].toLowerCase(), forklaring: statusForklaring[till] },
      });
    }
  };

  // A text the clerk wrote for the sender (a reply, the 11 § notice): mailed when there is an
  // address, and in the thread either way, where the sender reads it on the case's private page.
  const tillAvsandaren = async <V extends string>(
    tx: Tx,
    mejl: Mall<V>,
    varden: Record<V, string>,
    typ: "SVAR_SKICKAT" | "FORSENINGSBESKED",
    text: string,
  ) => {
    await tillKopplade(tx, s.id, aktor.id, typ, text);
    if (s.epost && !s.gallrad) await koaUtskick(tx, mejl, { till: s.epost, synpunktId: s.id, avregistrering: meddela, varden });
    await tx.synpunktHandelse.create({ data: { ...handelse, typ, text } });
  };

  switch (h.handling) {
    case "tilldela": {
      if (h.handlaggareId) {
        const mottagare = await db.user.findUnique({ where: { id: h.handlaggareId }, select: { roll: true, aktiv: true, name: true } });
        if (!mottagare?.aktiv || !["HANDLAGGARE", "ADMIN"].includes(mottagare.roll))
          return { ok: false, fel: "Välj en aktiv handläggare." };
      }
      if (h.handlaggareId === s.handlaggareId) return { ok: true };
      await db.$transaction(async (tx) => {
        await tx.synpunkt.update({ where: { id: s.id }, data: { handlaggareId: h.handlaggareId } });
        await tx.synpunktHandelse.create({ data: { ...handelse, typ: "TILLDELAD", data: { handlaggareId: h.handlaggareId } } });
        if (s.status === "MOTTAGEN" && h.handlaggareId) await status(tx, "UNDER_HANDLAGGNING");
        await granskning(tx);
      });
      expireTags(taggar.diarium);
      return { ok: true };
    }
    case "status":
      if (h.status === s.status) return { ok: true };
      await db.$transaction(async (tx) => {
        await status(tx, h.status);
        await granskning(tx);
      });
      expireTags(taggar.diarium);
      return { ok: true };
    case "arendemening": {
      const fran = s.arendemening ?? standardmening(s.typ, s.skola?.namn);
      if (h.text === fran) return { ok: true };
      await db.$transaction(async (tx) => {
        await tx.synpunkt.update({ where: { id: s.id }, data: { arendemening: h.text } });
        await tx.synpunktHandelse.create({ data: { ...handelse, typ: "ARENDEMENING_ANDRAD", data: { fran, till: h.text }, text: h.text } });
        await granskning(tx);
      });
      expireTags(taggar.diarium);
      return { ok: true };
    }
    case "sekretess": {
      if (h.grund === s.sekretess) return { ok: true };
      await db.$transaction(async (tx) => {
        await tx.synpunkt.update({ where: { id: s.id }, data: { sekretess: h.grund } });
        await tx.synpunktHandelse.create({
          data: h.grund
            ? { ...handelse, typ: "SEKRETESS_MARKERAD", data: { grund: h.grund }, text: sekretessgrund(h.grund) }
            : { ...handelse, typ: "SEKRETESS_BORTTAGEN", data: { grund: s.sekretess } },
        });
        await granskning(tx);
      });
      expireTags(taggar.diarium);
      return { ok: true };
    }
    case "anteckning":
      await db.$transaction(async (tx) => {
        await tx.synpunktHandelse.create({ data: { ...handelse, typ: "ANTECKNING", text: h.text } });
        await granskning(tx);
      });
      return { ok: true };
    case "forseningsbesked":
      // Förvaltningslagen 11 §: told, not answered. The deadlines stay; the notice is in the thread.
      if (s.status === "AVSLUTAD") return { ok: false, fel: "Ärendet är avslutat." };
      await db.$transaction(async (tx) => {
        await tillAvsandaren(tx, forseningsmejl, { arendenummer: nummer, besked: h.text }, "FORSENINGSBESKED", h.text);
        await granskning(tx);
      });
      return { ok: true };
    case "svar": {
      // Without an address the reply is still the sender's to read, on the case's private page.
      await db.$transaction(async (tx) => {
        await tillAvsandaren(tx, svarsmejl, { arendenummer: nummer, svar: h.text }, "SVAR_SKICKAT", h.text);
        // The first answer meets the first deadline; from now on closing's applies.
        if (!s.forstaSvar) {
          besvarad = new Date();
          await tx.synpunkt.update({
            where: { id: s.id },
            data: { forstaSvar: besvarad, frist: aktuellFrist({ ...s, forstaSvar: besvarad }) },
          });
        }
        if (s.status === "MOTTAGEN" || s.status === "UNDER_HANDLAGGNING") await status(tx, "BESVARAD", true);
        await granskning(tx);
      });
      expireTags(taggar.diarium);
      return { ok: true };
    }
  }
}
