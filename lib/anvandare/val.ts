import { roller } from "../auth/roller";
import { db } from "../db";

/** The choices the account forms offer. */
export async function kontoval() {
  const skolor = await db.skola.findMany({ select: { id: true, namn: true }, orderBy: { namn: "asc" } });
  return {
    roller: Object.entries(roller).map(([varde, etikett]) => ({ varde, etikett })),
    skolor: [{ varde: "", etikett: "Ingen skola" }, ...skolor.map((s) => ({ varde: s.id, etikett: s.namn }))],
  };
}
