"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Formularsvar } from "@/lib/atgard/personal";
import { publikAtgard } from "@/lib/atgard/publik";
import { begarBevakning } from "@/lib/bevakning/bevaka";
import { bevakaSchema } from "@/lib/bevakning/schema";
import { db } from "@/lib/db";
import { klientadress } from "@/lib/http/klient";
import { requestLogger } from "@/lib/logger";
import { klientnyckel } from "@/lib/sakerhet/klientnyckel";

export type BevakaState = Formularsvar;

// The same answer for a new, an unconfirmed and a confirmed address (lib/bevakning/bevaka.ts).
export const bevaka = publikAtgard({
  falt: ["vad", "slug", "epost", "frekvens", "idempotensnyckel", "startad", "webbplats"],
  schema: bevakaSchema,
  laddning: { syfte: "bevaka" },
  fel: (f) => ({ epost: f.epost, frekvens: f.frekvens, formular: f.vad ?? f.webbplats ?? f.idempotensnyckel }),
  async utfor({ data, svar }) {
    const log = await requestLogger();
    let utfall;
    try {
      utfall = await begarBevakning(db, data, klientnyckel(klientadress(await headers())));
    } catch (error) {
      log.error({ err: (error as Error).message, handelse: "bevakning.misslyckad" }, "Bevakningen kunde inte sparas");
      return svar({
        formular: "Vi kunde inte ta emot din bevakning just nu på grund av ett tekniskt fel hos oss. Försök igen om en stund.",
      });
    }
    if (!utfall.ok && utfall.orsak === "for-manga") {
      log.warn({ handelse: "bevakning.begransad" }, "För många bevakningar från samma klient");
      return svar({ formular: "Du har skickat formuläret många gånger på kort tid. Vänta tio minuter och försök igen." });
    }
    if (!utfall.ok) return svar({ formular: "Det du ville bevaka finns inte längre." });
    log.info({ handelse: "bevakning.begard" }, "Bevakning begärd");
    redirect("/bevaka/skickat");
  },
});
