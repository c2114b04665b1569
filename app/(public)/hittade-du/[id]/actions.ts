"use server";

import { redirect } from "next/navigation";
import { publikAtgard } from "@/lib/atgard/publik";
import { db } from "@/lib/db";
import { kommentarSchema, kommentera } from "@/lib/innehall/sidrespons";

export const skickaKommentar = publikAtgard({
  falt: ["id", "kommentar"],
  schema: kommentarSchema,
  async utfor({ data, svar }) {
    if (!(await kommentera(db, data)))
      return svar({ formular: "Kommentaren kunde inte sparas: svaret är för gammalt eller har redan en kommentar." });
    redirect(`/hittade-du/${data.id}?klart=1`);
  },
});
