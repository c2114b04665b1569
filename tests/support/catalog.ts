import pg from "pg";

/** The shape of a database's public schema: columns, indexes, constraints and enums, sorted. */
export async function catalog(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const q = async (sql: string) => (await c.query(sql)).rows;
    return {
      columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
                          FROM information_schema.columns
                         WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
                         ORDER BY 1, 2`),
      indexes: await q(`SELECT indexname, indexdef FROM pg_indexes
                         WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`),
      constraints: await q(`SELECT conrelid::regclass::text AS tabell, conname, pg_get_constraintdef(oid) AS def
                              FROM pg_constraint
                             WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
                             ORDER BY 1, 2`),
      enums: await q(`SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
                        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
                       GROUP BY t.typname ORDER BY 1`),
    };
  } finally {
    await c.end();
  }
}
