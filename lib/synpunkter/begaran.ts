// "Begär ut handling": anyone may ask for a copy of a public record (tryckfrihetsförordningen 2 kap.),
// from a row in the public diarium or a blank form, without giving a name. The request is a case of
// its own type, BEGARAN, received like a contact-form case (lib/synpunkter/ta-emot.ts: one case per
// form load, the rate limit, the receipt mail), due the day it arrives (MALTIDER in frister.ts), and
// registered in the diarium as "Begäran om allmän handling (GRF …)". The handläggare records the
// decision, "Kopia skickad" or "Avslag" with the reason and how to appeal, which goes to the requester
// like a reply and closes the case.
import { z } from "zod";
import { text } from "@/lib/text";
import { authorize, type Aktor } from "../auth/permissions";
import { expireTags, taggar } from "../cache";
import { diarieprefix } from "../config";
import type { PrismaClient } from "../db/generated/client";
import { koaUtskick } from "../utskick";
import { diarienummer } from "./diarium";
import { MAX_TECKEN } from "./granser";
import { avsandarfalt } from "./schema";
import { svarsmejl } from "./mejl";
import { taEmotSynpunkt, type Mottagande } from "./ta-emot";
import { arendenummer, synpunktStatusar, synpunktTyper } from "./typer";

/** "GRF 2026/00123", spaced and cased however: prefix, year and number. */
const DIARIENUMMER = /^([A-ZÅÄÖ0-9-]{1,10})\s*(\d{4})\s*\/\s*(\d{1,6})$/;

/** The requested diarienummer in the diarium's own spelling, or null when it is not one. */
export function tolkaDiarienummer(v: string): { prefix: string; ar: number; nr: number; text: string } | null {
  const m = DIARIENUMMER.exec(v.trim().toLocaleUpperCase("sv-SE"));
  if (!m) return null;
  const [ar, nr] = [Number(m[2]), Number(m[3])];
  return { prefix: m[1], ar, nr, text: diarienummer(ar, nr, m[1]) };
}

/** The public form. The server is the authority; the client uses the same rules for hints. */
export const begaranSchema = z
  .object({
    dnr: text()
      .trim()
      .max(40, { error: "Skriv diarienumret som i diariet, till exempel GRF 2026/00123." })
      .refine((v) => v === "" || tolkaDiarienummer(v) !== null, { error: "Skriv diarienumret som i diariet, till exempel GRF 2026/00123." })
      .transform((v) => (v ? tolkaDiarienummer(v)!.text : null)),
    meddelande: text()
      .trim()
      .max(MAX_TECKEN, { error: `Beskrivningen får vara högst ${MAX_TECKEN.toLocaleString("sv-SE")} tecken.` })
      .transform((v) => v || null),
    ...avsandarfalt,
  })
  .refine((d) => d.dnr || d.meddelande, {
    path: ["meddelande"],
    error: "Skriv diarienumret eller beskriv vilken handling du vill ha en kopia av.",
  });
export type BegaranIn = z.infer<typeof begaranSchema>;

/** The diarium's ärendemening for a request: what is asked for, never who asks. */
export function begaransmening(dnr: string | null): string {
  return dnr ? `${synpunktTyper.BEGARAN.etikett} (${dnr})` : synpunktTyper.BEGARAN.etikett;
}

export type Begaransmottagande = Mottagande | { ok: false; orsak: "okant-diarienummer" };

/** Receives a request: a diarienummer must be one in this diarium. */
export async function taEmotBegaran(db: PrismaClient, data: BegaranIn, klient: string, nu = new Date()): Promise<Begaransmottagande> {
  if (data.dnr) {
    const d = tolkaDiarienummer(data.dnr)!;
    const finns =
      d.prefix === diarieprefix() && (await db.synpunkt.findFirst({ where: { diarieAr: d.ar, diarieNr: d.nr }, select: { id: true } }));
    if (!finns) return { ok: false, orsak: "okant-diarienummer" };
  }
  return taEmotSynpunkt(
    db,
    {
      typ: "BEGARAN",
      skolaId: null,
      meddelande: data.meddelande ?? `Jag vill ha en kopia av handlingen ${data.dnr}.`,
      namn: data.namn,
      epost: data.epost,
      meddela: false,
      idempotensnyckel: data.idempotensnyckel,
      startad: data.startad,
      webbplats: data.webbplats,
      begardHandling: data.dnr,
      arendemening: begaransmening(data.dnr),
    },
    klient,
    nu,
  );
}

/**
 * How to appeal a refusal (tryckfrihetsförordningen 2 kap. 19 §, förvaltningslagen 44–45 §§): the
 * text every "Avslag" carries, after the reason.
 */
export function overklagandehanvisning(nummer: string): string {
  return `Så överklagar du beslutet
Du kan överklaga beslutet till kammarrätten i Göteborg. Skicka ditt överklagande till grundskoleförvaltningen, Göteborgs Stad, inte direkt till kammarrätten. Skriv vilket beslut du överklagar (ange ärendenummer ${nummer}), hur du vill att beslutet ska ändras och varför. Överklagandet måste ha kommit in till grundskoleförvaltningen inom tre veckor från den dag du fick del av beslutet. Förvaltningen prövar först om beslutet ska ändras och skickar sedan överklagandet vidare till kammarrätten.`;
}

export const beslutSchema = z
  .object({
    beslut: z.enum(["KOPIA", "AVSLAG"], { error: "Välj Kopia skickad eller Avslag." }),
    skal: text()
      .trim()
      .max(5000, { error: "Högst 5 000 tecken." })
      .transform((v) => v || null),
    meddelande: text()
      .trim()
      .max(5000, { error: "Högst 5 000 tecken." })
      .transform((v) => v || null),
  })
  .refine((d) => d.beslut !== "AVSLAG" || d.skal, {
    path: ["skal"],
    error: "Skriv skälet till avslaget, till exempel vilken sekretessbestämmelse som gäller.",
  });
export type BeslutIn = z.infer<typeof beslutSchema>;

export const beslutsnamn: Record<BeslutIn["beslut"], string> = { KOPIA: "Kopia skickad", AVSLAG: "Avslag" };

/** The text the requester reads: the decision, the reason and the way to appeal a refusal. */
export function beslutstext(b: BeslutIn, nummer: string, dnr: string | null): string {
  const vad = dnr ? `den allmänna handlingen ${dnr}` : "en allmän handling";
  const delar =
    b.beslut === "KOPIA"
      ? [`Du har begärt att få en kopia av ${vad}. Vi har skickat kopian till dig.`, b.meddelande]
      : [
          `Du har begärt att få en kopia av ${vad}. Grundskoleförvaltningen har beslutat att inte lämna ut handlingen.`,
          `Skäl: ${b.skal}`,
          b.meddelande,
          overklagandehanvisning(nummer),
        ];
  return ["Hej!", ...delar.filter(Boolean), "Med vänlig hälsning\nGrundskoleförvaltningen, Göteborgs Stad"].join("\n\n");
}

export type Beslutsutfall = { ok: true } | { ok: false; fel: string };

/** Records the decision on a request, sends it like a reply and closes the case, once. */
export async function besluta(
  db: PrismaClient,
  aktor: (Aktor & { name: string }) | null,
  lopnummer: number,
  b: BeslutIn,
  nu = new Date(),
): Promise<Beslutsutfall> {
  authorize(aktor, "synpunkt.hantera");
  const s = await db.synpunkt.findUnique({
    where: { lopnummer },
    select: {
      id: true,
      typ: true,
      status: true,
      skapad: true,
      epost: true,
      gallrad: true,
      meddela: true,
      begardHandling: true,
      forstaSvar: true,
    },
  });
  if (!s) return { ok: false, fel: "Ärendet finns inte." };
  if (s.typ !== "BEGARAN") return { ok: false, fel: "Ärendet är ingen begäran om allmän handling." };
  if (s.status === "AVSLUTAD")
    return { ok: false, fel: "Begäran är redan avgjord och ärendet avslutat. Öppna det igen om beslutet ska ändras." };
  const nummer = arendenummer(lopnummer, s.skapad);
  const text = beslutstext(b, nummer, s.begardHandling);
  const klar = await db.$transaction(async (tx) => {
    // Claimed on the row: a double submit records one decision.
    const { count } = await tx.synpunkt.updateMany({
      where: { id: s.id, status: { not: "AVSLUTAD" } },
      data: { status: "AVSLUTAD", avslutad: nu, forstaSvar: s.forstaSvar ?? nu, frist: null, nyttMeddelande: false },
    });
    if (count === 0) return false;
    const handelse = { synpunktId: s.id, aktorId: aktor.id };
    if (s.epost && !s.gallrad)
      await koaUtskick(tx, svarsmejl, {
        till: s.epost,
        synpunktId: s.id,
        avregistrering: s.meddela,
        varden: { arendenummer: nummer, svar: text },
      });
    await tx.synpunktHandelse.create({ data: { ...handelse, tidpunkt: nu, typ: "SVAR_SKICKAT", data: { beslut: b.beslut }, text } });
    await tx.synpunktHandelse.create({
      data: {
        ...handelse,
        tidpunkt: new Date(nu.getTime() + 1),
        typ: "STATUS_ANDRAD",
        data: { fran: s.status, till: "AVSLUTAD" },
        text: `${synpunktStatusar[s.status]} → ${synpunktStatusar.AVSLUTAD}`,
      },
    });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: `synpunkt.begaran.${b.beslut.toLowerCase()}`,
        objektTyp: "synpunkt",
        objektId: String(lopnummer),
      },
    });
    return true;
  });
  if (!klar) return { ok: false, fel: "Begäran är redan avgjord." };
  expireTags(taggar.diarium);
  return { ok: true };
}
