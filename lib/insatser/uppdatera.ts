// Recording a new status for an insats: authorized here, appended to its history and to the
// audit log, and refused when someone else saved first (optimistic concurrency on `version`).
import type { PrismaClient } from "../db/generated/client";
import { authorize, type Aktor } from "../auth/permissions";
import { expireTags } from "../cache";
import { insatsensTaggar } from "./taggar";
import type { Uppdatering } from "./schema";

export type UppdateringsUtfall =
  | { ok: true; version: number }
  | { ok: false; orsak: "finns-inte" }
  | {
      ok: false;
      orsak: "konflikt";
      aktuell: { status: string; progress: number; version: number; senast: { forfattarNamn: string; kommentar: string } | null };
    };

export async function uppdateraInsats(
  db: PrismaClient,
  aktor: (Aktor & { name: string }) | null,
  slug: string,
  data: Uppdatering,
): Promise<UppdateringsUtfall> {
  const insats = await db.insats.findUnique({
    where: { slug },
    select: { id: true, status: true, progress: true, version: true, arkiverad: true, skolor: { select: { skolaId: true } } },
  });
  if (!insats || insats.arkiverad) {
    authorize(aktor, "insats.uppdatera", { skolor: [] });
    return { ok: false, orsak: "finns-inte" };
  }
  authorize(aktor, "insats.uppdatera", { skolor: insats.skolor.map((s) => s.skolaId) });

  const utfall = await db.$transaction(async (tx) => {
    const { count } = await tx.insats.updateMany({
      where: { id: insats.id, version: data.version },
      data: { status: data.status, progress: data.progress, version: { increment: 1 } },
    });
    if (count === 0) {
      const aktuell = await tx.insats.findUniqueOrThrow({
        where: { id: insats.id },
        select: {
          status: true,
          progress: true,
          version: true,
          uppdateringar: { orderBy: { tidpunkt: "desc" }, take: 1, select: { forfattarNamn: true, kommentar: true } },
        },
      });
      return {
        ok: false as const,
        orsak: "konflikt" as const,
        aktuell: { status: aktuell.status, progress: aktuell.progress, version: aktuell.version, senast: aktuell.uppdateringar[0] ?? null },
      };
    }
    await tx.insatsUppdatering.create({
      data: {
        insatsId: insats.id,
        forfattareId: aktor.id,
        forfattarNamn: aktor.name,
        franStatus: insats.status,
        tillStatus: data.status,
        franProgress: insats.progress,
        tillProgress: data.progress,
        kommentar: data.kommentar,
      },
    });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "insats.status",
        objektTyp: "insats",
        objektId: slug,
        data: { fran: { status: insats.status, progress: insats.progress }, till: { status: data.status, progress: data.progress } },
      },
    });
    return { ok: true as const, version: data.version + 1, taggar: await insatsensTaggar(tx, slug) };
  });
  if (!utfall.ok) return utfall;
  expireTags(...utfall.taggar);
  return { ok: true, version: utfall.version };
}
