import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

/** A client for a given URL, for the app, scripts and tests alike. */
export function createClient(connectionString: string, max = 5): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}
