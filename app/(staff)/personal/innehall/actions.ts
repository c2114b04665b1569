"use server";

import { z } from "zod";
import { formularArgument, slugArgument } from "@/lib/http/argument";
import { expireTags } from "@/lib/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { personalAnrop, personalAtgard } from "@/lib/atgard/personal";
import { aterstall, publicera, sparaUtkast, type Fel } from "@/lib/innehall/redigera";
import { lasAndring } from "@/lib/innehall/andring";
import { autospara } from "@/lib/innehall/autospara";
import { publiceraUtanGranskning, skickaForGranskning } from "@/lib/innehall/granskning";
import { narvaro } from "@/lib/innehall/narvaro";
import { franFormular, tillFormular } from "@/lib/innehall/typ";
import { innehallstyp } from "@/lib/innehall/typer";
import { adressTill } from "./adress";

export interface RedigeringState {
  varden: Record<string, string>;
  kommentar: string;
  version: string;
  fel: Fel;
  /** Someone else saved first: their text, shown beside the editor's own (which is kept). */
  konflikt?: { varden: Record<string, string>; av: string | null };
  /** The publish's "Mindre ändring"/"Väsentlig ändring" and its note, kept on an error. */
  andring?: { andring: string; andringsnot: string };
  /** "Publicera utan granskning": the admin's reason, kept on an error. */
  motivering?: string;
}

const objekt = ({ varden }: { varden: Record<string, string> }) => `${varden.typ}/${varden.nyckel}`;
const GAMMAL = "Sidan är för gammal. Ladda om den och försök igen.";

/**
 * "Spara utkast", "Publicera" or "Förhandsvisa" (which saves the draft and opens the preview).
 * The item comes in hidden fields, not bound arguments: with bound arguments, Next 16.4 never
 * finishes the response when a form posted without JavaScript gets its state back.
 */
export const sparaInnehall = personalAtgard<RedigeringState>({
  behorighet: "innehall.redigera",
  objekt,
  nekad: "Du har inte behörighet att ändra innehållet.",
  // The type's own fields are read by the type (franFormular); the rest are the form's.
  svar: (fel, { form, varden }) => {
    const typ = innehallstyp(varden.typ ?? "");
    return {
      varden: typ ? tillFormular(typ, franFormular(typ, form)) : {},
      kommentar: varden.kommentar ?? "",
      version: varden.version ?? "",
      fel,
      andring: { andring: varden.andring ?? "mindre", andringsnot: varden.andringsnot ?? "" },
      motivering: varden.motivering ?? "",
    };
  },
  async utfor({ user, form, varden, svar }) {
    const { typ: typNamn = "", nyckel = "", handling = "utkast", version = "", kommentar = "" } = varden;
    const typ = innehallstyp(typNamn);
    if (!typ) return svar({ formular: "Det här innehållet finns inte." });
    if (!/^\d{1,9}$/.test(version)) return svar({ formular: GAMMAL });
    // Only a publish asks about the change (and a send for review, whose approval publishes with
    // the author's note); a draft keeps the choice in the form and stores nothing.
    const publicerar = handling === "publicera" || handling === "utan-granskning" || handling === "granskning";
    const andring = publicerar && typ.andringsnoter ? lasAndring(varden) : { ok: true as const, andringsnot: null };
    if (!andring.ok) return svar(andring.fel);
    const sparning = { data: franFormular(typ, form), version: Number(version), kommentar, andringsnot: andring.andringsnot };
    // Review before publishing (lib/innehall/granskning.ts): "Skicka för granskning", and an admin's publish without it.
    const utfall =
      handling === "publicera"
        ? await publicera(db, user, typNamn, nyckel, sparning, (t) => expireTags(t))
        : handling === "granskning"
          ? await skickaForGranskning(db, user, typNamn, nyckel, sparning)
          : handling === "utan-granskning"
            ? await publiceraUtanGranskning(db, user, typNamn, nyckel, { ...sparning, motivering: varden.motivering ?? "" }, (t) =>
                expireTags(t),
              )
            : await sparaUtkast(db, user, typNamn, nyckel, sparning);
    if (!utfall.ok) {
      if (utfall.orsak === "finns-inte") return svar({ formular: "Det här innehållet finns inte längre." });
      if (utfall.orsak === "ogiltig") return svar(utfall.fel);
      return {
        ...svar({
          formular: `${utfall.aktuell.av ?? "Någon annan"} sparade ${typ.namn} medan du skrev. Din text finns kvar i formuläret och den sparade texten visas nedanför. Jämför, ändra det som behövs och spara igen.`,
        }),
        version: String(utfall.aktuell.version),
        konflikt: { varden: tillFormular(typ, utfall.aktuell.data), av: utfall.aktuell.av },
      };
    }
    if (handling === "forhandsvisa" && typ.forhandsvisning) redirect(`/forhandsvisning/${typNamn}/${nyckel}`);
    const kvitto = { publicera: "publicerad", granskning: "granskning", "utan-granskning": "publicerad" }[handling] ?? "utkast";
    redirect(`${adressTill(typNamn, nyckel)}?sparad=${kvitto}`);
  },
});

const heltal = (v: FormDataEntryValue | null) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : null);

/** "Återställ": an old version becomes a new draft. A plain form; errors come back in the address. */
export const aterstallVersion = personalAnrop({
  argument: [slugArgument, z.string().min(1).max(120), formularArgument],
  behorighet: "innehall.redigera",
  objekt: ([typNamn, nyckel]) => `${typNamn}/${nyckel}`,
  async utfor(user, typNamn, nyckel, form): Promise<void> {
    const nummer = heltal(form.get("nummer"));
    const version = heltal(form.get("version"));
    const historik = `${adressTill(typNamn, nyckel)}/historik`;
    if (nummer === null || version === null) redirect(`${historik}?fel=gammal`);
    const utfall = await aterstall(db, user, typNamn, nyckel, nummer, version);
    if (!utfall.ok) redirect(`${historik}?fel=${utfall.orsak === "konflikt" ? "konflikt" : "finns-inte"}`);
    redirect(`${adressTill(typNamn, nyckel)}?sparad=aterstalld&fran=${nummer}`);
  },
});

export type AutoSvar =
  | { ok: true; version: string; sparad: string }
  | { ok: false; fel: string; version?: string; konflikt?: { varden: Record<string, string>; av: string | null } };

/**
 * Autosave from the open edit form (JavaScript only): the draft row, no version (lib/innehall/autospara.ts).
 * Called with the whole form, like "Spara utkast"; answers with the new version or why not.
 */
export const autosparaInnehall = personalAnrop({
  argument: [formularArgument],
  behorighet: "innehall.redigera",
  objekt: ([form]) => `${form.get("typ")}/${form.get("nyckel")}`,
  utloggad: (): AutoSvar => ({ ok: false, fel: "Du är inte inloggad längre. Kopiera din text, logga in igen och spara." }),
  nekad: (): AutoSvar => ({ ok: false, fel: "Du har inte behörighet att ändra innehållet." }),
  async utfor(user, form): Promise<AutoSvar> {
    const typNamn = String(form.get("typ") ?? "");
    const nyckel = String(form.get("nyckel") ?? "");
    const version = String(form.get("version") ?? "");
    const typ = innehallstyp(typNamn);
    if (!typ) return { ok: false, fel: "Det här innehållet finns inte." };
    if (!/^\d{1,9}$/.test(version)) return { ok: false, fel: GAMMAL };
    const utfall = await autospara(db, user, typNamn, nyckel, { data: franFormular(typ, form), version: Number(version) });
    if (utfall.ok) return { ok: true, version: String(utfall.version), sparad: utfall.sparad.toISOString() };
    if (utfall.orsak === "finns-inte") return { ok: false, fel: "Det här innehållet finns inte längre." };
    if (utfall.orsak === "ogiltig")
      return {
        ok: false,
        fel: `Utkastet sparas inte automatiskt förrän felen är rättade: ${Object.values(utfall.fel)[0]} Spara utkast visar alla fel.`,
      };
    return {
      ok: false,
      version: String(utfall.aktuell.version),
      konflikt: { varden: tillFormular(typ, utfall.aktuell.data), av: utfall.aktuell.av },
      fel: `${utfall.aktuell.av ?? "Någon annan"} sparade ${typ.namn} medan du skrev, så din text sparas inte automatiskt längre. Den finns kvar i formuläret och den sparade texten visas nedanför. Jämför, ändra det som behövs och spara igen.`,
    };
  },
});

/** The open editor's heartbeat: marks the editor present and answers who else has the item open. */
export const narvaroPuls = personalAnrop({
  argument: [slugArgument, z.string().min(1).max(120)],
  behorighet: "innehall.redigera",
  objekt: ([typNamn, nyckel]) => `${typNamn}/${nyckel}`,
  utloggad: (): string[] => [],
  nekad: (): string[] => [],
  utfor: async (user, typNamn, nyckel) => (await narvaro(db, user, typNamn, nyckel)) ?? [],
});
