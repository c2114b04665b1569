"use server";

import { argument, formularArgument, tillstandArgument } from "@/lib/http/argument";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { bytLosenord } from "@/lib/auth/byt-losenord";
import { bytLosenordSchema } from "@/lib/auth/schema";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { klientadress } from "@/lib/http/klient";

export interface BytState {
  fel: Record<string, string | undefined>;
}

export async function byt(_prev: BytState, form: FormData): Promise<BytState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  // Passwords are never sent back to the browser: on an error the fields start empty.
  const parsed = bytLosenordSchema.safeParse({ nuvarande: form.get("nuvarande") ?? "", nytt: form.get("nytt") ?? "", upprepa: form.get("upprepa") ?? "" });
  if (!parsed.success) return { fel: Object.fromEntries(Object.entries(parsed.error.flatten().fieldErrors).map(([k, v]) => [k, v?.[0]])) };
  const utfall = await bytLosenord(db, user, parsed.data, klientadress(await headers()));
  if (!utfall.ok) return { fel: utfall.fel };
  redirect("/personal/mitt-konto?losenord=bytt");
}
