// npm run db:seed: loads the seed documents' content and the demo data into DATABASE_URL.
import { createClient } from "../lib/db/client";
import { logger } from "../lib/logger";
import { seed } from "../prisma/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  logger.fatal("DATABASE_URL saknas: ange databasen som ska fyllas med innehåll.");
  process.exit(2);
}
const db = createClient(url);
try {
  await seed(db, { demoUsers: process.env.NODE_ENV !== "production" });
  logger.info("Innehåll och demodata inlästa.");
} finally {
  await db.$disconnect();
}
