"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { publikAtgard } from "@/lib/atgard/publik";
import type { Formularsvar } from "@/lib/atgard/personal";
import { klientadress } from "@/lib/http/klient";
import { forvaltningensTelefon } from "@/lib/innehall/queries";
import { requestLogger } from "@/lib/logger";
import { synpunktSchema } from "@/lib/synpunkter/schema";
import { klientnyckel } from "@/lib/sakerhet/klientnyckel";
import { taEmotSynpunkt } from "@/lib/synpunkter/ta-emot";

export type SynpunktState = Formularsvar;

// One form load makes one case: a key and start time that were not signed together (another
// load's, or reused with a new key) or are too old get the form again, text kept, with a new load.
export const skickaSynpunkt = publikAtgard({
  falt: ["typ", "skolaId", "meddelande", "namn", "epost", "meddela", "idempotensnyckel", "startad", "webbplats"],
  schema: synpunktSchema,
  laddning: { syfte: "kontakt", minstaTid: true },
  // The hidden field a robot fills in answers for the whole form.
  fel: (f) => ({ typ: f.typ, skolaId: f.skolaId, meddelande: f.meddelande, namn: f.namn, epost: f.epost, formular: f.webbplats }),
  async utfor({ data, svar }) {
    const h = await headers();
    const adress = klientadress(h);
    const log = await requestLogger();
    let utfall;
    try {
      utfall = await taEmotSynpunkt(db, data, klientnyckel(adress));
    } catch (error) {
      log.error({ err: (error as Error).message, handelse: "synpunkt.misslyckad" }, "Synpunkten kunde inte sparas");
      return svar({
        formular:
          "Vi kunde inte ta emot ditt meddelande just nu på grund av ett tekniskt fel hos oss. Ingenting har sparats. " +
          `Din text finns kvar nedan: kopiera den gärna och försök igen om en stund, eller ring oss på ${await forvaltningensTelefon()}.`,
      });
    }
    if (!utfall.ok && utfall.orsak === "for-manga") {
      log.warn({ handelse: "synpunkt.begransad" }, "För många inskick från samma klient");
      return svar({
        formular: `Du har skickat många meddelanden på kort tid. Vänta tio minuter och försök igen, eller ring oss på ${await forvaltningensTelefon()}.`,
      });
    }
    if (!utfall.ok) return svar({ skolaId: "Välj en skola i listan." });
    log.info({ handelse: "synpunkt.mottagen" }, "Synpunkt mottagen");
    // The private page's key rides along once, for the receipt to show the link; it is never logged.
    redirect(`/kontakt/tack/${utfall.idempotensnyckel}?nyckel=${utfall.nyckel}`);
  },
});
