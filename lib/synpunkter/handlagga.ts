// Handling a case: every change appends an event (who, when, what); nothing is edited in place.
// Authorized here; replies go out through the outbox.
import { z } from "zod";
import { text } from "@/lib/text";
import type { PrismaClient } from "../db/generated/client";
import type { SynpunktStatus } from "../db/generated/enums";
import { authorize, type Aktor } from "../auth/permissions";
import { arendenummer, synpunktStatusar } from "./typer";

type Handlaggare = (Aktor & { name: string }) | null;
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const handlingSchema = z.discriminatedUnion("handling", [
  z.object({ handling: z.literal("tilldela"), handlaggareId: text().trim().max(100).transform((v) => v || null) }),
  z.object({ handling: z.literal("status"), status: z.enum(["MOTTAGEN", "UNDER_HANDLAGGNING", "BESVARAD", "AVSLUTAD"], { error: "Välj en status." }) }),
  z.object({ handling: z.literal("anteckning"), text: text().trim().min(1, { error: "Skriv anteckningen." }).max(5000, { error: "Högst 5 000 tecken." }) }),
  z.object({ handling: z.literal("svar"), text: text().trim().min(1, { error: "Skriv svaret." }).max(10000, { error: "Högst 10 000 tecken." }) }),
]);
export type Handling = z.infer<typeof handlingSchema>;

export type Utfall = { ok: true } | { ok: false; fel: string };

export async function handlagga(db: PrismaClient, aktor: Handlaggare, lopnummer: number, h: Handling): Promise<Utfall> {
  authorize(aktor, "synpunkt.hantera");
  const s = await db.synpunkt.findUnique({ where: { lopnummer }, select: { id: true, status: true, epost: true, skapad: true, forstaSvar: true, handlaggareId: true } });
  if (!s) return { ok: false, fel: "Ärendet finns inte." };
  const handelse = { synpunktId: s.id, aktorId: aktor.id };
  // The admins' audit log records who did what to which case; the text stays in the case.
  const granskning = (tx: Tx) =>
    tx.granskningshandelse.create({
      data: { aktorId: aktor.id, aktorNamn: aktor.name, handling: `synpunkt.${h.handling}`, objektTyp: "synpunkt", objektId: String(lopnummer) },
    });
  const status = async (tx: Tx, till: SynpunktStatus) => {
    if (till === s.status) return;
    await tx.synpunkt.update({ where: { id: s.id }, data: { status: till, avslutad: till === "AVSLUTAD" ? new Date() : null } });
    await tx.synpunktHandelse.create({ data: { ...handelse, typ: "STATUS_ANDRAD", data: { fran: s.status, till }, text: `${synpunktStatusar[s.status]} → ${synpunktStatusar[till]}` } });
  };

  switch (h.handling) {
    case "tilldela": {
      if (h.handlaggareId) {
        const mottagare = await db.user.findUnique({ where: { id: h.handlaggareId }, select: { roll: true, aktiv: true, name: true } });
        if (!mottagare?.aktiv || !["HANDLAGGARE", "ADMIN"].includes(mottagare.roll)) return { ok: false, fel: "Välj en aktiv handläggare." };
      }
      if (h.handlaggareId === s.handlaggareId) return { ok: true };
      await db.$transaction(async (tx) => {
        await tx.synpunkt.update({ where: { id: s.id }, data: { handlaggareId: h.handlaggareId } });
        await tx.synpunktHandelse.create({ data: { ...handelse, typ: "TILLDELAD", data: { handlaggareId: h.handlaggareId } } });
        if (s.status === "MOTTAGEN" && h.handlaggareId) await status(tx, "UNDER_HANDLAGGNING");
        await granskning(tx);
      });
      return { ok: true };
    }
    case "status":
      if (h.status === s.status) return { ok: true };
      await db.$transaction(async (tx) => {
        await status(tx, h.status);
        await granskning(tx);
      });
      return { ok: true };
    case "anteckning":
      await db.$transaction(async (tx) => {
        await tx.synpunktHandelse.create({ data: { ...handelse, typ: "ANTECKNING", text: h.text } });
        await granskning(tx);
      });
      return { ok: true };
    case "svar": {
      if (!s.epost) return { ok: false, fel: "Avsändaren lämnade ingen e-postadress, så svaret kan inte mejlas. Ring eller skriv en anteckning i stället." };
      await db.$transaction(async (tx) => {
        await tx.utskick.create({ data: { synpunktId: s.id, till: s.epost!, amne: `Svar på ditt ärende ${arendenummer(lopnummer, s.skapad)}`, text: h.text } });
        await tx.synpunktHandelse.create({ data: { ...handelse, typ: "SVAR_SKICKAT", text: h.text } });
        if (!s.forstaSvar) await tx.synpunkt.update({ where: { id: s.id }, data: { forstaSvar: new Date() } });
        if (s.status === "MOTTAGEN" || s.status === "UNDER_HANDLAGGNING") await status(tx, "BESVARAD");
        await granskning(tx);
      });
      return { ok: true };
    }
  }
}
