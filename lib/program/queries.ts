import { unstable_cache } from "next/cache";
import { db } from "../db";
import { REVALIDATE_SECONDS, tags } from "../cache";

export const getProgram = unstable_cache(
  (slug: string) =>
    db.program.findUnique({
      where: { slug },
      include: {
        punkter: { orderBy: [{ kategori: "asc" }, { ordning: "asc" }] },
        delar: { orderBy: { ordning: "asc" } },
      },
    }),
  ["program"],
  { tags: [tags.innehall], revalidate: REVALIDATE_SECONDS },
);
