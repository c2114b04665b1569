"use server";

// Creating pages: a new page, and a page's language version (and taking a version off the site).
import { notFound, redirect } from "next/navigation";
import { argument, formularArgument, slugArgument } from "@/lib/http/argument";
import { personalAnrop, personalAtgard } from "@/lib/atgard/personal";
import { expireTags } from "@/lib/cache";
import { db } from "@/lib/db";
import { avpubliceraSprakversion, FINNS_INTE } from "@/lib/innehall/livscykel";
import { skapaSida, skapaSprakversion, type Fel } from "@/lib/innehall/redigera";
import { adressTill } from "./adress";

export interface NySidaState {
  varden: { titel: string; adress: string; foralder: string };
  fel: Fel;
}

export const skapaNySida = personalAtgard<NySidaState>({
  behorighet: "innehall.redigera",
  objekt: () => "sida/ny",
  falt: ["titel", "adress", "foralder"],
  nekad: "Du har inte behörighet att skapa sidor.",
  svar: (fel, { varden: { titel = "", adress = "", foralder = "" } }) => ({ varden: { titel, adress, foralder }, fel }),
  async utfor({ user, svar, varden: { titel = "", adress = "", foralder = "" } }) {
    const utfall = await skapaSida(db, user, { titel, adress, foralder });
    if (!utfall.ok) return svar(utfall.fel);
    redirect(`${adressTill("sida", utfall.nyckel)}?sparad=skapad`);
  },
});

/** "Skapa en lättläst version" / "Skapa en engelsk version" on a page's edit view: a plain form. */
export const skapaSprakversionen = personalAnrop({
  argument: [formularArgument],
  behorighet: "innehall.redigera",
  objekt: ([form]) => `${form.get("typ")}/${form.get("nyckel")}`,
  async utfor(user, form): Promise<void> {
    const [typNamn, nyckel] = argument([slugArgument, slugArgument], [form.get("typ"), form.get("nyckel")]);
    const utfall = await skapaSprakversion(db, user, typNamn, nyckel);
    if (!utfall.ok && utfall.orsak === "finns-inte") notFound();
    redirect(`${adressTill(typNamn, nyckel)}${utfall.ok ? "?sparad=sprakversion" : ""}`);
  },
});

/** "Avpublicera versionen" on a language version's edit view: a plain form. */
export const avpubliceraSprakversionen = personalAnrop({
  argument: [formularArgument],
  behorighet: "innehall.redigera",
  objekt: ([form]) => `${form.get("typ")}/${form.get("nyckel")}`,
  async utfor(user, form): Promise<void> {
    const [typNamn, nyckel] = argument([slugArgument, slugArgument], [form.get("typ"), form.get("nyckel")]);
    const version = String(form.get("version") ?? "");
    if (!/^\d{1,9}$/.test(version)) notFound();
    const utfall = await avpubliceraSprakversion(db, user, typNamn, nyckel, Number(version), (t) => expireTags(t));
    if (utfall === FINNS_INTE) notFound();
    // Already off the site, or changed meanwhile: the edit view shows how it is now.
    redirect(`${adressTill(typNamn, nyckel)}${utfall.ok ? "?sparad=avpublicerad" : ""}`);
  },
});
