"use server";

import { argument, formularArgument, lopnummerArgument, tillstandArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { handlagga, handlingSchema } from "@/lib/synpunkter/handlagga";

export interface HandlingState {
  text: string;
  fel?: string;
}

export async function utfor(lopnummer: number, _prev: HandlingState, form: FormData): Promise<HandlingState> {
  argument([lopnummerArgument, tillstandArgument, formularArgument], [lopnummer, _prev, form]);
  const falt = Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, String(v)]));
  const text = falt.text ?? "";
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const parsed = handlingSchema.safeParse(falt);
  if (!parsed.success) return { text, fel: parsed.error.issues[0].message };
  try {
    const utfall = await handlagga(db, user, lopnummer, parsed.data);
    if (!utfall.ok) return { text, fel: utfall.fel };
  } catch (error) {
    if (error instanceof ForbiddenError) return { text, fel: "Du har inte behörighet att handlägga ärenden." };
    throw error;
  }
  redirect(`/personal/synpunkter/${lopnummer}?klart=${parsed.data.handling}`);
}
