// Writes the next migration: the SQL that takes the database described by the existing
// migrations to prisma/schema.prisma. The diff base is the schema the newest migration was
// written from, kept in its folder and nowhere else: the new migration takes it over.
// tests/integration/migrations.test.ts proves that the migrations build the database that
// schema.prisma describes, so older copies are not needed. (Diffing a migrated database
// instead would need Prisma's introspection, which the WebAssembly engine cannot do here.)
// Usage: npm run db:migration -- <name>
import { mkdir, readFile, rm, writeFile, readdir } from "node:fs/promises";
import path from "node:path";
import { migrationsDir } from "./db/migrate";
import { diffSql, schemaPath } from "./db/schema-engine";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Ange ett namn med små bokstäver, siffror och _: npm run db:migration -- add_outbox");
  process.exit(2);
}
await mkdir(migrationsDir, { recursive: true });
const lock = path.join(migrationsDir, "migration_lock.toml");
await writeFile(lock, 'provider = "postgresql"\n');
const existing = (await readdir(migrationsDir, { withFileTypes: true }))
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const previous = existing.at(-1);
const base = previous ? path.join(migrationsDir, previous, "schema.prisma") : null;
const from = base
  ? await readFile(base, "utf8").catch(() => {
      console.error(`${path.relative(process.cwd(), base)} saknas: den nyaste migreringen ska ha schemat den skrevs från.`);
      process.exit(1);
    })
  : "empty";
const current = await readFile(schemaPath, "utf8");
const sql = await diffSql(from, current);
if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
  console.error("Inga ändringar mot förra migreringen.");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
await mkdir(dir);
await writeFile(path.join(dir, "migration.sql"), sql);
await writeFile(path.join(dir, "schema.prisma"), current);
if (base) await rm(base);
process.stdout.write(`${path.relative(process.cwd(), dir)}/migration.sql\n`);
