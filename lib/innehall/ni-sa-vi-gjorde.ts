import { cachad, taggar } from "../cache";
import { db } from "../db";
import { renderaMarkdown } from "./markdown";

/** A förstärkningsområde's published "Ni sa – vi gjorde" as HTML, or null when there is none. */
export const getNiSaViGjorde = cachad(
  "ni-sa-vi-gjorde",
  async (slug: string) => {
    const item = await db.innehall.findUnique({
      where: { typ_nyckel: { typ: "ni-sa-vi-gjorde", nyckel: slug } },
      select: { publicerad: true, avpublicerad: true, arkiverad: true },
    });
    const text = (item?.publicerad as { text?: string } | null)?.text;
    if (!item || item.avpublicerad || item.arkiverad || !text) return null;
    return { html: renderaMarkdown(text) };
  },
  (slug) => [taggar.omrade(slug)],
);
