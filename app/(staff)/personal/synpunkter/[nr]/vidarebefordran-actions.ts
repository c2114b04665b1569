"use server";

import { z } from "zod";
import { redirect } from "next/navigation";
import { personalAtgard, type Formularsvar } from "@/lib/atgard/personal";
import { db } from "@/lib/db";
import { lopnummerArgument } from "@/lib/http/argument";
import { besluta, beslutSchema } from "@/lib/synpunkter/begaran";
import { taTillbaka, vidarebefordra } from "@/lib/synpunkter/vidarebefordran";

const argument = { lopnummer: z.coerce.number().pipe(lopnummerArgument) };

export type Vidarebefordransstate = { fel?: string };

const vidarebefordranSchema = z.object({
  handling: z.enum(["vidarebefordra", "ta-tillbaka"], { error: "Välj vad du vill göra." }),
});

/** Forwards the case to its school's rektor, or takes it back. */
export const vidarebefordraAtgard = personalAtgard<Vidarebefordransstate, typeof vidarebefordranSchema, typeof argument>({
  behorighet: "synpunkt.hantera",
  objekt: ({ argument }) => `synpunkt/${argument.lopnummer}`,
  argument,
  schema: vidarebefordranSchema,
  nekad: "Du har inte behörighet att skicka ärenden vidare.",
  svar: (fel) => ({ fel: Object.values(fel)[0] }),
  async utfor({ user, argument: { lopnummer }, data, svar }) {
    const utfall = data.handling === "vidarebefordra" ? await vidarebefordra(db, user, lopnummer) : await taTillbaka(db, user, lopnummer);
    if (!utfall.ok) return svar({ formular: utfall.fel });
    redirect(`/personal/synpunkter/${lopnummer}?klart=${data.handling}`);
  },
});

/** The decision on a request for a public record: "Kopia skickad" or "Avslag". */
export const beslutaAtgard = personalAtgard<Formularsvar, typeof beslutSchema, typeof argument>({
  behorighet: "synpunkt.hantera",
  objekt: ({ argument }) => `synpunkt/${argument.lopnummer}`,
  argument,
  falt: ["beslut", "skal", "meddelande"],
  schema: beslutSchema,
  nekad: "Du har inte behörighet att handlägga ärenden.",
  async utfor({ user, argument: { lopnummer }, data, svar }) {
    const utfall = await besluta(db, user, lopnummer, data);
    if (!utfall.ok) return svar({ formular: utfall.fel });
    redirect(`/personal/synpunkter/${lopnummer}?klart=beslut`);
  },
});
