"use server";

import { argument, formularArgument, slugArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { pilotstegSchema, sattPilot, sattPilotsteg } from "@/lib/skolor/pilot";

async function utfor(fn: (user: NonNullable<Awaited<ReturnType<typeof currentUser>>>) => Promise<{ ok: boolean }>, lyckat: string) {
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  let ok: boolean;
  try {
    ok = (await fn(user)).ok;
  } catch (error) {
    if (error instanceof ForbiddenError) redirect("/personal/ingen-behorighet");
    throw error;
  }
  redirect(`/personal/pilotskolor?${ok ? lyckat : "fel=1"}`);
}

export async function laggTill(form: FormData) {
  argument([formularArgument], [form]);
  const slug = String(form.get("skola") ?? "");
  await utfor((user) => sattPilot(db, user, slug, true), "tillagd=1");
}

export async function taBort(slug: string) {
  argument([slugArgument], [slug]);
  await utfor((user) => sattPilot(db, user, slug, false), "borttagen=1");
}

export async function sparaSteg(slug: string, form: FormData) {
  argument([slugArgument, formularArgument], [slug, form]);
  const parsed = pilotstegSchema.safeParse(Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, String(v)])));
  if (!parsed.success) redirect("/personal/pilotskolor?fel=1");
  await utfor((user) => sattPilotsteg(db, user, slug, parsed.data), "sparad=1");
}
