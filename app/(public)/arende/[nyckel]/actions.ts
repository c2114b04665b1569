"use server";

// The forms on the private case page. Each one proves the key again (the page's check does not
// carry over to a POST), counts wrong keys against the client, and never logs the key.
import { argument, formularArgument, tillstandArgument } from "@/lib/http/argument";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { forvaltningensTelefon } from "@/lib/innehall/queries";
import { requestLogger } from "@/lib/logger";
import { avregistrera, enkatSchema, meddelandeSchema, nyttUppfoljande, svaraEnkat, taEmotMeddelande } from "@/lib/synpunkter/arende";
import { hittaArende } from "@/lib/synpunkter/nyckel";
import { klientadress } from "@/lib/http/klient";
import { klientnyckel } from "@/lib/sakerhet/klientnyckel";
import { FORMULAR_GAMMALT, gissningsklient, nyttFormular, raknaInskick, sekunderSedanStart, sparrad } from "@/lib/synpunkter/skydd";

export interface ArendeState {
  varden: Record<string, string>;
  fel: Record<string, string | undefined>;
}

const forsvunnen = async () => `Ärendet kunde inte hittas. Kontrollera länken, eller ring oss på ${await forvaltningensTelefon()}.`;
const teknisktFel = async () =>
  `Vi kunde inte spara just nu på grund av ett tekniskt fel hos oss. Ingenting har sparats; din text finns kvar. Försök igen om en stund, eller ring oss på ${await forvaltningensTelefon()}.`;

const falt = (form: FormData, namn: string[]) => Object.fromEntries(namn.map((f) => [f, typeof form.get(f) === "string" ? String(form.get(f)) : ""]));

/** The case the form's key opens, or null; a wrong key counts as a guess. */
async function arendet(nyckel: string) {
  const adress = klientadress(await headers());
  const gissare = gissningsklient(adress);
  if (await sparrad(db, gissare)) return { id: null, adress };
  const id = await hittaArende(db, nyckel);
  if (!id) await raknaInskick(db, gissare, new Date(), Number.MAX_SAFE_INTEGER);
  return { id, adress };
}

export async function skrivMeddelande(_prev: ArendeState, form: FormData): Promise<ArendeState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const varden = falt(form, ["nyckel", "text", "idempotensnyckel", "startad", "slag"]);
  // One form load adds one message (or one follow-up case), as on the contact form.
  const egenLaddning = sekunderSedanStart(varden.startad, varden.idempotensnyckel, "meddelande") !== null;
  const svar = (fel: ArendeState["fel"]) => ({ varden: egenLaddning ? varden : { ...varden, ...nyttFormular("meddelande") }, fel });
  const parsed = meddelandeSchema.safeParse(varden);
  if (!parsed.success) {
    const f = parsed.error.flatten().fieldErrors;
    return svar({ text: f.text?.[0], formular: egenLaddning ? f.idempotensnyckel?.[0] : FORMULAR_GAMMALT });
  }
  if (!egenLaddning) return svar({ formular: FORMULAR_GAMMALT });
  const { id, adress } = await arendet(varden.nyckel);
  if (!id) return svar({ formular: await forsvunnen() });
  const log = await requestLogger();
  const forManga = "Du har skickat många meddelanden på kort tid. Vänta tio minuter och försök igen.";
  let mal: string;
  try {
    if (varden.slag === "nytt-arende") {
      const utfall = await nyttUppfoljande(db, id, parsed.data, klientnyckel(adress));
      if (!utfall.ok && utfall.orsak === "for-manga") return svar({ formular: forManga });
      if (!utfall.ok) return svar({ formular: "Det går inte längre att skriva i det här ärendet. Använd kontaktformuläret för att skicka ett nytt." });
      log.info({ handelse: "synpunkt.uppfoljning" }, "Nytt ärende från ett tidigare ärendes sida");
      mal = `/arende/${utfall.nyckel}?klart=nytt`;
    } else {
      const utfall = await taEmotMeddelande(db, id, parsed.data, klientnyckel(adress));
      if (!utfall.ok && utfall.orsak === "for-manga") return svar({ formular: forManga });
      if (!utfall.ok) return svar({ formular: "Ärendet avslutades för mer än 30 dagar sedan. Skicka ett nytt ärende i stället; formuläret finns på sidan." });
      log.info({ handelse: "synpunkt.meddelande", ateroppnat: utfall.ateroppnat }, "Meddelande från avsändaren");
      mal = `/arende/${varden.nyckel}?klart=meddelande`;
    }
  } catch (error) {
    log.error({ err: (error as Error).message, handelse: "synpunkt.meddelande.misslyckat" }, "Meddelandet kunde inte sparas");
    return svar({ formular: await teknisktFel() });
  }
  redirect(mal);
}

export async function svaraPaFragan(_prev: ArendeState, form: FormData): Promise<ArendeState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const varden = falt(form, ["nyckel", "svar", "kommentar"]);
  const parsed = enkatSchema.safeParse(varden);
  if (!parsed.success) {
    const f = parsed.error.flatten().fieldErrors;
    return { varden, fel: { svar: f.svar?.[0], kommentar: f.kommentar?.[0] } };
  }
  const { id } = await arendet(varden.nyckel);
  if (!id) return { varden, fel: { formular: await forsvunnen() } };
  const utfall = await svaraEnkat(db, id, parsed.data);
  if (!utfall.ok) return { varden, fel: { formular: "Frågan gäller bara avslutade ärenden." } };
  redirect(`/arende/${varden.nyckel}?klart=enkat`);
}

export async function slutaMeddela(form: FormData): Promise<void> {
  argument([formularArgument], [form]);
  const nyckel = typeof form.get("nyckel") === "string" ? String(form.get("nyckel")) : "";
  const { id } = await arendet(nyckel);
  if (!id) redirect("/arende/okand");
  await avregistrera(db, id);
  (await requestLogger()).info({ handelse: "synpunkt.avregistrerad" }, "Avsändaren slutade få e-post om ärendet");
  redirect(`/arende/${nyckel}?klart=avregistrerad`);
}
