"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { publikAtgard } from "@/lib/atgard/publik";
import type { Formularsvar } from "@/lib/atgard/personal";
import { klientadress } from "@/lib/http/klient";
import { forvaltningensTelefon } from "@/lib/innehall/queries";
import { requestLogger } from "@/lib/logger";
import { klientnyckel } from "@/lib/sakerhet/klientnyckel";
import { begaranSchema, taEmotBegaran } from "@/lib/synpunkter/begaran";

export type BegaranState = Formularsvar;

// Like /kontakt: one signed form load makes one request, counted against the same rate limit.
export const begarUt = publikAtgard({
  falt: ["dnr", "meddelande", "namn", "epost", "idempotensnyckel", "startad", "webbplats"],
  schema: begaranSchema,
  laddning: { syfte: "begar-ut", minstaTid: true },
  fel: (f) => ({ dnr: f.dnr, meddelande: f.meddelande, namn: f.namn, epost: f.epost, formular: f.webbplats }),
  async utfor({ data, svar }) {
    const adress = klientadress(await headers());
    const log = await requestLogger();
    let utfall;
    try {
      utfall = await taEmotBegaran(db, data, klientnyckel(adress));
    } catch (error) {
      log.error({ err: (error as Error).message, handelse: "begaran.misslyckad" }, "Begäran kunde inte sparas");
      return svar({
        formular:
          "Vi kunde inte ta emot din begäran just nu på grund av ett tekniskt fel hos oss. Ingenting har sparats. " +
          `Försök igen om en stund, eller ring oss på ${await forvaltningensTelefon()}.`,
      });
    }
    if (!utfall.ok && utfall.orsak === "for-manga") {
      log.warn({ handelse: "begaran.begransad" }, "För många inskick från samma klient");
      return svar({
        formular: `Du har skickat många meddelanden på kort tid. Vänta tio minuter och försök igen, eller ring oss på ${await forvaltningensTelefon()}.`,
      });
    }
    if (!utfall.ok && utfall.orsak === "okant-diarienummer")
      return svar({
        dnr: "Vi hittar inget ärende med det diarienumret i diariet. Kontrollera numret, eller lämna fältet tomt och beskriv handlingen.",
      });
    if (!utfall.ok) return svar({ formular: "Begäran kunde inte tas emot. Försök igen." });
    log.info({ handelse: "begaran.mottagen" }, "Begäran om allmän handling mottagen");
    redirect(`/kontakt/tack/${utfall.idempotensnyckel}?nyckel=${utfall.nyckel}`);
  },
});
