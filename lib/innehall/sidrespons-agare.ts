// Comments on "Hittade du det du letade efter?" go to the page's owner (lib/agare: Innehall.agareId),
// not to the synpunkter inbox: a daily mail tells each owner that their pages have new comments,
// and /personal/sidrespons shows "Mina sidor" first.
//
// At most one mail per owner and Swedish day, also when two job runs meet: the day is claimed by
// inserting (owner, day) into SidresponsAgarmejl, whose primary key makes the second run wait and
// then find it taken; the comments are claimed in the same transaction (Sidrespons.agareMeddelad)
// that queues the mail, so each comment is told once. A comment that comes after the day's mail
// waits for the next day's.
//
// The mail names the pages and how many new comments each has, with a link to the staff page, but
// not the comments themselves: a visitor may write personal data despite the hint, and the text
// should stay where access is checked and where it is removed after 90 days.
import { can } from "../auth/permissions";
import { siteUrl } from "../config";
import { svensktDatum } from "../datum";
import type { PrismaClient } from "../db/generated/client";
import { koaUtskick, mall } from "../utskick";
import { innehallstyp } from "./typer";

/** The mail goes from this hour, Swedish time, like the owners' reminders. */
export const AGARMEJL_FRAN_TIMME = 7;

export const sidresponsmejl = mall({
  namn: "innehall.sidrespons-agare",
  amne: "Nya kommentarer på dina sidor: {antal} {vad}",
  text: `Hej {namn}!

Besökare har svarat Nej på "Hittade du det du letade efter?" och skrivit en kommentar på sidor som du är ägare till:

{lista}

Läs kommentarerna här (du behöver vara inloggad):
{lank}

Du får högst ett sådant mejl per dag. Kommentarerna tas bort efter 90 dagar.

Grundskoleportalen`,
});

const timme = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", hourCycle: "h23" });

export type Agarmejlutfall = { skickad: true; mejl: number; kommentarer: number } | { skickad: false; orsak: "for-tidigt" };

/** Claims the new comments of each owner who has not had today's mail, and queues one mail each; `nu` for the tests. */
export async function mejlaAgareOmSidrespons(db: PrismaClient, nu = new Date()): Promise<Agarmejlutfall> {
  if (Number(timme.format(nu)) < AGARMEJL_FRAN_TIMME) return { skickad: false, orsak: "for-tidigt" };
  const idag = svensktDatum(nu);
  // Only an owner who may still edit the page is told (as for the reminders, lib/agare).
  const konton = (
    await db.user.findMany({
      where: { aktiv: true, borttagen: null },
      select: { id: true, name: true, email: true, roll: true, skolaId: true },
    })
  ).filter((k) => can(k, "innehall.redigera"));
  const sida = innehallstyp("sida")!;
  return db.$transaction(async (tx) => {
    await tx.sidresponsAgarmejl.deleteMany({ where: { dag: { lt: new Date(`${idag}T00:00:00Z`) } } });
    const agare = await tx.$queryRaw<{ agareId: string }[]>`
      SELECT DISTINCT i."agareId" FROM "Sidrespons" r
        JOIN "Innehall" i ON i.typ = 'sida' AND i.nyckel = r.sida
       WHERE r.kommentar IS NOT NULL AND r."agareMeddelad" IS NULL AND i.arkiverad IS NULL
         AND i."agareId" = ANY(${konton.map((k) => k.id)}::text[])`;
    let mejl = 0;
    let kommentarer = 0;
    for (const { agareId } of agare) {
      const konto = konton.find((k) => k.id === agareId)!;
      // The day's claim: a second run waits here for the first to commit, then finds it taken.
      const dag = await tx.$queryRaw<unknown[]>`
        INSERT INTO "SidresponsAgarmejl" ("agareId", dag) VALUES (${agareId}, ${idag}::date)
        ON CONFLICT DO NOTHING RETURNING "agareId"`;
      if (dag.length === 0) continue;
      const nya = await tx.$queryRaw<{ sida: string; data: unknown }[]>`
        UPDATE "Sidrespons" r SET "agareMeddelad" = ${nu}
          FROM "Innehall" i
         WHERE i.typ = 'sida' AND i.nyckel = r.sida AND i."agareId" = ${agareId} AND i.arkiverad IS NULL
           AND r.kommentar IS NOT NULL AND r."agareMeddelad" IS NULL
        RETURNING r.sida, COALESCE(i.publicerad, i.utkast) AS data`;
      if (nya.length === 0) {
        await tx.sidresponsAgarmejl.delete({ where: { agareId_dag: { agareId, dag: new Date(`${idag}T00:00:00Z`) } } });
        continue;
      }
      const perSida = new Map<string, { titel: string; antal: number }>();
      for (const n of nya) {
        const rad = perSida.get(n.sida) ?? { titel: sida.titel(n.sida, (n.data ?? {}) as never) || `/${n.sida}`, antal: 0 };
        rad.antal += 1;
        perSida.set(n.sida, rad);
      }
      await koaUtskick(tx, sidresponsmejl, {
        till: konto.email,
        nu,
        varden: {
          namn: konto.name,
          antal: nya.length,
          vad: nya.length === 1 ? "kommentar" : "kommentarer",
          lista: [...perSida.entries()]
            .sort(([, a], [, b]) => a.titel.localeCompare(b.titel, "sv"))
            .map(([slug, r]) => `- ${r.titel} (/${slug}): ${r.antal} ${r.antal === 1 ? "ny kommentar" : "nya kommentarer"}`)
            .join("\n"),
          lank: `${siteUrl().replace(/\/$/, "")}/personal/sidrespons?visa=mina`,
        },
      });
      mejl += 1;
      kommentarer += nya.length;
    }
    return { skickad: true as const, mejl, kommentarer };
  });
}

export function agarmejlrad(u: Agarmejlutfall): string {
  if (!u.skickad) return `Väntar till klockan ${AGARMEJL_FRAN_TIMME}`;
  return `${u.mejl} mejl om ${u.kommentarer} kommentarer`;
}
