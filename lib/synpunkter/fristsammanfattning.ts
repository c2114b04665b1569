// The deadline summary: once every working day, each handläggare with cases that are late or due
// within SNART_ARBETSDAGAR working days gets one mail listing them, and each admin one listing all
// of them (unassigned ones too). An internal mail to staff, so it may name the school; it never
// carries what the sender wrote.
//
// Exactly once per day: the day is claimed (a row in Fristsammanfattning) in the same transaction
// that queues the mails, so two instances or a restart cannot send it twice, and a failure sends
// nothing and leaves the day to the next run.
import { arArbetsdag, laggTillArbetsdagar } from "../arbetsdagar";
import { siteUrl } from "../config";
import { svensktDatum } from "../datum";
import type { PrismaClient } from "../db/generated/client";
import { koaUtskick, mall } from "../utskick";
import { datumText, forsening, SNART_ARBETSDAGAR, somDatum } from "./frister";
import { arendenummer, synpunktTyper } from "./typer";

/** The summary goes out from this hour, Swedish time, so it is waiting when the day begins. */
export const SAMMANFATTNING_FRAN_TIMME = 7;

export const fristsammanfattningsmejl = mall({
  namn: "synpunkt.fristsammanfattning",
  amne: "Ärenden att hinna med: {forsenade} försenade, {snart} förfaller snart",
  text: `Hej {namn}!

{inledning}

{lista}

Inkorgen, sorterad efter förfallodag:
{inkorg}

Grundskoleportalen skickar den här sammanfattningen varje arbetsdag då det finns ärenden som är försenade eller förfaller inom ${SNART_ARBETSDAGAR} arbetsdagar.`,
});

const adress = () => siteUrl().replace(/\/$/, "");
const timme = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", hourCycle: "h23" });

interface Rad {
  lopnummer: number;
  typ: keyof typeof synpunktTyper;
  skapad: Date;
  status: "MOTTAGEN" | "UNDER_HANDLAGGNING" | "BESVARAD" | "AVSLUTAD";
  forstaSvar: Date | null;
  svarSenast: Date | null;
  avslutasSenast: Date | null;
  frist: Date | null;
  handlaggareId: string | null;
  skola: { namn: string } | null;
}

function rad(r: Rad, idag: string): string {
  const sen = forsening(r, idag);
  const vad = r.forstaSvar ? "avslutas senast" : "svar senast";
  const skola = r.skola ? `, ${r.skola.namn}` : "";
  return `- ${arendenummer(r.lopnummer, r.skapad)} (${synpunktTyper[r.typ].etikett}${skola}): ${vad} ${datumText(r.frist!)}${sen ? ", FÖRSENAD" : ""}
  ${adress()}/personal/synpunkter/${r.lopnummer}`;
}

export type Sammanfattningsutfall =
  | { skickad: true; mejl: number; arenden: number }
  | { skickad: false; orsak: "inte-arbetsdag" | "for-tidigt" | "redan-skickad" | "inget-att-skicka" };

/** Queues today's summary mails, once per working day; `nu` for the tests. */
export async function skickaFristsammanfattning(db: PrismaClient, nu = new Date()): Promise<Sammanfattningsutfall> {
  const idag = svensktDatum(nu);
  if (!arArbetsdag(idag)) return { skickad: false, orsak: "inte-arbetsdag" };
  if (Number(timme.format(nu)) < SAMMANFATTNING_FRAN_TIMME) return { skickad: false, orsak: "for-tidigt" };
  const grans = somDatum(laggTillArbetsdagar(idag, SNART_ARBETSDAGAR));
  return db.$transaction(async (tx) => {
    const rader: Rad[] = await tx.synpunkt.findMany({
      where: { frist: { not: null, lte: grans } },
      orderBy: [{ frist: "asc" }, { id: "asc" }],
      select: {
        lopnummer: true,
        typ: true,
        skapad: true,
        status: true,
        forstaSvar: true,
        svarSenast: true,
        avslutasSenast: true,
        frist: true,
        handlaggareId: true,
        skola: { select: { namn: true } },
      },
    });
    // Claimed even when there is nothing to send, so the day is not looked at again.
    const { count } = await tx.fristsammanfattning.createMany({
      data: [{ datum: somDatum(idag), antal: rader.length }],
      skipDuplicates: true,
    });
    if (count === 0) return { skickad: false, orsak: "redan-skickad" } as const;
    if (rader.length === 0) return { skickad: false, orsak: "inget-att-skicka" } as const;
    const personal = await tx.user.findMany({
      where: { aktiv: true, OR: [{ roll: "ADMIN" }, { id: { in: [...new Set(rader.flatMap((r) => r.handlaggareId ?? []))] } }] },
      select: { id: true, name: true, email: true, roll: true },
    });
    let mejl = 0;
    for (const p of personal) {
      // An admin reads every case; a handläggare the ones assigned to them.
      const egna = p.roll === "ADMIN" ? rader : rader.filter((r) => r.handlaggareId === p.id);
      if (egna.length === 0) continue;
      const forsenade = egna.filter((r) => forsening(r, idag)).length;
      await koaUtskick(tx, fristsammanfattningsmejl, {
        till: p.email,
        nu,
        varden: {
          namn: p.name,
          forsenade,
          snart: egna.length - forsenade,
          inledning:
            p.roll === "ADMIN"
              ? "De här ärendena i förvaltningens inkorg är försenade eller förfaller snart:"
              : "De här ärendena som är tilldelade dig är försenade eller förfaller snart:",
          lista: egna.map((r) => rad(r, idag)).join("\n"),
          inkorg: `${adress()}/personal/synpunkter?${p.roll === "ADMIN" ? "" : "mina=1&"}sortera=frist`,
        },
      });
      mejl += 1;
    }
    return { skickad: true, mejl, arenden: rader.length } as const;
  });
}

export function sammanfattningsrad(u: Sammanfattningsutfall): string {
  if (u.skickad) return `${u.mejl} mejl om ${u.arenden} ärenden`;
  return {
    "inte-arbetsdag": "Ingen sammanfattning: inte en arbetsdag",
    "for-tidigt": `Väntar till klockan ${SAMMANFATTNING_FRAN_TIMME}`,
    "redan-skickad": "Dagens sammanfattning är redan skickad",
    "inget-att-skicka": "Inga försenade eller snart förfallna ärenden i dag",
  }[u.orsak];
}
