"use server";

import { argument, formularArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { avslutaAllaSessioner, avslutaEgenSession } from "@/lib/auth/sessioner";
import { authorize } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";

/** Ends one of the signed-in person's sessions (on another device, or this one). */
export async function avslutaSession(form: FormData) {
  argument([formularArgument], [form]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  authorize(user, "konto.eget");
  const nyckel = String(form.get("session") ?? "");
  await avslutaEgenSession(db, user.id, nyckel);
  redirect(nyckel === user.sessionsnyckel ? "/logga-in?utloggad=1" : "/personal/mitt-konto?avslutad=1");
}

/** Ends every session of the signed-in person except this browser's. */
export async function avslutaAndraSessioner() {
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  authorize(user, "konto.eget");
  await avslutaAllaSessioner(db, user.id, user.sessionsnyckel);
  redirect("/personal/mitt-konto?avslutad=alla");
}
