"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { personalAtgard, type Formularsvar } from "@/lib/atgard/personal";
import { lopnummerArgument } from "@/lib/http/argument";
import { db } from "@/lib/db";
import { insatskopplingSchema, kopplaInsats } from "@/lib/synpunkter/insatskoppling";

const argument = { lopnummer: z.coerce.number().pipe(lopnummerArgument) };

// "Ni sa – vi gjorde": link the case to an insats, or remove a link. The case is a form field
// (see actions.ts for why), so the forms work without JavaScript.
export const kopplaArendeTillInsats = personalAtgard<Formularsvar, typeof insatskopplingSchema, typeof argument>({
  behorighet: "synpunkt.hantera",
  objekt: ({ argument }) => `synpunkt/${argument.lopnummer}`,
  argument,
  falt: ["handling", "insatsId"],
  schema: insatskopplingSchema,
  nekad: "Du har inte behörighet att handlägga ärenden.",
  async utfor({ user, argument: { lopnummer }, data, svar }) {
    const utfall = await kopplaInsats(db, user, lopnummer, data);
    if (!utfall.ok) return svar({ insatsId: utfall.fel });
    redirect(`/personal/synpunkter/${lopnummer}?klart=${data.handling === "koppla" ? "insats-kopplad" : "insats-bortkopplad"}#insatser`);
  },
});
