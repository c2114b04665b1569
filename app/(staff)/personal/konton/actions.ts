"use server";

import { idArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { personalAnrop, personalAtgard, type Formularsvar } from "@/lib/atgard/personal";
import { andraKonto, loggaUtOverallt, skapaKonto } from "@/lib/anvandare/konton";
import { kontoAndringSchema, nyttKontoSchema, taBortKontoSchema } from "@/lib/anvandare/schema";
import { taBortKonto } from "@/lib/anvandare/ta-bort";
import { skickaLosenordslank } from "@/lib/auth/losenordslank";

export type KontoState = Formularsvar;

const nekad = "Du har inte behörighet att hantera konton.";
const konto = { argument: { id: idArgument }, objekt: ({ argument }: { argument: { id: string } }) => `konto/${argument.id}` };

export const skapa = personalAtgard<KontoState, typeof nyttKontoSchema>({
  behorighet: "anvandare.hantera",
  objekt: () => "konto/nytt",
  falt: ["email", "name", "roll", "skolaId", "losenord"],
  schema: nyttKontoSchema,
  nekad,
  svar: (fel, { varden }) => ({ varden: { ...varden, losenord: "" }, fel }), // a password is never sent back to the browser
  async utfor({ user, data, svar }) {
    const utfall = await skapaKonto(db, user, data);
    if (!utfall.ok) return svar(utfall.fel);
    redirect("/personal/konton?skapat=1");
  },
});

// Takes the account's id from a form field, not a bound argument: without JavaScript, a bound action
// whose useActionState answers with a state (an error) never gets an answer (Next.js issue 57867).
export const andra = personalAtgard<KontoState, typeof kontoAndringSchema, typeof konto.argument>({
  ...konto,
  behorighet: "anvandare.hantera",
  falt: ["roll", "skolaId", "aktiv"],
  schema: kontoAndringSchema,
  nekad,
  async utfor({ user, argument: { id }, data, svar }) {
    const utfall = await andraKonto(db, user, id, data);
    if (!utfall.ok) return svar(utfall.fel);
    redirect("/personal/konton?sparat=1");
  },
});

/** "Logga ut överallt": ends every session of the account (a form without JavaScript works too). */
export const loggaUtKontoOverallt = personalAnrop({
  argument: [idArgument],
  behorighet: "anvandare.hantera",
  objekt: ([id]) => `konto/${id}`,
  async utfor(user, id): Promise<void> {
    await loggaUtOverallt(db, user, id);
    redirect(id === user.id ? "/logga-in?utloggad=1" : `/personal/konton/${id}?utloggad=1`);
  },
});

/** "Skicka länk för nytt lösenord": a single-use link by mail (lib/auth/losenordslank.ts). */
export const skickaLank = personalAtgard<KontoState, undefined, typeof konto.argument>({
  ...konto,
  behorighet: "anvandare.hantera",
  falt: [],
  nekad,
  svar: (fel) => ({ varden: {}, fel }),
  async utfor({ user, argument: { id }, svar }) {
    const utfall = await skickaLosenordslank(db, user, id);
    if (!utfall.ok) return svar(utfall.fel);
    redirect(`/personal/konton/${id}?lank=skickad`);
  },
});

/** "Ta bort kontot", from its confirmation page. */
export const taBort = personalAtgard<KontoState, typeof taBortKontoSchema, typeof konto.argument>({
  ...konto,
  behorighet: "anvandare.ta-bort",
  falt: ["bekrafta"],
  schema: taBortKontoSchema,
  nekad: "Du har inte behörighet att ta bort konton.",
  svar: (fel) => ({ varden: {}, fel }),
  async utfor({ user, argument: { id }, svar }) {
    const utfall = await taBortKonto(db, user, id);
    if (!utfall.ok) return svar(utfall.fel);
    redirect("/personal/konton?borttaget=1");
  },
});
