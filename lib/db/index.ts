// The app's one Prisma client. Kept on globalThis so that Next.js's hot reload in development
// does not open a new pool per reload.
import { config } from "../config";
import { createClient } from "./client";
import type { PrismaClient } from "./generated/client";

export * from "./generated/client";

const holder = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient =
  holder.prisma ?? createClient(config().DATABASE_URL, config().DATABASE_POOL_SIZE);
if (process.env.NODE_ENV !== "production") holder.prisma = db;
