"use server";

import { redirect } from "next/navigation";
import { expireTags } from "@/lib/cache";
import { personalAtgard } from "@/lib/atgard/personal";
import { db } from "@/lib/db";
import { godkann, granskaIEfterhand, sattKraverGranskning, skickaTillbaka, tillbakaSchema } from "@/lib/innehall/granskning";

// Review before publishing (lib/innehall/granskning.ts): plain forms with hidden fields (see
// ../actions.ts on bound arguments), errors back in the form's state, success back to the page.

export interface GranskningState {
  varden: Record<string, string>;
  fel: Record<string, string>;
}

/** Back to where the form was: the item's edit page or the review list, never elsewhere. */
function tillbaka(adress: string | undefined, kvitto: string): never {
  const bas = adress && /^\/personal\/innehall\/[a-z0-9-/]+$/.test(adress) ? adress : "/personal/innehall/granskning";
  redirect(`${bas}?sparad=${kvitto}`);
}

const granskare = {
  behorighet: "innehall.granska",
  objekt: ({ varden }: { varden: Record<string, string> }) => `granskning/${varden.id}`,
  nekad: "Du har inte behörighet att granska innehåll.",
} as const;

/** "Godkänn och publicera". */
export const godkannGranskning = personalAtgard<GranskningState>({
  ...granskare,
  falt: ["id", "tillbaka"],
  async utfor({ user, varden: { id, tillbaka: adress }, svar }) {
    const utfall = await godkann(db, user, id, (t) => expireTags(t));
    if (!utfall.ok) return svar(utfall.fel);
    tillbaka(adress, "godkand");
  },
});

/** "Skicka tillbaka" with a required comment; the author gets a mail. */
export const skickaTillbakaGranskning = personalAtgard<GranskningState, typeof tillbakaSchema>({
  ...granskare,
  falt: ["id", "tillbaka", "granskarkommentar"],
  schema: tillbakaSchema,
  async utfor({ user, varden: { id, tillbaka: adress }, data, svar }) {
    const utfall = await skickaTillbaka(db, user, id, data);
    if (!utfall.ok) return svar(utfall.fel);
    tillbaka(adress, "tillbakaskickad");
  },
});

/** "Granskad i efterhand", for a publish without review. */
export const granskadIEfterhand = personalAtgard<GranskningState>({
  ...granskare,
  falt: ["id", "tillbaka"],
  async utfor({ user, varden: { id, tillbaka: adress }, svar }) {
    const utfall = await granskaIEfterhand(db, user, id);
    if (!utfall.ok) return svar(utfall.fel);
    tillbaka(adress, "efterhand");
  },
});

/** An admin turns review on or off for one item. */
export const kraverGranskningAtgard = personalAtgard<GranskningState>({
  behorighet: "innehall.publicera-utan-granskning",
  objekt: ({ varden }) => `${varden.typ}/${varden.nyckel}`,
  nekad: "Du har inte behörighet att ändra om innehållet ska granskas.",
  falt: ["typ", "nyckel", "pa"],
  async utfor({ user, varden: { typ, nyckel, pa }, svar }) {
    if (!(await sattKraverGranskning(db, user, typ, nyckel, pa === "ja"))) return svar({ formular: "Det här innehållet finns inte." });
    tillbaka(`/personal/innehall/${typ}/${nyckel}`, pa === "ja" ? "kraver-granskning" : "kraver-inte-granskning");
  },
});
