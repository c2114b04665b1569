import { unstable_cache } from "next/cache";
import { db } from "../db";
import { REVALIDATE_SECONDS, tags } from "../cache";
import { fyllIn } from "./platshallare";
import { sektionerSchema } from "./schema";

const opts = { tags: [tags.innehall], revalidate: REVALIDATE_SECONDS };

export const getForvaltning = unstable_cache(() => db.forvaltning.findUniqueOrThrow({ where: { id: 1 } }), ["forvaltning"], opts);

export const getNyckeltal = unstable_cache(() => db.nyckeltal.findMany({ orderBy: { ordning: "asc" } }), ["nyckeltal"], opts);

export const getSida = unstable_cache(
  async (slug: string) => {
    const sida = await db.sida.findUnique({ where: { slug } });
    if (!sida) return null;
    return { ...sida, sektioner: fyllIn(sektionerSchema.parse(sida.sektioner)) };
  },
  ["sida"],
  opts,
);
