import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, migrationsDir, readMigrations } from "@/scripts/db/migrate";
import { diffSql, schemaPath } from "@/scripts/db/schema-engine";
import { catalog } from "../support/catalog";
import { freshDatabase, type TestDatabase } from "../support/databases";

const databases: TestDatabase[] = [];
async function database() {
  const d = await freshDatabase("mig");
  databases.push(d);
  return d;
}
afterAll(async () => {
  await Promise.all(databases.map((d) => d.drop()));
});

describe("migrations", () => {
  it("describe the same database as schema.prisma", async () => {
    const migrated = await database();
    await migrate(migrated.url);

    // The engine's own SQL for the whole schema, applied to an empty database.
    const fromSchema = await database();
    const sql = await diffSql("empty", await readFile(schemaPath, "utf8"));
    const c = new pg.Client({ connectionString: fromSchema.url });
    await c.connect();
    // Extensions are installed by the migrations themselves (Prisma leaves them out of the schema).
    await c.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    await c.query(sql);
    await c.end();

    const [a, b] = await Promise.all([catalog(migrated.url), catalog(fromSchema.url)]);
    expect(a.columns.length).toBeGreaterThan(50);
    expect(a).toEqual(b);
  });

  it("keep one schema, the newest's, for the next diff; it matches schema.prisma", async () => {
    const migrations = await readMigrations();
    const newest = migrations.at(-1)!;
    const saved = await readFile(path.join(migrationsDir, newest.name, "schema.prisma"), "utf8");
    expect(saved).toBe(await readFile(schemaPath, "utf8"));
    const copies = migrations.filter((m) => existsSync(path.join(migrationsDir, m.name, "schema.prisma")));
    expect(copies.map((m) => m.name)).toEqual([newest.name]);
  });

  it("are recorded in _prisma_migrations as prisma migrate deploy records them, and run once", async () => {
    const d = await database();
    const first = await migrate(d.url);
    expect(first).toEqual((await readMigrations()).map((m) => m.name));
    expect(await migrate(d.url)).toEqual([]);

    const c = new pg.Client({ connectionString: d.url });
    await c.connect();
    const { rows } = await c.query(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    await c.end();
    for (const [i, m] of (await readMigrations()).entries()) {
      const sql = await readFile(path.join(migrationsDir, m.name, "migration.sql"));
      expect(rows[i]).toMatchObject({
        migration_name: m.name,
        checksum: createHash("sha256").update(sql).digest("hex"),
        rolled_back_at: null,
        applied_steps_count: 1,
      });
      expect(rows[i].finished_at).toBeInstanceOf(Date);
    }
  });

  it("refuse to run when an applied migration has been edited", async () => {
    const d = await database();
    await migrate(d.url);
    const c = new pg.Client({ connectionString: d.url });
    await c.connect();
    await c.query(`UPDATE "_prisma_migrations" SET checksum = repeat('0', 64)`);
    await c.end();
    await expect(migrate(d.url)).rejects.toThrow(/har ändrats efter att den körts/);
  });
});
