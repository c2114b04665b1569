// npm run gallra: removes name and e-mail address from cases closed longer ago than
// GALLRING_MANADER months (default 12), in DATABASE_URL. Safe to run at any time and as often
// as wanted; each server instance also runs it once a day.
import { config } from "../lib/config";
import { createClient } from "../lib/db/client";
import { gallra, gallringsrad } from "../lib/synpunkter/gallring";

let c;
try {
  c = config();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const db = createClient(c.DATABASE_URL);
try {
  console.log(gallringsrad(await gallra(db, { manader: c.GALLRING_MANADER })));
} catch (error) {
  console.error(`Gallringen misslyckades: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
