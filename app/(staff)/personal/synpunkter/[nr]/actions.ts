"use server";

import { z } from "zod";
import { lopnummerArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { personalAtgard } from "@/lib/atgard/personal";
import { can } from "@/lib/auth/permissions";
import { handlagga, arendeatgardSchema } from "@/lib/synpunkter/handlagga";

export interface HandlingState {
  text: string;
  fel?: string;
}

const argument = { lopnummer: z.coerce.number().pipe(lopnummerArgument) };

// Takes the case's number from a form field, not a bound argument: without JavaScript, a bound action
// whose useActionState answers with a state (an error) never gets an answer (Next.js issue 57867).
export const utfor = personalAtgard<HandlingState, typeof arendeatgardSchema, typeof argument>({
  behorighet: "synpunkt.hantera",
  // A rektor answers and writes notes on cases forwarded to their school: the domain checks the case.
  kan: (user) => can(user, "synpunkt.hantera") || can(user, "synpunkt.vidarebefordrad", { skolor: user.skolaId ? [user.skolaId] : [] }),
  objekt: ({ argument }) => `synpunkt/${argument.lopnummer}`,
  argument,
  schema: arendeatgardSchema,
  nekad: "Du har inte behörighet att handlägga ärenden.",
  // One message at a time: the first one.
  svar: (fel, { varden }) => ({ text: varden.text ?? "", fel: Object.values(fel)[0] }),
  async utfor({ user, argument: { lopnummer }, data, svar, form }) {
    // "Granska språket" (the way without JavaScript): the text comes back, shown with its LIX; nothing is sent.
    if (form.get("granska") === "ja" && "text" in data) return { text: data.text };
    const utfall = await handlagga(db, user, lopnummer, data);
    if (!utfall.ok) return svar({ formular: utfall.fel });
    redirect(`/personal/synpunkter/${lopnummer}?klart=${data.handling}`);
  },
});
