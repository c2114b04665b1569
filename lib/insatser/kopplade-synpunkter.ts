import { cachad, taggar } from "../cache";
import { db } from "../db";
import { offentligtAntal } from "./kopplingstroskel";

/**
 * How many cases are linked to an insats, as its public page may show it: null below the
 * threshold. Tagged with the insats's page, which a link expires while the number shows.
 */
export const getKoppladeSynpunkter = cachad(
  "insats-kopplade-synpunkter",
  async (slug: string) => offentligtAntal(await db.synpunktInsats.count({ where: { insats: { slug } } })),
  (slug) => [taggar.insats(slug)],
);
