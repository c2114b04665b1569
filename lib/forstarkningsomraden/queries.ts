import { unstable_cache } from "next/cache";
import { db } from "../db";
import { REVALIDATE_SECONDS, tags } from "../cache";

const opts = { tags: [tags.innehall], revalidate: REVALIDATE_SECONDS };

export const getForstarkningsomraden = unstable_cache(
  () => db.forstarkningsomrade.findMany({ orderBy: { nummer: "asc" } }),
  ["forstarkningsomraden"],
  opts,
);

export const getForstarkningsomrade = unstable_cache(
  (slug: string) =>
    db.forstarkningsomrade.findUnique({
      where: { slug },
      include: { relateradeLankar: { orderBy: { ordning: "asc" } } },
    }),
  ["forstarkningsomrade"],
  opts,
);
