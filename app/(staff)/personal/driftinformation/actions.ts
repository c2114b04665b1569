"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { idArgument } from "@/lib/http/argument";
import { personalAtgard, type Formularsvar } from "@/lib/atgard/personal";
import { avslutaDriftmeddelande, driftSchema, skapaDriftmeddelande } from "@/lib/innehall/driftinformation";

const nekad = "Du har inte behörighet att hantera driftinformation.";

export const skapa = personalAtgard<Formularsvar, typeof driftSchema>({
  behorighet: "innehall.redigera",
  objekt: () => "drift/ny",
  falt: ["text", "startdatum", "startklockslag", "slutdatum", "slutklockslag"],
  schema: driftSchema,
  nekad,
  async utfor({ user, data, svar }) {
    const utfall = await skapaDriftmeddelande(db, user, data);
    if (!utfall.ok) return svar(utfall.fel);
    redirect("/personal/driftinformation?klart=skapat");
  },
});

export const avsluta = personalAtgard<Formularsvar, undefined, { id: typeof idArgument }>({
  behorighet: "innehall.redigera",
  objekt: ({ argument }) => `drift/${argument.id}`,
  argument: { id: idArgument },
  falt: [],
  nekad,
  async utfor({ user, argument: { id } }) {
    await avslutaDriftmeddelande(db, user, id);
    redirect("/personal/driftinformation?klart=avslutat");
  },
});
