// Prisma's WebAssembly schema engine, driven in-process, for writing migrations (diff). The
// Prisma CLI would download a native engine, which these machines cannot; the wasm build is
// the same engine. Its API is internal to Prisma: the version is pinned and
// tests/integration/migrations.test.ts covers it.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { startEmbeddedPostgres } from "./embedded";

const require = createRequire(import.meta.url);
const root = process.cwd();
export const schemaPath = path.join(root, "prisma", "schema.prisma");

// The engine reports a Rust panic through this global before it throws.
let panicMessage = "";
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message: string) => {
    panicMessage = message;
  },
};

let ready: Promise<void> | undefined;
function loadWasm() {
  ready ??= (async () => {
    const pkg = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const file = path.join(pkg, "schema_engine_bg.wasm");
    const compiled = await WebAssembly.compile(await readFile(file));
    const instance = await WebAssembly.instantiate(compiled, {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
  })();
  return ready;
}

type Engine = bg.SchemaEngine;

async function withEngine<T>(connectionString: string, fn: (e: Engine) => Promise<T>) {
  await loadWasm();
  const datamodel = await readFile(schemaPath, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }, { schema: "public" }));
  const engine: Engine = await bg.SchemaEngine.new({ datamodels: [[schemaPath, datamodel]] }, () => {}, adapter);
  try {
    return await fn(engine);
  } catch (error) {
    if (panicMessage) throw new Error(`Prismas schemamotor avbröt: ${panicMessage}`, { cause: error });
    throw error;
  } finally {
    engine.free();
  }
}

/** SQL that takes a database from `from` to `to`; no database needed for these two targets. */
export async function diffSql(from: "empty" | string, to: string): Promise<string> {
  // The engine insists on a live connection even to compare two schema files; an empty
  // in-memory database is enough.
  const scratch = await startEmbeddedPostgres();
  try {
    return await diffAgainst(scratch.url, from, to);
  } finally {
    await scratch.stop();
  }
}

async function diffAgainst(url: string, from: "empty" | string, to: string) {
  const target = (content: string): bg.DiffTarget => ({
    tag: "schemaDatamodel",
    files: [{ path: schemaPath, content }],
  });
  return withEngine(url, async (engine) => {
    const out = await engine.diff({
      from: from === "empty" ? { tag: "empty" } : target(from),
      to: target(to),
      script: true,
      exitCode: false,
      filters: { externalTables: [], externalEnums: [] },
    });
    return out.stdout ?? "";
  });
}
