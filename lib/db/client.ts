import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

/**
 * A client for a given URL, for the app, scripts and tests alike. A transaction waits up to 10 s
 * for a connection (Prisma's default is 2 s): when many save at once and the pool is busy, a
 * short wait is better than a 500 and a lost save.
 */
export function createClient(connectionString: string, max = 5): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max }),
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}
