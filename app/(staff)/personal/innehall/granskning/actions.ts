"use server";

import { notFound, redirect } from "next/navigation";
import { expireTags } from "@/lib/cache";
import { personalAtgard } from "@/lib/atgard/personal";
import { db } from "@/lib/db";
import { slugArgument } from "@/lib/http/argument";
import {
  godkann,
  granskaIEfterhand,
  sattKraverGranskning,
  sattTypKraverGranskning,
  skickaTillbaka,
  tillbakaSchema,
} from "@/lib/innehall/granskning";

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

/** "Godkänn och publicera nu", or "… vid tidpunkten" with a Swedish date and time. */
export const godkannGranskning = personalAtgard<GranskningState>({
  ...granskare,
  falt: ["id", "tillbaka", "nar", "godkann-datum", "godkann-klockslag"],
  async utfor({ user, varden, svar }) {
    const { id, tillbaka: adress, nar } = varden;
    const senare = nar === "senare" ? { datum: varden["godkann-datum"].trim(), klockslag: varden["godkann-klockslag"].trim() } : null;
    const utfall = await godkann(db, user, id, (t) => expireTags(t), senare);
    // The time's errors belong to this form's fields.
    if (!utfall.ok) return svar(Object.fromEntries(Object.entries(utfall.fel).map(([k, v]) => [k === "formular" ? k : `godkann-${k}`, v])));
    tillbaka(adress, senare ? "godkand-schemalagd" : "godkand");
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

/** An admin turns review on or off for a whole content type (the list on /personal/innehall). */
export const typKraverGranskningAtgard = personalAtgard<GranskningState, undefined, { typ: typeof slugArgument }>({
  behorighet: "innehall.publicera-utan-granskning",
  argument: { typ: slugArgument },
  objekt: ({ argument }) => `innehallstyp/${argument.typ}`,
  nekad: "Du har inte behörighet att ändra om innehållet ska granskas.",
  falt: ["pa"],
  async utfor({ user, argument: { typ }, varden: { pa } }) {
    // A type no page offers is a 404, as for every staff action's target.
    if (!(await sattTypKraverGranskning(db, user, typ, pa === "ja"))) notFound();
    redirect(`/personal/innehall?sparad=${pa === "ja" ? "typ-kraver-granskning" : "typ-kraver-inte-granskning"}#granskning-per-typ`);
  },
});
