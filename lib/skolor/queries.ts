import { db } from "../db";
import { cachad, taggar } from "../cache";
import type { Skolfilter } from "./schema";

export const getSkolor = cachad(
  "skolor",
  (filter: Skolfilter) =>
    db.skola.findMany({
      where: {
        ...(filter.stadsomrade ? { stadsomrade: filter.stadsomrade } : {}),
        ...(filter.arskurs !== undefined ? { arskursFran: { lte: filter.arskurs }, arskursTill: { gte: filter.arskurs } } : {}),
        ...(filter.pilot ? { framtidsrustadPilot: true } : {}),
      },
      orderBy: [{ namn: "asc" }],
      select: {
        id: true,
        slug: true,
        namn: true,
        stadsomrade: true,
        adress: true,
        arskursFran: true,
        arskursTill: true,
        framtidsrustadPilot: true,
        demo: true,
      },
    }),
  () => [taggar.skollista],
);

export const getSkola = cachad(
  "skola",
  (slug: string) =>
    db.skola.findUnique({
      where: { slug },
      include: {
        pilotsteg: {
          select: { status: true, programdel: { select: { namn: true, slug: true } } },
          orderBy: { programdel: { ordning: "asc" } },
        },
      },
    }),
  (slug) => [taggar.skola(slug), taggar.skolsidor],
);
