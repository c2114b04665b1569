"use server";

import { argument, formularArgument, tillstandArgument } from "@/lib/http/argument";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { forvaltningensTelefon } from "@/lib/innehall/queries";
import { klientadress } from "@/lib/http/klient";
import { requestLogger } from "@/lib/logger";
import { synpunktSchema } from "@/lib/synpunkter/schema";
import { klientnyckel } from "@/lib/sakerhet/klientnyckel";
import { FORMULAR_GAMMALT, MIN_SEKUNDER, nyttFormular, sekunderSedanStart } from "@/lib/synpunkter/skydd";
import { taEmotSynpunkt } from "@/lib/synpunkter/ta-emot";

export interface SynpunktState {
  varden: Record<string, string>;
  fel: Record<string, string | undefined>;
}

const FALT = ["typ", "skolaId", "meddelande", "namn", "epost", "meddela", "idempotensnyckel", "startad", "webbplats"];

export async function skickaSynpunkt(_prev: SynpunktState, form: FormData): Promise<SynpunktState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const varden = Object.fromEntries(FALT.map((f) => [f, typeof form.get(f) === "string" ? String(form.get(f)) : ""]));
  // One form load makes one case: a key and start time that were not signed together (another
  // load's, or reused with a new key) or are too old get the form again, text kept, with a new load.
  const sekunder = sekunderSedanStart(varden.startad, varden.idempotensnyckel, "kontakt");
  const svar = (fel: SynpunktState["fel"]) => ({ varden: sekunder === null ? { ...varden, ...nyttFormular("kontakt") } : varden, fel });
  const parsed = synpunktSchema.safeParse(varden);
  if (!parsed.success) {
    const f = parsed.error.flatten().fieldErrors;
    const formular = sekunder === null ? FORMULAR_GAMMALT : f.webbplats?.[0];
    return svar({ typ: f.typ?.[0], skolaId: f.skolaId?.[0], meddelande: f.meddelande?.[0], namn: f.namn?.[0], epost: f.epost?.[0], formular });
  }
  if (sekunder === null) {
    (await requestLogger()).info({ handelse: "synpunkt.formular.ogiltigt" }, "Formuläret skickades med en annan laddnings nyckel eller var för gammalt");
    return svar({ formular: FORMULAR_GAMMALT });
  }
  if (sekunder < MIN_SEKUNDER) return svar({ formular: "Formuläret skickades väldigt snabbt. Vänta några sekunder och skicka igen." });

  const h = await headers();
  const adress = klientadress(h);
  const log = await requestLogger();
  let utfall;
  try {
    utfall = await taEmotSynpunkt(db, parsed.data, klientnyckel(adress));
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
    return svar({ formular: `Du har skickat många meddelanden på kort tid. Vänta tio minuter och försök igen, eller ring oss på ${await forvaltningensTelefon()}.` });
  }
  if (!utfall.ok) return svar({ skolaId: "Välj en skola i listan." });
  log.info({ handelse: "synpunkt.mottagen" }, "Synpunkt mottagen");
  // The private page's key rides along once, for the receipt to show the link; it is never logged.
  redirect(`/kontakt/tack/${utfall.idempotensnyckel}?nyckel=${utfall.nyckel}`);
}
