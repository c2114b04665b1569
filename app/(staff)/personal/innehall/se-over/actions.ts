"use server";

// Owner and "Granska senast" of a content item or an insats, and "Bekräfta att innehållet stämmer".
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { bekrafta, redigeringsratt, sattAgare } from "@/lib/agare/agare";
import { agareSchema, SLAG } from "@/lib/agare/schema";
import { personalAnrop, personalAtgard, type Formularsvar } from "@/lib/atgard/personal";
import { can } from "@/lib/auth/permissions";
import { formularArgument, idArgument } from "@/lib/http/argument";
import { db } from "@/lib/db";

const argument = { slag: z.enum(SLAG), id: idArgument };

export const sparaAgare = personalAtgard<Formularsvar, typeof agareSchema, typeof argument>({
  behorighet: "innehall.redigera",
  // An insats's owner is set by those who edit insatser.
  kan: (user, { argument }) => can(user, redigeringsratt(argument.slag)),
  argument,
  falt: ["agare", "granskaSenast"],
  schema: agareSchema,
  nekad: "Du har inte behörighet att ändra ägare och datum.",
  objekt: ({ argument }) => `${argument.slag}/${argument.id}`,
  async utfor({ user, argument: { slag, id }, data, svar }) {
    const utfall = await sattAgare(db, user, slag, id, data);
    if (!utfall.ok) return svar(utfall.fel);
    redirect(`${utfall.lank}?agare=sparad#agarskap`);
  },
});

const bekraftaArgument = z.object({ slag: z.enum(SLAG), id: idArgument });

/** "Bekräfta att innehållet stämmer": a plain form with hidden fields; works without JavaScript. */
export const bekraftaInnehall = personalAnrop({
  argument: [formularArgument],
  behorighet: "innehall.redigera",
  kan: (user, [form]) => {
    const slag = form.get("slag");
    return can(user, redigeringsratt(slag === "insats" ? "insats" : "innehall"));
  },
  objekt: ([form]) => `${form.get("slag")}/${form.get("id")}`,
  async utfor(user, form): Promise<void> {
    // A value no page sends, or an item that does not exist: 404, as for every staff action's target.
    const falt = bekraftaArgument.safeParse({ slag: form.get("slag"), id: form.get("id") });
    if (!falt.success) notFound();
    const utfall = await bekrafta(db, user, falt.data.slag, falt.data.id);
    if (!utfall) notFound();
    redirect(`${utfall.lank}?agare=bekraftad#agarskap`);
  },
});
