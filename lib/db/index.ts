// The app's one Prisma client, made on first use (so that `next build`, which imports every
// route, needs no database). Kept on globalThis so that Next.js's hot reload in development
// does not open a new pool per reload.
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { notFound } from "next/navigation";
import { config } from "../config";
import { createClient } from "./client";
import type { PrismaClient } from "./generated/client";

export * from "./generated/client";

const holder = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  // `next build` has no database and bakes no data: a page that reads any is left unmade (a 404
  // that scripts/app-server.ts removes from the output) and is made on its first request.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) notFound();
  holder.prisma ??= createClient(config().DATABASE_URL, config().DATABASE_POOL_SIZE);
  return holder.prisma;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const c = client();
    const value = Reflect.get(c, property);
    return typeof value === "function" ? value.bind(c) : value;
  },
});
