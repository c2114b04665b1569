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

// Takes the case's number from a form field, not a bound argument: without JavaScript, a bound action
// whose useActionState answers with a state (an error) never gets an answer (Next.js issue 57867).
export async function utfor(_prev: HandlingState, form: FormData): Promise<HandlingState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const [lopnummer] = argument([lopnummerArgument], [Number(form.get("lopnummer"))]);
  const falt = Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith("$") && k !== "lopnummer").map(([k, v]) => [k, String(v)]));
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
