// Writes the next migration: the SQL that takes the database described by the existing
// migrations (replayed as the schema saved with the last one) to prisma/schema.prisma.
// Usage: npm run db:migration -- <name>
import { mkdir, readFile, writeFile, readdir } from "node:fs/promises";
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
const existing = (await readdir(migrationsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const previous = existing.at(-1);
// Each migration keeps the schema it was written from, so the next diff has a base without a database.
const from = previous ? await readFile(path.join(migrationsDir, previous, "schema.prisma"), "utf8") : "empty";
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
process.stdout.write(`${path.relative(process.cwd(), dir)}/migration.sql\n`);
