// Answer templates: admins keep them per type, with placeholders the case fills in; the
// handläggare picks one on the case page and edits it before it is sent (and the plain-language
// check, lib/lasbarhet.ts, reads what they wrote). A template is text for a citizen, so every
// placeholder must be one the case can fill: an unknown one is refused when the template is saved.
import { z } from "zod";
import { text } from "@/lib/text";
import type { PrismaClient } from "../db/generated/client";
import type { SynpunktTyp } from "../db/generated/enums";
import { authorize, type Aktor } from "../auth/permissions";

/** The placeholders a template may use, and what each becomes. */
export const PLATSHALLARE = {
  namn: "avsändarens namn, eller inget om hen inte angav något",
  ärendenummer: "ärendenumret, till exempel GF-2026-00042",
  diarienummer: "diarienumret, till exempel GRF 2026/00123",
  skola: "skolans namn, eller ”skolan” om ingen skola angavs",
  handläggare: "ditt namn",
} as const;
export type Platshallare = keyof typeof PLATSHALLARE;

const TYPER = ["FRAGA", "SYNPUNKT", "KLAGOMAL", "BEROM", "BEGARAN"] as const;
const okanda = (t: string) => [...t.matchAll(/\{([^{}\s]{1,40})\}/g)].map((m) => m[1]).filter((n) => !(n in PLATSHALLARE));

export const svarsmallSchema = z.object({
  namn: text().trim().min(1, { error: "Ge mallen ett namn." }).max(100, { error: "Namnet får vara högst 100 tecken." }),
  typ: z.preprocess((v) => (v === "" ? null : v), z.enum(TYPER, { error: "Välj en typ i listan." }).nullable()),
  text: text()
    .trim()
    .min(1, { error: "Skriv mallens text." })
    .max(5000, { error: "Högst 5 000 tecken." })
    .superRefine((t, ctx) => {
      const fel = okanda(t);
      if (fel.length)
        ctx.addIssue({
          code: "custom",
          message: `Okänd platshållare ${fel.map((n) => `{${n}}`).join(", ")}. Använd ${Object.keys(PLATSHALLARE)
            .map((n) => `{${n}}`)
            .join(", ")}.`,
        });
    }),
});
export type SvarsmallIn = z.infer<typeof svarsmallSchema>;

type Admin = Aktor & { name: string };

async function logga(db: PrismaClient, aktor: Admin, handling: string, id: string) {
  await db.granskningshandelse.create({
    data: { aktorId: aktor.id, aktorNamn: aktor.name, handling: `svarsmall.${handling}`, objektTyp: "svarsmall", objektId: id },
  });
}

export async function skapaSvarsmall(db: PrismaClient, aktor: Admin | null, m: SvarsmallIn): Promise<{ id: string }> {
  authorize(aktor, "svarsmall.hantera");
  const ny = await db.svarsmall.create({ data: m, select: { id: true } });
  await logga(db, aktor, "skapa", ny.id);
  return ny;
}

export async function andraSvarsmall(db: PrismaClient, aktor: Admin | null, id: string, m: SvarsmallIn): Promise<boolean> {
  authorize(aktor, "svarsmall.hantera");
  const { count } = await db.svarsmall.updateMany({ where: { id }, data: m });
  if (count) await logga(db, aktor, "andra", id);
  return count === 1;
}

export async function taBortSvarsmall(db: PrismaClient, aktor: Admin | null, id: string): Promise<void> {
  authorize(aktor, "svarsmall.hantera");
  const { count } = await db.svarsmall.deleteMany({ where: { id } });
  if (count) await logga(db, aktor, "ta-bort", id);
}

/** Every template, for the admins' page. */
export function allaSvarsmallar(db: PrismaClient) {
  return db.svarsmall.findMany({ orderBy: [{ typ: "asc" }, { namn: "asc" }] });
}

/** The templates offered for a case of this type: its own and those for every type. */
export function svarsmallarFor(db: PrismaClient, typ: SynpunktTyp) {
  return db.svarsmall.findMany({
    where: { OR: [{ typ }, { typ: null }] },
    orderBy: [{ namn: "asc" }],
    select: { id: true, namn: true, text: true },
  });
}

/**
 * The template with the case's values. An empty name leaves no gap ("Hej {namn}!" becomes
 * "Hej!"); a placeholder without a value (no diarienummer yet) is left for the handläggare to see.
 */
export function fyllSvarsmall(mall: string, varden: Partial<Record<Platshallare, string | null>>): string {
  return mall
    .replace(/\{([^{}\s]{1,40})\}/g, (hel, namn: string) => {
      if (!(namn in varden)) return hel;
      return varden[namn as Platshallare] ?? "";
    })
    .replace(/[ \t]+([!,.?])/g, "$1")
    .replace(/[ \t]{2,}/g, " ");
}

/** Three templates to start from, for a new installation (prisma/seed). */
export const FORSTA_SVARSMALLAR: SvarsmallIn[] = [
  {
    namn: "Svar på fråga",
    typ: "FRAGA",
    text: `Hej {namn}!

Tack för din fråga (ärende {ärendenummer}).

[Skriv svaret här.]

Har du fler frågor är du välkommen att svara på det här meddelandet via din ärendesida.

Med vänlig hälsning
{handläggare}
Grundskoleförvaltningen, Göteborgs Stad`,
  },
  {
    namn: "Klagomålet är utrett",
    typ: "KLAGOMAL",
    text: `Hej {namn}!

Tack för att du hörde av dig om {skola} (ärende {ärendenummer}). Vi har utrett det du skrev.

Det här har vi gjort: [Skriv vad förvaltningen eller skolan har gjort.]

Är du inte nöjd med svaret kan du skriva till oss igen via din ärendesida.

Med vänlig hälsning
{handläggare}
Grundskoleförvaltningen, Göteborgs Stad`,
  },
  {
    namn: "Tack för beröm",
    typ: "BEROM",
    text: `Hej {namn}!

Tack för dina vänliga ord. Vi har skickat dem vidare till {skola}.

Med vänlig hälsning
{handläggare}
Grundskoleförvaltningen, Göteborgs Stad`,
  },
];
