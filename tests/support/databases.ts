// A fresh, empty database for one test file or one browser run, so runs never see each
// other's data. With TEST_DATABASE_URL (a role that may create databases) each one is a new
// database on that server (npm test sets it to an embedded server of its own when it is unset);
// without it, a new embedded PostgreSQL server in a temporary folder.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../../scripts/db/embedded";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function freshDatabase(label = "t"): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const embedded = await startEmbeddedPostgres();
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `gsp_${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
