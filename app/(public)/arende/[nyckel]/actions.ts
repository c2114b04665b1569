"use server";

// The forms on the private case page. Each one proves the key again (the page's check does not
// carry over to a POST), counts wrong keys against the client, and never logs the key.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { publikAtgard, publiktFormular } from "@/lib/atgard/publik";
import type { Formularsvar } from "@/lib/atgard/personal";
import { forvaltningensTelefon } from "@/lib/innehall/queries";
import { requestLogger } from "@/lib/logger";
import { avregistrera, enkatSchema, meddelandeSchema, nyttUppfoljande, svaraEnkat, taEmotMeddelande } from "@/lib/synpunkter/arende";
import { hittaArende } from "@/lib/synpunkter/nyckel";
import { klientadress } from "@/lib/http/klient";
import { klientnyckel } from "@/lib/sakerhet/klientnyckel";
import { gissningsklient, raknaInskick, sparrad } from "@/lib/synpunkter/skydd";

export type ArendeState = Formularsvar;

const forsvunnen = async () => `Ärendet kunde inte hittas. Kontrollera länken, eller ring oss på ${await forvaltningensTelefon()}.`;
const teknisktFel = async () =>
  `Vi kunde inte spara just nu på grund av ett tekniskt fel hos oss. Ingenting har sparats; din text finns kvar. Försök igen om en stund, eller ring oss på ${await forvaltningensTelefon()}.`;

/** The case the form's key opens, or null; a wrong key counts as a guess. */
async function arendet(nyckel: string) {
  const adress = klientadress(await headers());
  const gissare = gissningsklient(adress);
  if (await sparrad(db, gissare)) return { id: null, adress };
  const id = await hittaArende(db, nyckel);
  if (!id) await raknaInskick(db, gissare, new Date(), Number.MAX_SAFE_INTEGER);
  return { id, adress };
}

// One form load adds one message (or one follow-up case), as on the contact form.
export const skrivMeddelande = publikAtgard({
  falt: ["nyckel", "text", "idempotensnyckel", "startad", "slag"],
  schema: meddelandeSchema,
  laddning: { syfte: "meddelande" },
  fel: (f) => ({ text: f.text, formular: f.idempotensnyckel }),
  async utfor({ data, varden, svar }) {
    const { id, adress } = await arendet(varden.nyckel);
    if (!id) return svar({ formular: await forsvunnen() });
    const log = await requestLogger();
    const forManga = "Du har skickat många meddelanden på kort tid. Vänta tio minuter och försök igen.";
    let mal: string;
    try {
      if (varden.slag === "nytt-arende") {
        const utfall = await nyttUppfoljande(db, id, data, klientnyckel(adress));
        if (!utfall.ok && utfall.orsak === "for-manga") return svar({ formular: forManga });
        if (!utfall.ok)
          return svar({ formular: "Det går inte längre att skriva i det här ärendet. Använd kontaktformuläret för att skicka ett nytt." });
        log.info({ handelse: "synpunkt.uppfoljning" }, "Nytt ärende från ett tidigare ärendes sida");
        mal = `/arende/${utfall.nyckel}?klart=nytt`;
      } else {
        const utfall = await taEmotMeddelande(db, id, data, klientnyckel(adress));
        if (!utfall.ok && utfall.orsak === "for-manga") return svar({ formular: forManga });
        if (!utfall.ok)
          return svar({
            formular: "Ärendet avslutades för mer än 30 dagar sedan. Skicka ett nytt ärende i stället; formuläret finns på sidan.",
          });
        log.info({ handelse: "synpunkt.meddelande", ateroppnat: utfall.ateroppnat }, "Meddelande från avsändaren");
        mal = `/arende/${varden.nyckel}?klart=meddelande`;
      }
    } catch (error) {
      log.error({ err: (error as Error).message, handelse: "synpunkt.meddelande.misslyckat" }, "Meddelandet kunde inte sparas");
      return svar({ formular: await teknisktFel() });
    }
    redirect(mal);
  },
});

export const svaraPaFragan = publikAtgard({
  falt: ["nyckel", "svar", "kommentar"],
  schema: enkatSchema,
  fel: (f) => ({ svar: f.svar, kommentar: f.kommentar }),
  async utfor({ data, varden, svar }) {
    const { id } = await arendet(varden.nyckel);
    if (!id) return svar({ formular: await forsvunnen() });
    const utfall = await svaraEnkat(db, id, data);
    if (!utfall.ok) return svar({ formular: "Frågan gäller bara avslutade ärenden." });
    redirect(`/arende/${varden.nyckel}?klart=enkat`);
  },
});

export const slutaMeddela = publiktFormular(["nyckel"], async ({ nyckel }) => {
  const { id } = await arendet(nyckel);
  if (!id) redirect("/arende/okand");
  await avregistrera(db, id);
  (await requestLogger()).info({ handelse: "synpunkt.avregistrerad" }, "Avsändaren slutade få e-post om ärendet");
  redirect(`/arende/${nyckel}?klart=avregistrerad`);
});
