// Retention (gallring): when a case has been closed for longer than the configured number of
// months, the sender's name and e-mail address are removed. The case itself (type, message,
// school, events) is kept as the public record it is. Each batch is one transaction that
// scrubs the cases, writes a GALLRAD event per case (actor null: the system) and a row in the
// admins' audit log, and removes the address from the case's outbox rows. Running it again changes nothing; two instances running
// at once never take the same case (SKIP LOCKED).
import type { PrismaClient } from "../db/generated/client";

export const GALLRINGSBATCH = 500;

export interface Gallringsresultat {
  /** Cases whose name and e-mail address were removed. */
  arenden: number;
  /** Unsent mails to those cases' senders, deleted: there is no address left to send them to. */
  vantandeUtskick: number;
  /** Sent mails whose recipient and text were blanked. */
  skickadeUtskick: number;
  /** Cases closed before this instant were due. */
  grans: Date;
  manader: number;
}

/** `nu` moved back `manader` calendar months; 31 May less three months is 28 (29) February. */
export function manaderFore(nu: Date, manader: number): Date {
  const d = new Date(nu);
  const dag = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - manader);
  const sista = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(dag, sista));
  return d;
}

export async function gallra(
  db: PrismaClient,
  { manader, nu = new Date(), batch = GALLRINGSBATCH }: { manader: number; nu?: Date; batch?: number },
): Promise<Gallringsresultat> {
  const grans = manaderFore(nu, manader);
  const resultat: Gallringsresultat = { arenden: 0, vantandeUtskick: 0, skickadeUtskick: 0, grans, manader };
  const regel = { regel: "avslutad-aldre-an", manader, avslutadFore: grans.toISOString() };
  for (;;) {
    const klar = await db.$transaction(
      async (tx) => {
        const rader = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Synpunkt"
           WHERE status = 'AVSLUTAD' AND avslutad < ${grans} AND gallrad IS NULL
           ORDER BY avslutad, id
           LIMIT ${batch}
             FOR UPDATE SKIP LOCKED`;
        if (rader.length === 0) return true;
        const ids = rader.map((r) => r.id);
        await tx.synpunkt.updateMany({ where: { id: { in: ids } }, data: { namn: null, epost: null, gallrad: nu } });
        await tx.synpunktHandelse.createMany({
          data: ids.map((synpunktId) => ({
            synpunktId,
            typ: "GALLRAD" as const,
            tidpunkt: nu,
            aktorId: null,
            text: `Namn och e-postadress är borttagna: ärendet har varit avslutat i mer än ${manader} ${manader === 1 ? "månad" : "månader"}.`,
            data: regel,
          })),
        });
        const vantande = await tx.utskick.deleteMany({ where: { synpunktId: { in: ids }, skickad: null } });
        // A sent mail stays as a record that it went out, without the address or the greeting's name.
        const skickade = await tx.utskick.updateMany({
          where: { synpunktId: { in: ids }, skickad: { not: null } },
          data: { till: "", text: "" },
        });
        // The admins' audit log gets one row per batch, in the same transaction as the change.
        await tx.granskningshandelse.create({
          data: {
            aktorId: null,
            aktorNamn: "Systemet (gallring)",
            handling: "synpunkt.gallra",
            objektTyp: "synpunkt",
            objektId: `avslutade före ${grans.toISOString().slice(0, 10)}`,
            data: { ...regel, arenden: ids.length, synpunkter: ids },
          },
        });
        resultat.arenden += ids.length;
        resultat.vantandeUtskick += vantande.count;
        resultat.skickadeUtskick += skickade.count;
        return rader.length < batch;
      },
      { timeout: 60_000 },
    );
    if (klar) return resultat;
  }
}

const svDatum = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: "Europe/Stockholm" });

/** One line in Swedish for the command and the log. */
export function gallringsrad(r: Gallringsresultat): string {
  const arenden = r.arenden === 1 ? "1 ärende" : `${r.arenden} ärenden`;
  return (
    `Gallring klar: ${arenden} avslutade före ${svDatum.format(r.grans)} (mer än ${r.manader} ${r.manader === 1 ? "månad" : "månader"} sedan) ` +
    `fick namn och e-postadress borttagna; ${r.vantandeUtskick} ej skickade e-postmeddelanden togs bort och ` +
    `${r.skickadeUtskick} skickade rensades från mottagaradress och text.`
  );
}
