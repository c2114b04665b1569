import { db } from "../db";
import { cachad, taggar } from "../cache";

export const getProgram = cachad(
  "program",
  (slug: string) =>
    db.program.findUnique({
      where: { slug },
      include: {
        punkter: { orderBy: [{ kategori: "asc" }, { ordning: "asc" }] },
        delar: { orderBy: { ordning: "asc" } },
      },
    }),
  (slug) => [taggar.program(slug)],
);
