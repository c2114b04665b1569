// npm run db:migrate: applies pending migrations to DATABASE_URL.
import { migrate } from "./db/migrate";
import { logger } from "../lib/logger";

const url = process.env.DATABASE_URL;
if (!url) {
  logger.fatal("DATABASE_URL saknas: ange databasen som ska migreras.");
  process.exit(2);
}
const applied = await migrate(url);
logger.info({ applied }, applied.length ? "Migreringar körda." : "Databasen är redan aktuell.");
