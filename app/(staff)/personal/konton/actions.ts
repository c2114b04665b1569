"use server";

import { argument, formularArgument, idArgument, tillstandArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { andraKonto, loggaUtOverallt, skapaKonto } from "@/lib/anvandare/konton";
import { kontoAndringSchema, nyttKontoSchema, taBortKontoSchema } from "@/lib/anvandare/schema";
import { taBortKonto } from "@/lib/anvandare/ta-bort";
import { skickaLosenordslank } from "@/lib/auth/losenordslank";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";

export interface KontoState {
  varden: Record<string, string>;
  fel: Record<string, string | undefined>;
}

const nekad = { formular: "Du har inte behörighet att hantera konton." };

function varden(form: FormData, falt: string[]) {
  return Object.fromEntries(falt.map((f) => [f, String(form.get(f) ?? "")]));
}

function forstaFel(fieldErrors: Record<string, string[] | undefined>) {
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, v?.[0]]));
}

export async function skapa(_prev: KontoState, form: FormData): Promise<KontoState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const v = varden(form, ["email", "name", "roll", "skolaId", "losenord"]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const parsed = nyttKontoSchema.safeParse(v);
  const utan = { ...v, losenord: "" }; // a password is never sent back to the browser
  if (!parsed.success) return { varden: utan, fel: forstaFel(parsed.error.flatten().fieldErrors) };
  try {
    const utfall = await skapaKonto(db, user, parsed.data);
    if (!utfall.ok) return { varden: utan, fel: utfall.fel };
  } catch (error) {
    if (error instanceof ForbiddenError) return { varden: utan, fel: nekad };
    throw error;
  }
  redirect("/personal/konton?skapat=1");
}

// Takes the account's id from a form field, not a bound argument: without JavaScript, a bound action
// whose useActionState answers with a state (an error) never gets an answer (Next.js issue 57867).
export async function andra(_prev: KontoState, form: FormData): Promise<KontoState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const [id] = argument([idArgument], [form.get("id")]);
  const v = varden(form, ["roll", "skolaId", "aktiv"]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const parsed = kontoAndringSchema.safeParse(v);
  if (!parsed.success) return { varden: v, fel: forstaFel(parsed.error.flatten().fieldErrors) };
  try {
    const utfall = await andraKonto(db, user, id, parsed.data);
    if (!utfall.ok) return { varden: v, fel: utfall.fel };
  } catch (error) {
    if (error instanceof ForbiddenError) return { varden: v, fel: nekad };
    throw error;
  }
  redirect("/personal/konton?sparat=1");
}

/** "Logga ut överallt": ends every session of the account (a form without JavaScript works too). */
export async function loggaUtKontoOverallt(id: string) {
  argument([idArgument], [id]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  try {
    await loggaUtOverallt(db, user, id);
  } catch (error) {
    if (error instanceof ForbiddenError) redirect("/personal/ingen-behorighet");
    throw error;
  }
  redirect(id === user.id ? "/logga-in?utloggad=1" : `/personal/konton/${id}?utloggad=1`);
}

// The next two take the account's id from a form field, not a bound argument: without JavaScript,
// a bound action whose useActionState returns a state (an error) got no answer at all.

/** "Skicka länk för nytt lösenord": a single-use link by mail (lib/auth/losenordslank.ts). */
export async function skickaLank(_prev: KontoState, form: FormData): Promise<KontoState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const [id] = argument([idArgument], [form.get("id")]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  try {
    const utfall = await skickaLosenordslank(db, user, id);
    if (!utfall.ok) return { varden: {}, fel: utfall.fel };
  } catch (error) {
    if (error instanceof ForbiddenError) return { varden: {}, fel: nekad };
    throw error;
  }
  redirect(`/personal/konton/${id}?lank=skickad`);
}

/** "Ta bort kontot", from its confirmation page. */
export async function taBort(_prev: KontoState, form: FormData): Promise<KontoState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const [id] = argument([idArgument], [form.get("id")]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const parsed = taBortKontoSchema.safeParse({ bekrafta: form.get("bekrafta") ?? "" });
  if (!parsed.success) return { varden: {}, fel: forstaFel(parsed.error.flatten().fieldErrors) };
  try {
    const utfall = await taBortKonto(db, user, id);
    if (!utfall.ok) return { varden: {}, fel: utfall.fel };
  } catch (error) {
    if (error instanceof ForbiddenError) return { varden: {}, fel: { formular: "Du har inte behörighet att ta bort konton." } };
    throw error;
  }
  redirect("/personal/konton?borttaget=1");
}
