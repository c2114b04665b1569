"use server";

import { redirect } from "next/navigation";
import { argument, formularArgument, tillstandArgument } from "@/lib/http/argument";
import { expireTags } from "@/lib/cache";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { arkivera, aterstallFranArkiv, avpublicera, bytAdress, type Steg } from "@/lib/innehall/livscykel";
import type { Fel } from "@/lib/innehall/redigera";
import { schemalagg } from "@/lib/innehall/schemalagt";
import { requestLogger } from "@/lib/logger";

// A page's address and life (lib/innehall/livscykel.ts): plain forms with hidden fields (see
// actions.ts on bound arguments), errors back in the form's state, success to the edit page.

export interface LivscykelState {
  varden: Record<string, string>;
  fel: Fel;
}

const redigera = (nyckel: string) => `/personal/innehall/sida/${nyckel}`;
const heltal = (v: FormDataEntryValue | null) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : null);
const GAMMAL: Fel = { formular: "Sidan är för gammal. Ladda om den och försök igen." };

async function utfor(handling: string, nyckel: string, varden: Record<string, string>, steg: () => Promise<Steg>): Promise<{ ok: true; nyckel: string } | LivscykelState> {
  try {
    const utfall = await steg();
    return utfall.ok ? utfall : { varden, fel: utfall.fel };
  } catch (error) {
    if (error instanceof ForbiddenError) {
      const user = await currentUser();
      (await requestLogger()).warn({ handelse: "behorighet.nekad", userId: user?.id, handling, objekt: `sida/${nyckel}` }, "Nekad åtgärd");
      return { varden, fel: { formular: "Du har inte behörighet att ändra sidan." } };
    }
    throw error;
  }
}

/** "Byt adress": the old address keeps working as a redirect. */
export async function bytSidansAdress(_prev: LivscykelState, form: FormData): Promise<LivscykelState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const nyckel = String(form.get("nyckel") ?? "");
  const varden = { adress: String(form.get("ny-adress") ?? "") };
  const version = heltal(form.get("version"));
  if (version === null) return { varden, fel: GAMMAL };
  const utfall = await utfor("innehall.byt-adress", nyckel, varden, () => bytAdress(db, user, nyckel, { adress: varden.adress, version }, (t) => expireTags(t)));
  if (!("ok" in utfall)) return { varden, fel: utfall.fel.adress ? { "ny-adress": utfall.fel.adress } : utfall.fel };
  redirect(`${redigera(utfall.nyckel)}?sparad=adress&fran=${nyckel}`);
}

/** "Avpublicera", "Arkivera" and "Återställ som utkast", by the button's value. */
export async function sidansLivscykel(_prev: LivscykelState, form: FormData): Promise<LivscykelState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const nyckel = String(form.get("nyckel") ?? "");
  const handling = String(form.get("handling") ?? "");
  const version = heltal(form.get("version"));
  if (version === null) return { varden: {}, fel: GAMMAL };
  const steg = {
    avpublicera: () => avpublicera(db, user, nyckel, version, (t) => expireTags(t)),
    arkivera: () => arkivera(db, user, nyckel, version, (t) => expireTags(t)),
    "aterstall-arkiv": () => aterstallFranArkiv(db, user, nyckel, version),
  }[handling];
  if (!steg) return { varden: {}, fel: { formular: "Okänd åtgärd. Ladda om sidan och försök igen." } };
  const utfall = await utfor(`innehall.${handling}`, nyckel, {}, steg);
  if (!("ok" in utfall)) return utfall;
  redirect(`${redigera(nyckel)}?sparad=${handling === "aterstall-arkiv" ? "aterstalld-arkiv" : handling === "arkivera" ? "arkiverad" : "avpublicerad"}`);
}

/** "Schemalägg avpublicering" at a Swedish local date and time. */
export async function schemalaggAvpublicering(_prev: LivscykelState, form: FormData): Promise<LivscykelState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const nyckel = String(form.get("nyckel") ?? "");
  const varden = { datum: String(form.get("avpublicera-datum") ?? "").trim(), klockslag: String(form.get("avpublicera-klockslag") ?? "").trim() };
  const utfall = await utfor("innehall.schemalagg-avpublicering", nyckel, varden, async () => {
    const r = await schemalagg(db, user, "sida", nyckel, { ...varden, atgard: "AVPUBLICERA" });
    return r.ok ? { ok: true, nyckel } : r;
  });
  if (!("ok" in utfall)) {
    const fel: Fel = {};
    for (const [k, v] of Object.entries(utfall.fel)) fel[k === "formular" ? k : `avpublicera-${k}`] = v;
    return { varden, fel };
  }
  redirect(`${redigera(nyckel)}?sparad=schemalagd-avpublicering`);
}
