"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { personalAtgard } from "@/lib/atgard/personal";
import { bytLosenord } from "@/lib/auth/byt-losenord";
import { bytLosenordSchema } from "@/lib/auth/schema";
import { db } from "@/lib/db";
import { klientadress } from "@/lib/http/klient";

export interface BytState {
  fel: Record<string, string | undefined>;
}

export const byt = personalAtgard<BytState, typeof bytLosenordSchema>({
  behorighet: "konto.eget",
  falt: ["nuvarande", "nytt", "upprepa"],
  schema: bytLosenordSchema,
  nekad: "Du har inte behörighet att byta lösenord.",
  // Passwords are never sent back to the browser: on an error the fields start empty.
  svar: (fel) => ({ fel }),
  async utfor({ user, data, svar }) {
    const utfall = await bytLosenord(db, user, data, klientadress(await headers()));
    if (!utfall.ok) return svar(utfall.fel);
    redirect("/personal/mitt-konto?losenord=bytt");
  },
});
