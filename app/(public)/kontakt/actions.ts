"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { requestLogger } from "@/lib/logger";
import { synpunktSchema } from "@/lib/synpunkter/schema";
import { klientadress, klientnyckel, MIN_SEKUNDER, sekunderSedanStart } from "@/lib/synpunkter/skydd";
import { taEmotSynpunkt } from "@/lib/synpunkter/ta-emot";

export interface SynpunktState {
  varden: Record<string, string>;
  fel: Record<string, string | undefined>;
}

const FALT = ["typ", "skolaId", "meddelande", "namn", "epost", "idempotensnyckel", "startad", "webbplats"];

export async function skickaSynpunkt(_prev: SynpunktState, form: FormData): Promise<SynpunktState> {
  const varden = Object.fromEntries(FALT.map((f) => [f, typeof form.get(f) === "string" ? String(form.get(f)) : ""]));
  const svar = (fel: SynpunktState["fel"]) => ({ varden, fel });
  const parsed = synpunktSchema.safeParse(varden);
  if (!parsed.success) {
    const f = parsed.error.flatten().fieldErrors;
    const formular = f.idempotensnyckel?.[0] ?? f.webbplats?.[0] ?? (f.startad && "Formuläret är ogiltigt. Ladda om sidan och försök igen.");
    return svar({ typ: f.typ?.[0], skolaId: f.skolaId?.[0], meddelande: f.meddelande?.[0], namn: f.namn?.[0], epost: f.epost?.[0], formular });
  }
  const sekunder = sekunderSedanStart(parsed.data.startad);
  if (sekunder === null) return svar({ formular: "Formuläret är ogiltigt. Ladda om sidan och skicka igen; din text finns kvar här." });
  if (sekunder < MIN_SEKUNDER) return svar({ formular: "Formuläret skickades väldigt snabbt. Vänta några sekunder och skicka igen." });

  const adress = klientadress(await headers());
  const log = await requestLogger();
  let utfall;
  try {
    utfall = await taEmotSynpunkt(db, parsed.data, klientnyckel(adress));
  } catch (error) {
    log.error({ err: (error as Error).message, handelse: "synpunkt.misslyckad" }, "Synpunkten kunde inte sparas");
    return svar({
      formular:
        "Vi kunde inte ta emot ditt meddelande just nu på grund av ett tekniskt fel hos oss. Ingenting har sparats. " +
        "Din text finns kvar nedan: kopiera den gärna och försök igen om en stund, eller ring oss på 031-365 09 60.",
    });
  }
  if (!utfall.ok && utfall.orsak === "for-manga") {
    log.warn({ handelse: "synpunkt.begransad" }, "För många inskick från samma klient");
    return svar({ formular: "Du har skickat många meddelanden på kort tid. Vänta tio minuter och försök igen, eller ring oss på 031-365 09 60." });
  }
  if (!utfall.ok) return svar({ skolaId: "Välj en skola i listan." });
  log.info({ handelse: "synpunkt.mottagen" }, "Synpunkt mottagen");
  redirect(`/kontakt/tack/${utfall.idempotensnyckel}`);
}
