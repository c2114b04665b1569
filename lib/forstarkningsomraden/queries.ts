import { db } from "../db";
import { cachad, taggar } from "../cache";

export const getForstarkningsomraden = cachad(
  "forstarkningsomraden",
  () => db.forstarkningsomrade.findMany({ orderBy: { nummer: "asc" } }),
  () => [taggar.omradeslista],
);

export const getForstarkningsomrade = cachad(
  "forstarkningsomrade",
  (slug: string) =>
    db.forstarkningsomrade.findUnique({
      where: { slug },
      include: { relateradeLankar: { orderBy: { ordning: "asc" } } },
    }),
  (slug) => [taggar.omrade(slug)],
);
