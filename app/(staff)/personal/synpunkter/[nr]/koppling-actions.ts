"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { lopnummerArgument } from "@/lib/http/argument";
import { db } from "@/lib/db";
import { personalAtgard } from "@/lib/atgard/personal";
import { koppla, kopplaLoss, kopplingSchema } from "@/lib/synpunkter/koppling";

export interface KopplingState {
  nummer: string;
  fel?: string;
}

const argument = { lopnummer: z.coerce.number().pipe(lopnummerArgument) };

// "Samma ärende" and "Ta bort kopplingen" (lib/synpunkter/koppling.ts). The case's number comes in a
// form field, as in ./actions.ts, so the forms work without JavaScript.
export const kopplingAtgard = personalAtgard<KopplingState, typeof kopplingSchema, typeof argument>({
  behorighet: "synpunkt.hantera",
  objekt: ({ argument }) => `synpunkt/${argument.lopnummer}`,
  argument,
  schema: kopplingSchema,
  nekad: "Du har inte behörighet att handlägga ärenden.",
  svar: (fel, { varden }) => ({ nummer: varden.nummer ?? "", fel: Object.values(fel)[0] }),
  async utfor({ user, argument: { lopnummer }, data, svar }) {
    const utfall = data.handling === "koppla" ? await koppla(db, user, lopnummer, data.nummer) : await kopplaLoss(db, user, lopnummer);
    if (!utfall.ok) return svar({ formular: utfall.fel });
    redirect(`/personal/synpunkter/${lopnummer}?klart=${data.handling}`);
  },
});
