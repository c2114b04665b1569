import { unstable_cache } from "next/cache";
import { db } from "../db";
import { REVALIDATE_SECONDS, tags } from "../cache";
import type { Skolfilter } from "./schema";

const opts = { tags: [tags.skolor], revalidate: REVALIDATE_SECONDS };

export const getSkolor = unstable_cache(
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
  ["skolor"],
  opts,
);

export const getSkola = unstable_cache(
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
  ["skola"],
  opts,
);
