// Which public pages show an insats, as cache tags (lib/taggar.ts): its own page, its parent's
// (the delinsatser list), its programme's and area's pages (their insats lists), the pages of the
// schools it concerns, the start page's latest updates and "Så går det". Read inside the write's
// transaction, before and after the change, so a school or parent it left is expired too.
import type { Prisma } from "../db/generated/client";
import { taggar, type Tag } from "../taggar";

export async function insatsensTaggar(
  tx: Prisma.TransactionClient,
  slug: string,
  /** Also its delinsatser's pages, which show its title. */
  medDelinsatser = false,
): Promise<Tag[]> {
  const i = await tx.insats.findUnique({
    where: { slug },
    select: {
      parent: { select: { slug: true } },
      delinsatser: { select: { slug: true } },
      program: { select: { slug: true } },
      forstarkningsomrade: { select: { slug: true } },
      skolor: { select: { skola: { select: { slug: true } } } },
    },
  });
  if (!i) return [];
  return [
    taggar.insats(slug),
    ...(i.parent ? [taggar.insats(i.parent.slug)] : []),
    ...(medDelinsatser ? i.delinsatser.map((d) => taggar.insats(d.slug)) : []),
    ...(i.program ? [taggar.program(i.program.slug)] : []),
    ...(i.forstarkningsomrade ? [taggar.omrade(i.forstarkningsomrade.slug)] : []),
    ...i.skolor.map((s) => taggar.skola(s.skola.slug)),
    taggar.uppdateringar,
    taggar.sagardet,
  ];
}
