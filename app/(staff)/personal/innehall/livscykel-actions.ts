"use server";

import { redirect } from "next/navigation";
import { expireTags } from "@/lib/cache";
import { personalAtgard } from "@/lib/atgard/personal";
import { db } from "@/lib/db";
import { arkivera, aterstallFranArkiv, avpublicera, bytAdress, type Steg } from "@/lib/innehall/livscykel";
import type { Fel } from "@/lib/innehall/redigera";
import { schemalagg } from "@/lib/innehall/schemalagt";

// A page's address and life (lib/innehall/livscykel.ts): plain forms with hidden fields (see
// actions.ts on bound arguments), errors back in the form's state, success to the edit page.

export interface LivscykelState {
  varden: Record<string, string>;
  fel: Fel;
}

const redigera = (nyckel: string) => `/personal/innehall/sida/${nyckel}`;
const heltal = (v: string) => (/^\d{1,9}$/.test(v) ? Number(v) : null);
const GAMMAL: Fel = { formular: "Sidan är för gammal. Ladda om den och försök igen." };
const sida = {
  behorighet: "innehall.redigera",
  objekt: ({ varden }: { varden: Record<string, string> }) => `sida/${varden.nyckel}`,
  nekad: "Du har inte behörighet att ändra sidan.",
} as const;

/** "Byt adress": the old address keeps working as a redirect. */
export const bytSidansAdress = personalAtgard<LivscykelState>({
  ...sida,
  falt: ["nyckel", "ny-adress", "version"],
  svar: (fel, { varden }) => ({ varden: { adress: varden["ny-adress"] }, fel }),
  async utfor({ user, varden: { nyckel, "ny-adress": adress, version }, svar }) {
    const v = heltal(version);
    if (v === null) return svar(GAMMAL);
    const utfall = await bytAdress(db, user, nyckel, { adress, version: v }, (t) => expireTags(t));
    if (!utfall.ok) return svar(utfall.fel.adress ? { "ny-adress": utfall.fel.adress } : utfall.fel);
    redirect(`${redigera(utfall.nyckel)}?sparad=adress&fran=${nyckel}`);
  },
});

/** "Avpublicera", "Arkivera" and "Återställ som utkast", by the button's value. */
export const sidansLivscykel = personalAtgard<LivscykelState>({
  ...sida,
  falt: ["nyckel", "handling", "version"],
  svar: (fel) => ({ varden: {}, fel }),
  async utfor({ user, varden: { nyckel, handling, version }, svar }) {
    const v = heltal(version);
    if (v === null) return svar(GAMMAL);
    const stegen: Record<string, () => Promise<Steg>> = {
      avpublicera: () => avpublicera(db, user, nyckel, v, (t) => expireTags(t)),
      arkivera: () => arkivera(db, user, nyckel, v, (t) => expireTags(t)),
      "aterstall-arkiv": () => aterstallFranArkiv(db, user, nyckel, v),
    };
    const steg = Object.hasOwn(stegen, handling) ? stegen[handling] : undefined;
    if (!steg) return svar({ formular: "Okänd åtgärd. Ladda om sidan och försök igen." });
    const utfall = await steg();
    if (!utfall.ok) return svar(utfall.fel);
    redirect(
      `${redigera(nyckel)}?sparad=${handling === "aterstall-arkiv" ? "aterstalld-arkiv" : handling === "arkivera" ? "arkiverad" : "avpublicerad"}`,
    );
  },
});

/** "Schemalägg avpublicering" at a Swedish local date and time. */
export const schemalaggAvpublicering = personalAtgard<LivscykelState>({
  ...sida,
  falt: ["nyckel", "avpublicera-datum", "avpublicera-klockslag"],
  svar: (fel, { varden }) => ({
    varden: { datum: varden["avpublicera-datum"].trim(), klockslag: varden["avpublicera-klockslag"].trim() },
    fel,
  }),
  async utfor({ user, varden: { nyckel, "avpublicera-datum": datum, "avpublicera-klockslag": klockslag }, svar }) {
    const utfall = await schemalagg(db, user, "sida", nyckel, { datum: datum.trim(), klockslag: klockslag.trim(), atgard: "AVPUBLICERA" });
    if (!utfall.ok)
      return svar(Object.fromEntries(Object.entries(utfall.fel).map(([k, v]) => [k === "formular" ? k : `avpublicera-${k}`, v])));
    redirect(`${redigera(nyckel)}?sparad=schemalagd-avpublicering`);
  },
});
