"use server";

import { argument, formularArgument, tillstandArgument } from "@/lib/http/argument";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/permissions";
import { tvastegsBekraftelseSchema } from "@/lib/auth/schema";
import { currentUser } from "@/lib/auth/session";
import { aktiveraTvastegs } from "@/lib/auth/tvastegs";
import { nyaReservkoder, stangAvTvastegs } from "@/lib/auth/tvastegs-installningar";
import { db } from "@/lib/db";
import { klientadress } from "@/lib/http/klient";

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

export interface BekraftaState {
  fel: Record<string, string | undefined>;
  /** The new recovery codes, shown once. */
  koder?: string[];
}

/** The password and the code are never sent back: on an error both fields start empty. */
function las(form: FormData) {
  const parsed = tvastegsBekraftelseSchema.safeParse({ losenord: form.get("losenord") ?? "", kod: form.get("kod") ?? "" });
  if (parsed.success) return { data: parsed.data };
  return { fel: Object.fromEntries(Object.entries(parsed.error.flatten().fieldErrors).map(([k, v]) => [k, v?.[0]])) };
}

export async function skapaNyaReservkoder(_prev: BekraftaState, form: FormData): Promise<BekraftaState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const { data, fel } = las(form);
  if (!data) return { fel };
  const utfall = await nyaReservkoder(db, user, data, klientadress(await headers()));
  return utfall.ok ? { fel: {}, koder: utfall.koder } : { fel: utfall.fel };
}

export async function stangAv(_prev: BekraftaState, form: FormData): Promise<BekraftaState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const { data, fel } = las(form);
  if (!data) return { fel };
  const utfall = await stangAvTvastegs(db, user, data, klientadress(await headers()));
  if (!utfall.ok) return { fel: utfall.fel };
  redirect("/personal/mitt-konto?tvastegs=av");
}
