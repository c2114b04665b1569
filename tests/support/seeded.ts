import { createClient } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { migrate } from "@/scripts/db/migrate";
import type { Aktor } from "@/lib/auth/permissions";
import { seed } from "@/prisma/seed";
import { freshDatabase } from "./databases";

export type Demoaktor = Aktor & { name: string };

/** A fresh, migrated database with the seed and the demo accounts, keyed by role. */
export async function seededDatabase(label: string) {
  const database = await freshDatabase(label);
  await migrate(database.url);
  const db: PrismaClient = createClient(database.url);
  await seed(db, { demoUsers: true });
  const aktor: Record<string, Demoaktor> = {};
  for (const u of await db.user.findMany()) aktor[u.roll] = { id: u.id, roll: u.roll, skolaId: u.skolaId, name: u.name };
  return {
    db,
    url: database.url,
    aktor,
    async drop() {
      await db.$disconnect();
      await database.drop();
    },
  };
}
