"use server";

import { argument, formularArgument, tillstandArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { aktiveraTvastegs } from "@/lib/auth/tvastegs";
import { db } from "@/lib/db";

export interface TvastegsState {
  fel?: string;
  /** Shown once, right after the second factor is turned on. */
  koder?: string[];
}

export async function aktivera(_prev: TvastegsState, form: FormData): Promise<TvastegsState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  authorize(user, "konto.eget");
  const kod = String(form.get("kod") ?? "").trim();
  if (!kod) return { fel: "Skriv koden från appen." };
  const utfall = await aktiveraTvastegs(db, user, { hemlighet: String(form.get("hemlighet") ?? ""), signatur: String(form.get("signatur") ?? ""), kod });
  return utfall.ok ? { koder: utfall.koder } : { fel: utfall.fel };
}
